using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Drafts;

public sealed class AssociationsDraftType : ObjectGraphType<Draft>
{
    public AssociationsDraftType()
    {
        Name = "AssociationsDraft";
        Description = "Một dự thảo cơ quan soạn thảo đăng lấy ý kiến: các đoạn đánh số, thời gian góp ý, các ý kiến và báo cáo tổng hợp.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(d => d.AgencyUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Cơ quan soạn thảo (đơn vị trong cơ sở dữ liệu trí thức).");
        Field(d => d.Title).Description("Tên dự thảo.");
        Field(d => d.OpensAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Bắt đầu nhận ý kiến; từ lúc này các đoạn không được sửa.");
        Field(d => d.ClosesAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Kết thúc nhận ý kiến (theo đồng hồ của máy chủ).");
        Field<NonNullGraphType<BooleanGraphType>>("open")
            .Description("Đang nhận ý kiến lúc này (theo đồng hồ của máy chủ).")
            .Resolve(c => c.Source.IsOpenAt(c.RequestServices!.GetRequiredService<IClock>().Now));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsDraftParagraphType>>>>("paragraphs")
            .Description("Các đoạn, theo số thứ tự.").Resolve(c => c.Source.Paragraphs.OrderBy(p => p.Number).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsDraftCommentType>>>>("comments")
            .Description("Các ý kiến góp ý, theo thời điểm gửi: người được cơ quan soạn thảo giao, người biên tập của Liên hiệp hội và quản trị hệ thống; người khác bị từ chối (FORBIDDEN). Trí thức xem ý kiến của mình ở Intellectual.associationsDraftComments.")
            .Access(FieldAccess.Records)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<DraftLoaders>().CommentsOnAsync(c.Source, c.CancellationToken));
        Field(d => d.Summary, nullable: true).Description("Báo cáo tổng hợp, tiếp thu, giải trình ý kiến; trống khi chưa công bố.");
        Field(d => d.SummaryPublishedAt, type: typeof(DateTimeOffsetGraphType)).Description("Thời điểm công bố báo cáo tổng hợp.");
        Field(d => d.CreatedBy).Description("Người đăng dự thảo.");
        Field(d => d.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm đăng dự thảo.");
    }
}

public sealed class AssociationsDraftParagraphType : ObjectGraphType<DraftParagraph>
{
    public AssociationsDraftParagraphType()
    {
        Name = "AssociationsDraftParagraph";
        Description = "Một đoạn của dự thảo, nơi ý kiến góp ý gắn vào.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Number).Description("Số thứ tự trong dự thảo.");
        Field(p => p.Text).Description("Nội dung.");
    }
}

public sealed class AssociationsDraftCommentType : ObjectGraphType<DraftComment>
{
    public AssociationsDraftCommentType()
    {
        Name = "AssociationsDraftComment";
        Description = "Một ý kiến góp ý vào một đoạn dự thảo, của một trí thức, và việc cơ quan soạn thảo xử lý ý kiến đó.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.DraftId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Dự thảo.");
        Field<NonNullGraphType<StringGraphType>>("draftTitle")
            .Description("Tên dự thảo.")
            .Resolve(c => c.RequestServices!.GetRequiredService<DraftLoaders>().DraftById.Load(c.Source.DraftId).Then(d => d?.Title ?? ""));
        Field(c => c.ParagraphId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đoạn được góp ý.");
        Field<NonNullGraphType<IntGraphType>>("paragraphNumber")
            .Description("Số thứ tự của đoạn được góp ý.")
            .Resolve(c => c.RequestServices!.GetRequiredService<DraftLoaders>().ParagraphById.Load(c.Source.ParagraphId).Then(p => p?.Number ?? 0));
        this.PersonField("person", c => c.PersonId).Description("Trí thức góp ý.");
        Field(c => c.Text).Description("Nội dung góp ý.");
        Field(c => c.Contact, nullable: true).Description("Thư điện tử hoặc số điện thoại người góp ý để lại (cần quyền xem dữ liệu cá nhân).").Sensitive();
        Field(c => c.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm gửi, theo đồng hồ của máy chủ.");
        Field(c => c.CreatedBy).Description("Tài khoản đã gửi (người góp ý, hoặc người ghi thay).");
        Field<AssociationsCommentDispositionType>("disposition").Description("Việc cơ quan soạn thảo xử lý ý kiến; trống khi chưa xử lý.").Resolve(c => c.Source.Disposition);
    }
}

public sealed class AssociationsCommentDispositionType : ObjectGraphType<CommentDisposition>
{
    public AssociationsCommentDispositionType()
    {
        Name = "AssociationsCommentDisposition";
        Description = "Việc cơ quan soạn thảo xử lý một ý kiến góp ý. Khóa: ý kiến (mỗi ý kiến được xử lý một lần).";
        Field<NonNullGraphType<EnumType<DispositionKind>>>("kind").Description("Tiếp thu, tiếp thu một phần hay không tiếp thu.").Resolve(c => c.Source.Kind);
        Field(d => d.Explanation).Description("Giải trình (bắt buộc khi không tiếp thu hoặc tiếp thu một phần).");
        Field(d => d.CreatedBy).Description("Người ghi.");
        Field(d => d.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm ghi.");
    }
}

public sealed class AssociationsDraftInputType : InputObjectGraphType<DraftInput>
{
    public AssociationsDraftInputType()
    {
        Name = "AssociationsDraftInput";
        Description = "Một dự thảo đăng lấy ý kiến.";
        Field(x => x.AgencyUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Cơ quan soạn thảo, đang hoạt động.");
        Field(x => x.Title).Description($"Tên dự thảo, tối đa {DraftRules.MaxTitleLength} ký tự.");
        Field(x => x.Paragraphs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description($"Các đoạn theo thứ tự, được đánh số 1, 2, … (1 đến {DraftRules.MaxParagraphs} đoạn).");
        Field(x => x.OpensAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Bắt đầu nhận ý kiến.");
        Field(x => x.ClosesAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Kết thúc nhận ý kiến; sau lúc bắt đầu và trong tương lai.");
    }
}

public sealed class AssociationsDraftRevisionInputType : InputObjectGraphType<DraftRevisionInput>
{
    public AssociationsDraftRevisionInputType()
    {
        Name = "AssociationsDraftRevisionInput";
        Description = "Tên và các đoạn mới của dự thảo, trước khi mở lấy ý kiến.";
        Field(x => x.Title).Description($"Tên dự thảo, tối đa {DraftRules.MaxTitleLength} ký tự.");
        Field(x => x.Paragraphs, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Các đoạn theo thứ tự, thay các đoạn cũ.");
    }
}

public sealed class AssociationsDraftCommentInputType : InputObjectGraphType<DraftCommentInput>
{
    public AssociationsDraftCommentInputType()
    {
        Name = "AssociationsDraftCommentInput";
        Description = "Một ý kiến góp ý vào một đoạn dự thảo.";
        Field(x => x.ParagraphId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đoạn được góp ý.");
        Field(x => x.PersonId, type: typeof(IdGraphType)).Description("Trí thức góp ý (bắt buộc khi người biên tập ghi thay).");
        Field(x => x.Text).Description($"Nội dung, tối đa {DraftRules.MaxCommentLength} ký tự.");
        Field(x => x.Contact, nullable: true).Description($"Thư điện tử hoặc số điện thoại để cơ quan liên hệ, tối đa {DraftRules.MaxContactLength} ký tự (dữ liệu cá nhân).");
    }
}

public sealed class AssociationsDispositionInputType : InputObjectGraphType<DispositionInput>
{
    public AssociationsDispositionInputType()
    {
        Name = "AssociationsDispositionInput";
        Description = "Việc cơ quan soạn thảo xử lý một ý kiến góp ý.";
        Field<NonNullGraphType<EnumType<DispositionKind>>>("kind").Description("Tiếp thu, tiếp thu một phần hay không tiếp thu.");
        Field(x => x.Explanation, nullable: true).Description($"Giải trình, bắt buộc khi không tiếp thu hoặc tiếp thu một phần; tối đa {DraftRules.MaxExplanationLength} ký tự.");
    }
}

public sealed class AssociationsDraftFilterType : InputObjectGraphType<DraftFilter>
{
    public AssociationsDraftFilterType()
    {
        Name = "AssociationsDraftFilter";
        Description = "Bộ lọc dự thảo; các điều kiện kết hợp với nhau (và).";
        Field(x => x.AgencyUnitId, type: typeof(IdGraphType)).Description("Cơ quan soạn thảo.");
        Field(x => x.OpenNow, nullable: true).Description("Đang (true) hoặc không (false) nhận ý kiến lúc này.");
    }
}
