namespace TriThuc.SharedKernel.Security;

/// <summary>
/// What a GraphQL field requires, declared by the module next to the field (see
/// <c>GraphQL.FieldAccessExtensions</c>). A read has a level; a write names the module whose editors may
/// run it. The host checks every field of a request before executing any of it.
/// </summary>
public sealed record FieldAccess(AccessLevel Level, string? WritesModule = null, bool Self = false)
{
    public const string MetadataKey = "trithuc:access";
    public const string SensitiveMetadataKey = "trithuc:sensitive";

    public static FieldAccess Public { get; } = new(AccessLevel.Public);

    public static FieldAccess Aggregates { get; } = new(AccessLevel.Aggregates);

    public static FieldAccess Records { get; } = new(AccessLevel.Records);

    public static FieldAccess Administrator { get; } = new(AccessLevel.Administrator);

    /// <summary>A mutation that editors of <paramref name="module"/> (and administrators) may run.</summary>
    public static FieldAccess Writes(string module) => new(AccessLevel.Records, module);

    /// <summary>
    /// A mutation of the module that declares it: the module's contribution names the module when it is loaded
    /// (<c>GraphQLContribution</c>), so that a field table need not repeat it. Left unnamed, no one may write.
    /// </summary>
    public static FieldAccess WritesOwnModule { get; } = new(AccessLevel.Records, OwnModule);

    private const string OwnModule = "(own module)";

    /// <summary>This access with the declaring module's name in place of <see cref="WritesOwnModule"/>.</summary>
    public FieldAccess For(string module) => WritesModule == OwnModule ? this with { WritesModule = module } : this;

    /// <summary>
    /// This access, and also an intellectual signed in as themselves (<see cref="Roles.Intellectual"/>): the field's
    /// resolver must then limit them to their own person (<see cref="PlatformUser.RequireSelf"/>).
    /// </summary>
    public FieldAccess OrSelf() => this with { Self = true };

    public override string ToString() => (WritesModule is null ? Level.ToString() : $"Writes({WritesModule})") + (Self ? " or self" : "");
}
