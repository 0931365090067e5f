using GraphQL.Types;

namespace TriThuc.Fixtures.Greeting;

public sealed class GreetingType : ObjectGraphType<GreetingRecord>
{
    public GreetingType()
    {
        Name = "Greeting";
        Description = "Một lời chào đã gửi.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.Text).Description("Nội dung lời chào.");
        Field(g => g.CreatedBy).Description("Người gửi.");
    }
}
