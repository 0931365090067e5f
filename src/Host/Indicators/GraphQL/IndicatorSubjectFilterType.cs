namespace TriThuc.Host.Indicators.GraphQL;

internal sealed class IndicatorSubjectFilterType : InputObjectGraphType<IndicatorSubjectFilter>
{
    public IndicatorSubjectFilterType()
    {
        Name = "IndicatorSubjectFilter";
        Description = "Bộ lọc danh sách chi tiết sau con số; các điều kiện kết hợp với nhau (và).";
        Field<BooleanGraphType>("inNumerator").Description("true: chỉ tử số; false: chỉ phần còn lại của mẫu số; bỏ trống: tất cả.");
        Field<IdGraphType>("unitId").Description("Chỉ những ai thuộc đơn vị này hoặc đơn vị trực thuộc.");
        Field<StringGraphType>("dimension").Description("Key một chiều phân tổ khác đơn vị; đi cùng value.");
        Field<StringGraphType>("value").Description("Mã giá trị của chiều phân tổ, như key của dòng phân tổ.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new IndicatorSubjectFilter(
        value.TryGetValue("inNumerator", out var inNumerator) ? (bool?)inNumerator : null,
        value.TryGetValue("unitId", out var unitId) && unitId is not null ? Guid.Parse(unitId.ToString()!) : null,
        value.TryGetValue("dimension", out var dimension) ? (string?)dimension : null,
        value.TryGetValue("value", out var code) ? (string?)code : null);
}
