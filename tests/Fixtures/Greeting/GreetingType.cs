using GraphQL.Types;
using TriThuc.SharedKernel.GraphQL;

namespace TriThuc.Fixtures.Greeting;

public sealed class GreetingType : ObjectGraphType<GreetingRecord>
{
    public GreetingType(GreetingSettings settings)
    {
        if (settings.FailGraphQLTypes)
        {
            throw new InvalidOperationException("Greeting's types were told to fail (TriThuc:Modules:Greeting:FailGraphQLTypes).");
        }

        Name = "Greeting";
        Description = "Một lời chào đã gửi.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.Text).Description("Nội dung lời chào.");
        Field(g => g.CreatedBy).Description("Người gửi.");
        Field<StringGraphType>("senderNote")
            .Description("Ghi chú riêng về người gửi: dữ liệu cá nhân cần bảo vệ.")
            .Sensitive()
            .Resolve(_ => "Ghi chú riêng");
    }
}
