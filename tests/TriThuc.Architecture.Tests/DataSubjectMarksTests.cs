using Microsoft.Extensions.DependencyInjection;
using TriThuc.Host.Plugins;
using TriThuc.SharedKernel.Privacy;
using TriThuc.Testing;

namespace TriThuc.Architecture.Tests;

public sealed class DataSubjectMarksTests
{
    [Fact]
    public async Task Every_record_that_names_its_person_through_another_names_a_marked_person_id_of_its_own_module()
    {
        using var plugins = PluginFolder.WithAllModules();
        await using var host = await TestHost.StartAsync(plugins);
        var modules = host.App.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Definition.GetType().Assembly).ToList();

        modules.SelectMany(m => m.GetTypes()).SelectMany(t => t.GetProperties()).Count(p => p.IsDefined(typeof(DataSubjectViaAttribute), inherit: false))
            .Should().BeGreaterThan(1, "the rule must have marks to check");
        modules.SelectMany(DataSubjectMarks.Violations).Should().BeEmpty();
    }

    [Fact]
    public void The_rule_names_a_mark_through_an_unmarked_property_a_missing_one_one_on_a_non_id_and_a_circle_but_not_a_chain_to_a_person()
    {
        DataSubjectMarks.Violations(typeof(DataSubjectMarksTests).Assembly).Should().BeEquivalentTo(
            "Dues.MemberId: Member.ExternalName is not an id",
            "Dues.PayerId: Member has no property Payer",
            "Dues.Amount: the marked property is not an id",
            "Entry.PupilId: Pupil.LinkedPersonId is not marked [DataSubject] or [DataSubjectVia]",
            "Left.RightId: the chain of [DataSubjectVia] marks from Right.LeftId comes back on itself",
            "Right.LeftId: the chain of [DataSubjectVia] marks from Left.RightId comes back on itself");
    }

    private sealed class Member
    {
        [DataSubject]
        public Guid? PersonId { get; set; }

        public string? ExternalName { get; set; }
    }

    private sealed class Dues
    {
        [DataSubjectVia(typeof(Member), nameof(Member.ExternalName))]
        public Guid MemberId { get; set; }

        [DataSubjectVia(typeof(Member), "Payer")]
        public Guid PayerId { get; set; }

        [DataSubjectVia(typeof(Member), nameof(Member.PersonId))]
        public long Amount { get; set; }

        [DataSubjectVia(typeof(Member), nameof(Member.PersonId))]
        public Guid GoodId { get; set; }
    }

    private sealed class Pupil
    {
        public Guid? LinkedPersonId { get; set; }
    }

    private sealed class Entry
    {
        [DataSubjectVia(typeof(Pupil), nameof(Pupil.LinkedPersonId))]
        public Guid PupilId { get; set; }
    }

    private sealed class Application
    {
        [DataSubject]
        public Guid? ApplicantId { get; set; }
    }

    private sealed class Grant
    {
        [DataSubjectVia(typeof(Application), nameof(Application.ApplicantId))]
        public Guid ApplicationId { get; set; }
    }

    private sealed class Payment
    {
        [DataSubjectVia(typeof(Grant), nameof(Grant.ApplicationId))]
        public Guid GrantId { get; set; }
    }

    private sealed class Left
    {
        [DataSubjectVia(typeof(Right), nameof(Right.LeftId))]
        public Guid RightId { get; set; }
    }

    private sealed class Right
    {
        [DataSubjectVia(typeof(Left), nameof(Left.RightId))]
        public Guid LeftId { get; set; }
    }
}
