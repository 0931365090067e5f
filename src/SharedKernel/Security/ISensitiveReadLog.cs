namespace TriThuc.SharedKernel.Security;

/// <summary>Records that the current caller read sensitive fields of a record; the host writes it to the access log before answering.</summary>
public interface ISensitiveReadLog
{
    void Record(string recordType, string recordId, string field);
}
