using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Research;

public sealed class UniversityResearchOutputType : ObjectGraphType<ResearchOutput>
{
    public UniversityResearchOutputType()
    {
        Name = "UniversityResearchOutput";
        Description = "Một kết quả nghiên cứu khoa học của phân hiệu (đề tài, bài báo, báo cáo, sách, sáng chế), với tác giả theo thứ tự.";
        Field(o => o.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.Title).Description("Tên công trình.");
        Field<NonNullGraphType<EnumType<ResearchOutputKind>>>("kind").Description("Loại.").Resolve(c => c.Source.Kind);
        Field(o => o.Year).Description("Năm công bố, nghiệm thu hoặc cấp bằng.");
        Field(o => o.Venue, nullable: true).Description("Tạp chí, hội nghị, nhà xuất bản hoặc cơ quan cấp bằng.");
        Field(o => o.Doi, nullable: true).Description("DOI, dạng 10.xxxx/…");
        Field(o => o.Issn, nullable: true).Description("ISSN của tạp chí, dạng 1234-567X.");
        Field(o => o.FieldCode, nullable: true).Description("Mã lĩnh vực (theo cơ sở dữ liệu trí thức).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Từ khóa.")
            .Resolve(c => c.Source.Keywords.Split("; ", StringSplitOptions.RemoveEmptyEntries));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityResearchAuthorType>>>>("authors").Description("Tác giả theo thứ tự trên công trình.")
            .Resolve(c => c.Source.Authors.OrderBy(a => a.Position).ToList());
    }
}

public sealed class UniversityResearchAuthorType : ObjectGraphType<ResearchOutputAuthor>
{
    public UniversityResearchAuthorType()
    {
        Name = "UniversityResearchAuthor";
        Description = "Một tác giả: trí thức trong cơ sở dữ liệu, hoặc người ngoài (chỉ có họ tên). Khóa: kết quả nghiên cứu và thứ tự tác giả.";
        Field(a => a.Position).Description("Thứ tự, 1 là tác giả đứng đầu.");
        this.PersonField("person", a => a.PersonId, required: false).Description("Trí thức trong cơ sở dữ liệu; trống khi là người ngoài.");
        Field(a => a.ExternalName, nullable: true).Description("Họ tên tác giả ngoài cơ sở dữ liệu.");
        Field(a => a.Orcid, nullable: true).Description("ORCID iD, dạng 0000-0002-1825-0097.");
        Field(a => a.IsCorresponding).Description("Tác giả liên hệ.");
    }
}

public sealed class UniversityResearchOutputInputType : InputObjectGraphType<ResearchOutputInput>
{
    public UniversityResearchOutputInputType()
    {
        Name = "UniversityResearchOutputInput";
        Description = "Một kết quả nghiên cứu mới; DOI, ISSN và ORCID được kiểm tra dạng và số kiểm tra.";
        Field(o => o.Title).Description($"Tên công trình, tối đa {ResearchOutputRules.MaxTitleLength} ký tự.");
        Field<NonNullGraphType<EnumType<ResearchOutputKind>>>("kind").Description("Loại; bài báo tạp chí cần ISSN.");
        Field(o => o.Year).Description("Năm; không sau năm nay.");
        Field(o => o.Venue, nullable: true).Description("Tạp chí, hội nghị, nhà xuất bản hoặc cơ quan cấp bằng.");
        Field(o => o.Doi, nullable: true).Description("DOI (có thể dán địa chỉ https://doi.org/…); mỗi DOI ghi nhận một lần.");
        Field(o => o.Issn, nullable: true).Description("ISSN, dạng 1234-567X; chữ số cuối là số kiểm tra.");
        Field(o => o.FieldCode, nullable: true).Description("Mã lĩnh vực (theo cơ sở dữ liệu trí thức).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description($"Từ khóa, tối đa {ResearchOutputRules.MaxKeywords}.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityResearchAuthorInputType>>>>("authors")
            .Description("Tác giả theo thứ tự trên công trình; đúng một tác giả liên hệ.");
    }
}

public sealed class UniversityResearchAuthorInputType : InputObjectGraphType<ResearchAuthorInput>
{
    public UniversityResearchAuthorInputType()
    {
        Name = "UniversityResearchAuthorInput";
        Description = "Một tác giả: chọn một trí thức trong cơ sở dữ liệu hoặc ghi họ tên người ngoài.";
        Field(a => a.PersonId, type: typeof(IdGraphType)).Description("Trí thức trong cơ sở dữ liệu.");
        Field(a => a.ExternalName, nullable: true).Description("Họ tên người ngoài cơ sở dữ liệu.");
        Field(a => a.Orcid, nullable: true).Description("ORCID iD (có thể dán địa chỉ https://orcid.org/…).");
        Field(a => a.IsCorresponding, nullable: true).Description("Tác giả liên hệ.");
    }
}

public sealed class UniversityResearchOutputFilterType : InputObjectGraphType<ResearchOutputFilter>
{
    public UniversityResearchOutputFilterType()
    {
        Name = "UniversityResearchOutputFilter";
        Description = "Bộ lọc kết quả nghiên cứu; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<ResearchOutputKind>>("kind").Description("Loại.");
        Field(f => f.Year, nullable: true).Description("Năm.");
        Field(f => f.PersonId, type: typeof(IdGraphType)).Description("Có trí thức này là tác giả.");
        Field(f => f.FieldCode, nullable: true).Description("Mã lĩnh vực.");
        Field(f => f.Search, nullable: true).Description("Tìm trong tên và từ khóa, không phân biệt dấu.");
    }
}
