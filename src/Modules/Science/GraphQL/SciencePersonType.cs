using GraphQL.Types;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Science.GraphQL;

/// <summary>A Registry person as Science shows them: the name and unit, nothing more (the full record is the Registry's <c>intellectual</c>).</summary>
public sealed class SciencePersonType : ObjectGraphType<PersonSummary>
{
    public SciencePersonType()
    {
        Name = "SciencePerson";
        Description = "Một trí thức trong cơ sở dữ liệu của tỉnh, như phân hệ Khoa học và Công nghệ hiển thị: họ tên và đơn vị.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Mã hồ sơ trí thức (dùng với truy vấn intellectual).");
        Field(p => p.FullName).Description("Họ và tên.");
        Field(p => p.UnitName).Description("Đơn vị công tác.");
    }
}
