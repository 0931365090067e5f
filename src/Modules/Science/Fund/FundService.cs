using System.Globalization;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.Modules.Science.Data;

namespace TriThuc.Modules.Science.Fund;

/// <summary>
/// The innovation investment fund: capital in, calls, applications, grants, disbursements out. The fund
/// never pays more than a grant's remainder, and its balance never goes below zero on any day — including
/// days after a back-dated payment.
/// </summary>
public sealed class FundService(ScienceDbContext db, RegistryReferences registry, IClock clock)
{
    /// <summary>The key every read-check-write on the fund's money is serialized on.</summary>
    public const string FundLock = "science:fund";

    /// <summary>"1.500.000.000 đồng", as Vietnamese documents write money (without relying on the server's culture data).</summary>
    public static string Vnd(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đồng";

    /// <summary>Capital received up to and including <paramref name="day"/>, less what was paid out by then.</summary>
    public async Task<long> BalanceAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var capital = await db.Contributions.Where(c => c.ReceivedOn <= day).SumAsync(c => c.Amount, cancellationToken);
        var paid = await db.Disbursements.Where(d => d.PaidOn <= day).SumAsync(d => d.Amount, cancellationToken);
        return capital - paid;
    }

    public async Task<CapitalContribution> ContributeAsync(ContributionInput input, CancellationToken cancellationToken)
    {
        Require.Positive(input.Amount, "amount");
        Require.NotAfter(input.ReceivedOn, clock.Today, "receivedOn");
        var contribution = new CapitalContribution
        {
            Source = input.Source,
            Contributor = Require.Text(input.Contributor, 300, "contributor", "Bên góp vốn"),
            Amount = input.Amount,
            ReceivedOn = input.ReceivedOn,
        };
        db.Contributions.Add(contribution);
        await db.SaveChangesAsync(cancellationToken);
        return contribution;
    }

    public async Task<FundCall> OpenCallAsync(FundCallInput input, CancellationToken cancellationToken)
    {
        var code = Codes.Require(input.Code, 30, "code", "Mã đợt gọi hồ sơ");
        var title = Require.Text(input.Title, 500, "title", "Tên đợt gọi hồ sơ");
        Require.Positive(input.Budget, "budget");
        if (input.ClosesOn < input.OpensOn)
        {
            throw DomainException.Validation("closesOn", $"Ngày đóng ({input.ClosesOn:dd/MM/yyyy}) phải sau ngày mở ({input.OpensOn:dd/MM/yyyy}).");
        }

        if (await db.FundCalls.AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw DomainException.Conflict($"Đã có đợt gọi hồ sơ mang mã '{code}'.", "code");
        }

        var call = new FundCall { Code = code, Title = title, OpensOn = input.OpensOn, ClosesOn = input.ClosesOn, Budget = input.Budget };
        db.FundCalls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        return call;
    }

    public async Task<FundApplication> SubmitApplicationAsync(FundApplicationInput input, CancellationToken cancellationToken)
    {
        var call = await db.FundCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.CallId, cancellationToken)
            ?? throw DomainException.Validation("callId", "Không tìm thấy đợt gọi hồ sơ.");
        if (input.SubmittedOn < call.OpensOn || input.SubmittedOn > call.ClosesOn)
        {
            throw DomainException.Validation("submittedOn", $"Đợt '{call.Code}' nhận hồ sơ từ {call.OpensOn:dd/MM/yyyy} đến {call.ClosesOn:dd/MM/yyyy}.");
        }

        Require.NotAfter(input.SubmittedOn, clock.Today, "submittedOn");
        Require.Positive(input.RequestedAmount, "requestedAmount");
        var application = new FundApplication
        {
            CallId = call.Id,
            Title = Require.Text(input.Title, 500, "title", "Tên hồ sơ"),
            ApplicantName = Require.Text(input.ApplicantName, 300, "applicantName", "Tên bên đề nghị"),
            RequestedAmount = input.RequestedAmount,
            SubmittedOn = input.SubmittedOn,
        };
        if (input.ApplicantUnitId is { } unitId)
        {
            application.ApplicantUnitId = (await registry.RequireOpenUnitAsync(unitId, input.SubmittedOn, "applicantUnitId", cancellationToken)).Id;
        }

        if (input.ApplicantIntellectualId is { } personId)
        {
            await registry.RequirePeopleAsync([personId], "applicantIntellectualId", cancellationToken);
            application.ApplicantIntellectualId = personId;
        }

