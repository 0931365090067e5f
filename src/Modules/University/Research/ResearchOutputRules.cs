namespace TriThuc.Modules.University.Research;

/// <summary>The checks a research output passes, each refusal naming its field in words a clerk can act on.</summary>
public static class ResearchOutputRules
{
    public const int MaxTitleLength = 500, MaxVenueLength = 300, MaxNameLength = 150, MaxKeywords = 20, MaxKeywordLength = 100, MaxAuthors = 100;

    public static ResearchOutput New(ResearchOutputInput input, DateOnly today)
    {
        Require.Year(input.Year, "year");
        if (input.Year > today.Year)
        {
            throw DomainException.Validation("year", $"Năm {input.Year} chưa đến.");
        }

        var output = new ResearchOutput
        {
            Title = Require.Text(input.Title, MaxTitleLength, "title", "Tên công trình"),
            Kind = input.Kind,
            Year = input.Year,
            Venue = string.IsNullOrWhiteSpace(input.Venue) ? null : Require.Text(input.Venue, MaxVenueLength, "venue", "Nơi công bố"),
            Doi = Doi.Optional(input.Doi, "doi"),
            Issn = Issn.Optional(input.Issn, "issn"),
            FieldCode = Codes.Optional(input.FieldCode, 50, "fieldCode", "Mã lĩnh vực"),
        };
        if (output.Kind is ResearchOutputKind.JournalArticle or ResearchOutputKind.IndexedArticle && output.Issn is null)
        {
            throw DomainException.Validation("issn", "Bài báo tạp chí cần mã ISSN của tạp chí.");
        }

        var keywords = Keywords(input.Keywords ?? []);
        output.Keywords = string.Join("; ", keywords);
        output.SearchKeywords = string.Join(";", keywords.Select(VietnameseText.Fold));
        output.Authors = Authors(input.Authors, output.Id);
        return output;
    }

    private static List<string> Keywords(IReadOnlyList<string> keywords)
    {
        var kept = keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Require.Text(k, MaxKeywordLength, "keywords", "Từ khóa"))
            .DistinctBy(VietnameseText.Fold).ToList();
        return kept.Count <= MaxKeywords ? kept : throw DomainException.Validation("keywords", $"Tối đa {MaxKeywords} từ khóa.");
    }

    private static List<ResearchOutputAuthor> Authors(IReadOnlyList<ResearchAuthorInput> authors, Guid outputId)
    {
        if (authors.Count is 0 or > MaxAuthors)
        {
            throw DomainException.Validation("authors", $"Cần từ 1 đến {MaxAuthors} tác giả, theo thứ tự trên công trình.");
        }

        if (authors.Count(a => a.IsCorresponding) != 1)
        {
            throw DomainException.Validation("authors", "Cần đúng một tác giả liên hệ (corresponding author).");
        }

        var repeated = authors.Where(a => a.PersonId is not null).GroupBy(a => a.PersonId).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw DomainException.Validation("authors", $"Một trí thức ({repeated.Key}) được ghi hai lần trong danh sách tác giả.");
        }

        return authors.Select((a, i) =>
        {
            var place = $"Tác giả thứ {i + 1}";
            var external = string.IsNullOrWhiteSpace(a.ExternalName) ? null : Require.Text(a.ExternalName, MaxNameLength, "authors", place);
            if ((a.PersonId is null) == (external is null))
            {
                throw DomainException.Validation("authors", $"{place}: chọn một trí thức trong cơ sở dữ liệu hoặc ghi họ tên người ngoài, không cả hai.");
            }

            return new ResearchOutputAuthor
            {
                OutputId = outputId, Position = i + 1, PersonId = a.PersonId, ExternalName = external, Orcid = Orcid.Optional(a.Orcid, "authors"),
                IsCorresponding = a.IsCorresponding,
            };
        }).ToList();
    }
}
