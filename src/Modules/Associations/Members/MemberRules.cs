using TriThuc.Modules.Associations.Associations;

namespace TriThuc.Modules.Associations.Members;

/// <summary>The checks a member, their dues and their leaving pass, each refusal naming its field.</summary>
public static class MemberRules
{
    public const int MaxNameLength = 200;

    public const long MaxDues = 1_000_000_000;

    public static Member New(MemberInput input, Association association, DateOnly today)
    {
        if ((input.PersonId is null) == (input.ExternalName is not { Length: > 0 }))
        {
            throw DomainException.Validation("personId", "Hãy chọn một trí thức trong cơ sở dữ liệu, hoặc nhập họ tên người ngoài cơ sở dữ liệu (không cả hai).");
        }

        var name = input.PersonId is null ? Require.Text(input.ExternalName, MaxNameLength, "externalName", "Họ tên") : null;
        Require.NotAfter(input.JoinedOn, today, "joinedOn");
        if (association.StatusOn(input.JoinedOn) is not AssociationStatus.Active)
        {
            throw DomainException.Validation("joinedOn",
                $"Ngày {input.JoinedOn:dd/MM/yyyy} hội {association.Title} không hoạt động (thành lập ngày {association.FoundedOn:dd/MM/yyyy}); không kết nạp hội viên được.");
        }

        return new Member { AssociationId = association.Id, PersonId = input.PersonId, ExternalName = name, Kind = input.Kind, JoinedOn = input.JoinedOn };
    }

    public static MemberDues Dues(Member member, MemberDuesInput input, DateOnly today)
    {
        Require.NotAfter(input.PaidOn, today, "paidOn");
        if (member.Kind == MemberKind.Honorary)
        {
            throw DomainException.Validation("year", "Hội viên danh dự không đóng hội phí.");
        }

        if (input.Year < member.JoinedOn.Year || input.Year > today.Year + 1)
        {
            throw DomainException.Validation("year", $"Năm hội phí phải từ năm gia nhập ({member.JoinedOn.Year}) đến năm {today.Year + 1}.");
        }

        if (input.Amount is < 0 or > MaxDues)
        {
            throw DomainException.Validation("amount", $"Số tiền hội phí phải từ 0 đến {MaxDues:N0} đồng.");
        }

        if (member.Dues.Any(d => d.Year == input.Year))
        {
            throw DomainException.Conflict($"Hội viên này đã đóng hội phí năm {input.Year}.", "year");
        }

        var dues = new MemberDues { MemberId = member.Id, Year = input.Year, PaidOn = input.PaidOn, Amount = input.Amount };
        member.Dues.Add(dues);
        return dues;
    }

    public static void Leave(Member member, DateOnly leftOn, DateOnly today)
    {
        if (member.LeftOn is { } left)
        {
            throw DomainException.Conflict($"Hội viên này đã rời hội ngày {left:dd/MM/yyyy}.", "leftOn");
        }

        Require.NotAfter(leftOn, today, "leftOn");
        if (leftOn < member.JoinedOn)
        {
            throw DomainException.Validation("leftOn", $"Ngày rời hội không được trước ngày gia nhập ({member.JoinedOn:dd/MM/yyyy}).");
        }

        member.LeftOn = leftOn;
    }
}
