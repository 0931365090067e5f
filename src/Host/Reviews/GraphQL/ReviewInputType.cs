namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewInputType : InputObjectGraphType<ReviewInput>
{
    public ReviewInputType()
    {
        Name = "ReviewInput";
        Description = "Một đợt sơ kết, tổng kết cần chốt số liệu.";
        Field<NonNullGraphType<EnumType<ReviewKind>>>("kind").Description("Sơ kết hay tổng kết.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Ví dụ: Sơ kết 3 năm thực hiện Chương trình hành động.");
        Field<DateOnlyGraphType>("asOf").Description("Ngày chốt số liệu; mặc định hôm nay.");
        Field<StringGraphType>("note").Description("Ghi chú, nhận định kèm số liệu.");
    }
}
