using System.Reflection;
using TriThuc.SharedKernel.Privacy;

namespace TriThuc.Architecture.Tests;

/// <summary>
/// The rule for <see cref="DataSubjectViaAttribute"/>: it names a record of the same module whose property holds a
/// person's id (<see cref="Guid"/> or <see cref="Nullable{Guid}"/>) and is itself marked <see cref="DataSubjectAttribute"/>,
/// so that the save interceptor can read the person through it and a record added beside it is checked directly; or
/// whose property holds a further record's id and is marked <see cref="DataSubjectViaAttribute"/> in turn, a chain that
/// must end in a person rather than come back on itself.
/// A mistake here would otherwise show only as a failure of every save of the record.
/// </summary>
public static class DataSubjectMarks
{
    public static IEnumerable<string> Violations(Assembly module) =>
        from type in module.GetTypes()
        from property in type.GetProperties()
        let via = property.GetCustomAttribute<DataSubjectViaAttribute>()
        where via is not null
        let problem = ProblemOf(type, property, via)
        where problem is not null
        select $"{type.Name}.{property.Name}: {problem}";

    private static string? ProblemOf(Type type, PropertyInfo property, DataSubjectViaAttribute via)
    {
        if (property.PropertyType != typeof(Guid) && property.PropertyType != typeof(Guid?))
        {
            return "the marked property is not an id";
        }

        if (via.Record.Assembly != type.Assembly)
        {
            return $"{via.Record.Name} is not a record of the same module";
        }

        var subject = via.Record.GetProperty(via.Property);
        return subject is null ? $"{via.Record.Name} has no property {via.Property}"
            : subject.PropertyType != typeof(Guid) && subject.PropertyType != typeof(Guid?) ? $"{via.Record.Name}.{via.Property} is not an id"
            : subject.IsDefined(typeof(DataSubjectAttribute)) ? null
            : subject.GetCustomAttribute<DataSubjectViaAttribute>() is null ? $"{via.Record.Name}.{via.Property} is not marked [DataSubject] or [DataSubjectVia]"
            : ComesBackOnItself(property) ? $"the chain of [DataSubjectVia] marks from {via.Record.Name}.{via.Property} comes back on itself"
            : null;
    }

    private static bool ComesBackOnItself(PropertyInfo start)
    {
        var seen = new HashSet<(Type?, string)>();
        for (var property = start; property?.GetCustomAttribute<DataSubjectViaAttribute>() is { } via; property = via.Record.GetProperty(via.Property))
        {
            if (!seen.Add((property.DeclaringType, property.Name)))
            {
                return true;
            }
        }

        return false;
    }
}
