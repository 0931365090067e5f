using System.Linq.Expressions;

namespace TriThuc.Modules.Registry.People;

/// <summary>
/// The columns of Intellectuals a page must read for the fields a request selects on its people, as a projection
/// (<c>new Intellectual { … }</c>) that leaves the others unread; null when every column is needed.
/// </summary>
public static class IntellectualColumns
{
    /// <summary>Read whatever is selected: the keys of every ordering, which the cursors are made of.</summary>
    private static readonly string[] Always = [nameof(Intellectual.Id), nameof(Intellectual.FullName), nameof(Intellectual.DateOfBirth)];

    /// <summary>
    /// The properties each field of <see cref="IntellectualType"/> reads from its person. Fields that read only the id
    /// (lists loaded in batches) map to none. A field missing here — another module's field on Intellectual, or one
    /// added later — and <c>duplicateCandidates</c>, which compares whole records, make the page read every column.
    /// </summary>
    private static readonly Dictionary<string, string[]> ByField = new(StringComparer.Ordinal)
    {
        ["__typename"] = [],
        ["id"] = [],
        ["version"] = [nameof(Intellectual.Version)],
        ["fullName"] = [],
        ["gender"] = [nameof(Intellectual.Gender)],
        ["dateOfBirth"] = [],
        ["ethnicGroup"] = [nameof(Intellectual.EthnicGroupCode)],
        ["nationalId"] = [nameof(Intellectual.NationalId)],
        ["staffCode"] = [nameof(Intellectual.StaffCode)],
        ["phone"] = [nameof(Intellectual.Phone)],
        ["email"] = [nameof(Intellectual.Email)],
        ["jobTitle"] = [nameof(Intellectual.JobTitle)],
        ["field"] = [nameof(Intellectual.FieldCode)],
        ["isPublicSector"] = [nameof(Intellectual.IsPublicSector)],
        ["isRemotePosting"] = [nameof(Intellectual.IsRemotePosting)],
        ["status"] = [nameof(Intellectual.Status)],
        ["statusSince"] = [nameof(Intellectual.StatusSince)],
        ["unit"] = [nameof(Intellectual.UnitId)],
        ["academicTitle"] = [nameof(Intellectual.AcademicTitle)],
        ["academicTitleYear"] = [nameof(Intellectual.AcademicTitleYear)],
        ["politicalTheoryLevel"] = [nameof(Intellectual.PoliticalTheoryLevel)],
        ["mergedIntoId"] = [nameof(Intellectual.MergedIntoId)],
        ["qualifications"] = [],
        ["languages"] = [],
        ["positions"] = [],
        ["trainings"] = [],
        ["honours"] = [],
        ["highestQualification"] = [],
        ["latestTraining"] = [],
        ["processingRestricted"] = [],
        ["history"] = [],
    };

    /// <summary>
    /// The projection for a request: the columns of the fields of Intellectual that the document names anywhere (a
    /// name also used on another type only adds a column), or null when one of them needs the whole record.
    /// </summary>
    public static Expression<Func<Intellectual, Intellectual>>? For(IResolveFieldContext context)
    {
        if (context.Schema.AllTypes["Intellectual"] is not IComplexGraphType type)
        {
            return null;
        }

        var named = DocumentFieldNames.Of(context.Document);
        var properties = new HashSet<string>(Always, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!named.Contains(field.Name))
            {
                continue;
            }

            if (!ByField.TryGetValue(field.Name, out var columns))
            {
                return null;
            }

            properties.UnionWith(columns);
        }

        var person = Expression.Parameter(typeof(Intellectual), "p");
        var bindings = properties.Order(StringComparer.Ordinal)
            .Select(name => typeof(Intellectual).GetProperty(name)!)
            .Select(property => (MemberBinding)Expression.Bind(property, Expression.Property(person, property)));
        return Expression.Lambda<Func<Intellectual, Intellectual>>(Expression.MemberInit(Expression.New(typeof(Intellectual)), bindings), person);
    }
}
