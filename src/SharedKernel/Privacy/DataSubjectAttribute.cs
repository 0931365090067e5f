namespace TriThuc.SharedKernel.Privacy;

/// <summary>
/// Marks the property of a stored record that holds the id of the person the record is about or names (a training's
/// <c>IntellectualId</c>, a project's <c>LeadId</c>). While that person's processing is restricted
/// (<see cref="IProcessingRestrictions"/>), a save that adds or changes such a record is refused for every module alike
/// by the kit's save interceptor: the data may be stored, not processed further.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DataSubjectAttribute : Attribute;
