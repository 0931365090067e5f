using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Agriculture.Things;

public sealed class AgricultureThingType : ObjectGraphType<Thing>
{
    public AgricultureThingType()
    {
        Name = "AgricultureThing";
        Description = "Một bản ghi của phân hệ về một trí thức tại một đơn vị.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Title).Description("Tên.");
        this.PersonField("person", t => t.PersonId).Description("Trí thức (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(t => t.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị (trong cơ sở dữ liệu trí thức).");
        Field(t => t.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày.");
        Field(t => t.EndedOn, type: typeof(DateOnlyGraphType)).Description("Đến hết ngày; trống khi còn hiệu lực.");
    }
}

public sealed class AgricultureThingInputType : InputObjectGraphType<ThingInput>
{
    public AgricultureThingInputType()
    {
        Name = "AgricultureThingInput";
        Description = "Một bản ghi mới.";
        Field(t => t.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Trí thức.");
        Field(t => t.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị, đang hoạt động vào ngày bắt đầu.");
        Field(t => t.Title).Description($"Tên, tối đa {ThingRules.MaxTitleLength} ký tự.");
        Field(t => t.StartedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Từ ngày; không sau hôm nay.");
    }
}

public sealed class AgricultureThingFilterType : InputObjectGraphType<ThingFilter>
{
    public AgricultureThingFilterType()
    {
        Name = "AgricultureThingFilter";
        Description = "Bộ lọc danh sách; các điều kiện kết hợp với nhau (và).";
        Field(f => f.UnitId, type: typeof(IdGraphType)).Description("Đơn vị, gồm mọi đơn vị trực thuộc.");
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Của trí thức này.");
        Field(f => f.ActiveOn, type: typeof(DateOnlyGraphType)).Description("Còn hiệu lực vào ngày này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên, không phân biệt dấu.");
    }
}
