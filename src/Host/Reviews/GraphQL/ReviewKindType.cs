namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewKindType : EnumerationGraphType<ReviewKind>
{
    public ReviewKindType()
    {
        Name = "ReviewKind";
        Description = "INTERIM: sơ kết; FINAL: tổng kết.";
    }
}
