using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Members;

public sealed class AssociationsMemberType : ObjectGraphType<Member>
{
    public AssociationsMemberType()
    {
        Name = "AssociationsMember";
        Description = "Một hội viên: trí thức trong cơ sở dữ liệu hoặc người ngoài; tình trạng suy ra từ ngày gia nhập, ngày rời hội và hội phí.";
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.AssociationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hội.");
        this.PersonField("person", m => m.PersonId, required: false).Description("Trí thức (hồ sơ trong cơ sở dữ liệu trí thức); trống với người ngoài.");
        Field(m => m.ExternalName, nullable: true).Description("Họ tên người ngoài cơ sở dữ liệu trí thức.");
        Field<NonNullGraphType<EnumType<MemberKind>>>("kind").Description("Loại hội viên.").Resolve(c => c.Source.Kind);
        Field(m => m.JoinedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày gia nhập.");
        Field(m => m.LeftOn, type: typeof(DateOnlyGraphType)).Description("Ngày cuối cùng là hội viên; trống khi còn là hội viên.");
        Field<EnumType<MemberStatus>>("status")
            .Description($"Tình trạng vào ngày đã cho (mặc định hôm nay), suy ra, không nhập tay: mới ({MemberStatusRule.NewDays} ngày đầu), đang sinh hoạt (hội phí còn hạn), ân hạn, mất hiệu lực; trống trước khi gia nhập và sau khi rời hội.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định hôm nay).")
            .Resolve(c => c.RequestServices!.GetRequiredService<MemberLoaders>().StatusOn(c.Source, c.GetArgument<DateOnly?>("on")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsMemberDuesType>>>>("dues")
            .Description("Hội phí đã đóng, theo năm.")
            .Resolve(c => c.Source.Dues.OrderBy(d => d.Year).ToList());
    }
}

public sealed class AssociationsMemberDuesType : ObjectGraphType<MemberDues>
{
    public AssociationsMemberDuesType()
    {
        Name = "AssociationsMemberDues";
        Description = "Hội phí của một năm. Khóa: hội viên và năm (mỗi hội viên đóng một lần cho một năm).";
        Field(d => d.Year).Description("Năm hội phí.");
        Field(d => d.PaidOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày đóng.");
        Field(d => d.Amount).Description("Số tiền (đồng).");
    }
}

public sealed class AssociationsMemberInputType : InputObjectGraphType<MemberInput>
{
    public AssociationsMemberInputType()
    {
        Name = "AssociationsMemberInput";
        Description = "Một hội viên được kết nạp: một trí thức trong cơ sở dữ liệu, hoặc họ tên người ngoài.";
        Field(m => m.AssociationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hội, đang hoạt động vào ngày gia nhập.");
        Field(m => m.PersonId, type: typeof(IdGraphType)).Description("Trí thức trong cơ sở dữ liệu.");
        Field(m => m.ExternalName, nullable: true).Description($"Họ tên người ngoài cơ sở dữ liệu, tối đa {MemberRules.MaxNameLength} ký tự.");
        Field<NonNullGraphType<EnumType<MemberKind>>>("kind").Description("Loại hội viên.");
        Field(m => m.JoinedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày gia nhập; không sau hôm nay.");
    }
}

public sealed class AssociationsMemberDuesInputType : InputObjectGraphType<MemberDuesInput>
{
    public AssociationsMemberDuesInputType()
    {
        Name = "AssociationsMemberDuesInput";
        Description = "Hội phí của một năm.";
        Field(d => d.Year).Description("Năm hội phí, từ năm gia nhập đến năm sau.");
        Field(d => d.PaidOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày đóng; không sau hôm nay.");
        Field(d => d.Amount).Description("Số tiền (đồng).");
    }
}

public sealed class AssociationsMemberCountsType : ObjectGraphType<MemberCounts>
{
    public AssociationsMemberCountsType()
    {
        Name = "AssociationsMemberCounts";
        Description = "Số hội viên của một hội theo tình trạng vào một ngày; không nêu tên ai. Không có id: số liệu của một hội vào một ngày (khóa: hội và on).";
        Field(c => c.On, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày tính.");
        Field(c => c.New).Description("Mới gia nhập.");
        Field(c => c.Current).Description("Đang sinh hoạt.");
        Field(c => c.Grace).Description("Trong thời gian ân hạn.");
        Field(c => c.Lapsed).Description("Mất hiệu lực (vẫn chưa rời hội).");
        Field(c => c.Total).Description("Tổng số hội viên chưa rời hội vào ngày đó.");
    }
}
