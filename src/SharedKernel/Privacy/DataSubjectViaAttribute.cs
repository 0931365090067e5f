namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// Marks the property of a stored record that holds the id of another record of the same module which names the person
/// (a member's dues name the member, whose <c>PersonId</c> is the person; a contest entry names the pupil, who may be
/// linked to a Registry record). The save interceptor looks the person up through that record, so a restriction of
/// processing refuses these saves as it refuses those of records marked <see cref="DataSubjectAttribute"/>. It follows
/// one step and reads the record as stored: the record it names must mark its own person <see cref="DataSubjectAttribute"/>
/// (so a record added in the same save is checked directly), which an architecture test holds every module to.
/// </summary>
/// <param name="record">The record the id names (its key is <c>Id</c>).</param>
/// <param name="property">Its property that holds the person's id (a <see cref="Guid"/> or <see cref="Nullable{Guid}"/>).</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DataSubjectViaAttribute(Type record, string property) : Attribute
{
    public Type Record { get; } = record;

    public string Property { get; } = property;
}
