namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// Marks the property of a stored record that holds the id of another record of the same module which names the person
/// (a member's dues name the member, whose <c>PersonId</c> is the person; a contest entry names the pupil, who may be
/// linked to a Registry record). The save interceptor looks the person up through that record, so a restriction of
/// processing refuses these saves as it refuses those of records marked <see cref="DataSubjectAttribute"/>. It reads the
/// record as stored. The property it names is either the person's id, marked <see cref="DataSubjectAttribute"/> (so a
/// record added in the same save is checked directly), or the id of a further record, marked with this attribute in
/// turn: a fund disbursement names its grant, whose application names the applicant. An architecture test holds every
/// module to this, and to chains that end in a person.
/// </summary>
/// <param name="record">The record the id names (its key is <c>Id</c>).</param>
/// <param name="property">Its property that holds the person's id (a <see cref="Guid"/> or <see cref="Nullable{Guid}"/>).</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DataSubjectViaAttribute(Type record, string property) : Attribute
{
    public Type Record { get; } = record;

    public string Property { get; } = property;
}
