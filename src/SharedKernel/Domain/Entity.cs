namespace TriThuc.SharedKernel.Domain;

/// <summary>
/// Base of every stored entity: a stable id and who created and last changed it, when.
/// The audit fields are stamped by <see cref="Data.ModuleSaveChangesInterceptor"/>; code never sets them.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
