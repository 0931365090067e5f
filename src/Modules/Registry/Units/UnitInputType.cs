using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Units;

public sealed class UnitInputType : InputObjectGraphType<UnitInput>
{
    public UnitInputType()
    {
        Name = "UnitInput";
        Description = "Thông tin một đơn vị mới.";
        Field(u => u.Code).Description("Mã đơn vị, duy nhất.");
        Field(u => u.Name).Description("Tên đơn vị.");
        Field<NonNullGraphType<EnumType<UnitKind>>>("kind").Description("Loại đơn vị.");
        Field(u => u.ParentId, type: typeof(IdGraphType)).Description("Đơn vị cấp trên.");
        Field(u => u.IsRemoteArea, nullable: true).Description("Thuộc vùng sâu, vùng xa, biên giới.");
        Field(u => u.ValidFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu hoạt động (ngày thành lập, hoặc ngày có hiệu lực của quyết định); cần để nhập được lịch sử của đơn vị.");
    }
}
