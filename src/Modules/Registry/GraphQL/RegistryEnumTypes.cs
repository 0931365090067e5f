using GraphQL.Types;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.GraphQL;

public sealed class UnitKindType : EnumerationGraphType<UnitKind>
{
    public UnitKindType()
    {
        Name = "UnitKind";
        Description = "Loại đơn vị: tỉnh, sở, cơ quan, tổ chức đoàn thể, trường đại học, bệnh viện, trường học, xã, phường, đơn vị trực thuộc.";
    }
}

public sealed class GenderType : EnumerationGraphType<Gender>
{
    public GenderType()
    {
        Name = "Gender";
        Description = "Giới tính.";
    }
}

public sealed class EmploymentStatusType : EnumerationGraphType<EmploymentStatus>
{
    public EmploymentStatusType()
    {
        Name = "EmploymentStatus";
        Description = "Tình trạng công tác: đang công tác, đã nghỉ hưu, đã chuyển đi.";
    }
}

public sealed class IntellectualOrderType : EnumerationGraphType<IntellectualOrder>
{
    public IntellectualOrderType()
    {
        Name = "IntellectualOrder";
        Description = "Thứ tự danh sách trí thức.";
    }
}
