using TriThuc.Modules.Registry.Careers;

namespace TriThuc.Benchmarks.Baseline;

// The JSON the GraphQL request of B2 answers, member for member and in the same order:
// { intellectuals(first: 50, filter: { unitId, search }) { totalCount items { id fullName unit { name }
//   highestQualification { degree year } latestTraining { title endDate } } } }
public sealed record IntellectualPageResponse(IntellectualPageData Data);

public sealed record IntellectualPageData(IntellectualPage Intellectuals);

public sealed record IntellectualPage(int TotalCount, IReadOnlyList<IntellectualRow> Items);

public sealed record IntellectualRow(Guid Id, string FullName, UnitName Unit, DegreeAndYear? HighestQualification, TrainingTitleAndEnd? LatestTraining);

public sealed record UnitName(string Name);

public sealed record DegreeAndYear(Degree Degree, int Year);

public sealed record TrainingTitleAndEnd(string Title, DateOnly EndDate);
