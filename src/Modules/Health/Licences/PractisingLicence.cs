namespace TriThuc.Modules.Health.Licences;

/// <summary>
/// A practising licence (giấy phép hành nghề, Law 15/2023/QH15 Art. 27): held by a Registry person, for one
/// professional title and scope, for five years from issue, renewed for five more at a time. Its status on a day is
/// never stored: it follows from the dates and the dated decisions (<see cref="StatusOn"/>).
/// </summary>
public sealed class PractisingLicence : Entity
{
    public const int TermYears = 5;

    [DataSubject]
    public Guid HolderId { get; set; }

    public string Number { get; set; } = "";

    public ProfessionalTitle Title { get; set; }

    public string Scope { get; set; } = "";

    public string Issuer { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    /// <summary>The last day of the current term (the issue date plus five years, moved on by each renewal).</summary>
    public DateOnly ExpiresOn { get; set; }

    /// <summary>
    /// The title while this is the holder's licence in force for it; cleared when the licence is revoked or replaced
    /// by a new one after it expired. A unique index on (holder, this) lets the database itself refuse a second
    /// licence in force for one title; empty values never clash, on SQLite or PostgreSQL.
    /// </summary>
    public ProfessionalTitle? InForceTitle { get; set; }

    public List<LicenceDecision> Decisions { get; set; } = [];

    public List<LicenceRenewal> Renewals { get; set; } = [];

    /// <summary>The last day of a term of five years from <paramref name="start"/>.</summary>
    public static DateOnly TermEnd(DateOnly start) => start.AddYears(TermYears).AddDays(-1);

    /// <summary>
    /// The last day of the term that ran on <paramref name="day"/>: today's expiry, unless a renewal filed after that
    /// day moved it; then the expiry before that renewal.
    /// </summary>
    public DateOnly ExpiryOn(DateOnly day) =>
        Renewals.Where(r => r.FiledOn > day).OrderBy(r => r.FiledOn).Select(r => (DateOnly?)r.PreviousExpiry).FirstOrDefault() ?? ExpiresOn;

    /// <summary>The first day of the five-year cycle of continuing education that ends with the term running on <paramref name="day"/>.</summary>
    public DateOnly CycleStartOn(DateOnly day) => ExpiryOn(day).AddDays(1).AddYears(-TermYears);

    /// <summary>The status on a day, or null before the licence was issued: revoked, suspended, expired or valid, in that order.</summary>
    public LicenceStatus? StatusOn(DateOnly day)
    {
        if (day < IssuedOn)
        {
            return null;
        }

        var suspended = false;
        foreach (var decision in Decisions.Where(d => d.DecidedOn <= day).OrderBy(d => d.DecidedOn).ThenBy(d => d.Id))
        {
            switch (decision.Kind)
            {
                case LicenceDecisionKind.Revocation:
                    return LicenceStatus.Revoked;
                case LicenceDecisionKind.Suspension:
                    suspended = true;
                    break;
                case LicenceDecisionKind.Reinstatement:
                    suspended = false;
                    break;
            }
        }

        return suspended ? LicenceStatus.Suspended : day > ExpiryOn(day) ? LicenceStatus.Expired : LicenceStatus.Valid;
    }
}