        db.FundApplications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application;
    }

    /// <summary>Declines an application still submitted; under the fund's lock, so that a decline and an award cannot both win.</summary>
    public Task<FundApplication> DeclineAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.SerializedAsync(FundLock, async () =>
        {
            var application = await SubmittedApplicationAsync(applicationId, cancellationToken);
            application.Status = FundApplicationStatus.Declined;
            await db.SaveChangesAsync(cancellationToken);
            return application;
        }, cancellationToken);

    /// <summary>Commits money to an application: no more than it asked for, and within its call's remaining budget.</summary>
    public Task<Grant> AwardAsync(Guid applicationId, long amount, DateOnly awardedOn, CancellationToken cancellationToken) =>
        db.SerializedAsync(FundLock, () => AwardUnderLockAsync(applicationId, amount, awardedOn, cancellationToken), cancellationToken);

    /// <summary>Pays part of a grant: within the grant's remainder, and within the fund's balance on that day and every later day.</summary>
    public Task<Disbursement> DisburseAsync(Guid grantId, long amount, DateOnly paidOn, CancellationToken cancellationToken) =>
        db.SerializedAsync(FundLock, () => DisburseUnderLockAsync(grantId, amount, paidOn, cancellationToken), cancellationToken);

    private async Task<Grant> AwardUnderLockAsync(Guid applicationId, long amount, DateOnly awardedOn, CancellationToken cancellationToken)
    {
        var application = await SubmittedApplicationAsync(applicationId, cancellationToken);
        Require.Positive(amount, "amount");
        Require.NotAfter(awardedOn, clock.Today, "awardedOn");
        if (awardedOn < application.SubmittedOn)
        {
            throw DomainException.Validation("awardedOn", $"Ngày tài trợ phải từ ngày nộp hồ sơ ({application.SubmittedOn:dd/MM/yyyy}).");
        }

        if (amount > application.RequestedAmount)
        {
            throw DomainException.Validation("amount", $"Số tiền tài trợ {Vnd(amount)} vượt số đề nghị {Vnd(application.RequestedAmount)}.");
        }

        var call = await db.FundCalls.AsNoTracking().FirstAsync(c => c.Id == application.CallId, cancellationToken);
        var committed = await db.Grants.Where(g => g.CallId == call.Id).SumAsync(g => g.Amount, cancellationToken);
        if (amount > call.Budget - committed)
        {
            throw DomainException.Conflict(
                $"Số tiền tài trợ {Vnd(amount)} vượt phần còn lại của đợt '{call.Code}': {Vnd(call.Budget - committed)} (ngân sách {Vnd(call.Budget)}, đã cam kết {Vnd(committed)}).",
                "amount");
        }

        var grant = new Grant
        {
            ApplicationId = application.Id,
            CallId = call.Id,
            Name = application.Title,
            // A person applying alone counts in their own unit, so the grant still shows in the indicators by unit.
            UnitId = application.ApplicantUnitId ?? await registry.UnitOfAsync(application.ApplicantIntellectualId, cancellationToken),
            Amount = amount,
            AwardedOn = awardedOn,
        };
        application.Status = FundApplicationStatus.Granted;
        db.Grants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        return grant;
    }

    private async Task<Disbursement> DisburseUnderLockAsync(Guid grantId, long amount, DateOnly paidOn, CancellationToken cancellationToken)
    {
        var grant = await db.Grants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy khoản tài trợ.");
        Require.Positive(amount, "amount");
        Require.NotAfter(paidOn, clock.Today, "paidOn");
        if (paidOn < grant.AwardedOn)
        {
            throw DomainException.Validation("paidOn", $"Ngày giải ngân phải từ ngày tài trợ ({grant.AwardedOn:dd/MM/yyyy}).");
        }

        var paid = await db.Disbursements.Where(d => d.GrantId == grant.Id).SumAsync(d => d.Amount, cancellationToken);
        if (amount > grant.Amount - paid)
        {
            throw DomainException.Conflict(
                $"Số giải ngân {Vnd(amount)} vượt phần còn lại của khoản tài trợ: {Vnd(grant.Amount - paid)} (tài trợ {Vnd(grant.Amount)}, đã giải ngân {Vnd(paid)}).",
                "amount");
        }

        var (lowestDay, lowest) = await LowestBalanceFromAsync(paidOn, cancellationToken);
        if (amount > lowest)
        {
            var when = lowestDay == paidOn ? $"ngày {paidOn:dd/MM/yyyy}" : $"ngày {lowestDay:dd/MM/yyyy} (do các khoản đã chi sau ngày {paidOn:dd/MM/yyyy})";
            throw DomainException.Conflict($"Số giải ngân {Vnd(amount)} vượt số dư của quỹ {Vnd(lowest)} vào {when}.", "amount");
        }

        var disbursement = new Disbursement { GrantId = grant.Id, Amount = amount, PaidOn = paidOn };
        db.Disbursements.Add(disbursement);
        await db.SaveChangesAsync(cancellationToken);
        return disbursement;
    }

    /// <summary>The lowest balance on <paramref name="from"/> or any later day something moved, and that day.</summary>
    private async Task<(DateOnly Day, long Balance)> LowestBalanceFromAsync(DateOnly from, CancellationToken cancellationToken)
    {
        var days = await db.Disbursements.Where(d => d.PaidOn > from).Select(d => d.PaidOn).Distinct().ToListAsync(cancellationToken);
        var lowest = (Day: from, Balance: await BalanceAsync(from, cancellationToken));
        foreach (var day in days.Order())
        {
            var balance = await BalanceAsync(day, cancellationToken);
            if (balance < lowest.Balance)
            {
                lowest = (day, balance);
            }
        }

        return lowest;
    }

    private async Task<FundApplication> SubmittedApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.FundApplications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw DomainException.NotFound("Không tìm thấy hồ sơ đề nghị tài trợ.");
        return application.Status == FundApplicationStatus.Submitted
            ? application
            : throw DomainException.Conflict($"Hồ sơ '{application.Title}' đã được xử lý ({(application.Status == FundApplicationStatus.Granted ? "đã tài trợ" : "không tài trợ")}).", "applicationId");
    }
}
