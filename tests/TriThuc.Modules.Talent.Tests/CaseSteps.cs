using System.Text.Json;
using TriThuc.Testing;

namespace TriThuc.Modules.Talent.Tests;

/// <summary>The GraphQL calls that take an attraction case through its states, as a clerk's screens would.</summary>
public sealed class CaseSteps(TalentHost province)
{
    public const string CaseFields = "id status failedCriteria commitmentStartsOn commitmentEndsOn decisions { status number decidedOn }";

    public async Task<Guid> PolicyAsync(object version, string? exclusionGroup = null, string? title = null) =>
        (await province.CreatePolicyAsync(version, exclusionGroup, title)).Data("createTalentAttractionPolicy").Id();

    public Task<JsonElement> ApplyAsync(
        Guid policy, string appliedOn, string birthDate = "1995-05-01", string degree = "MASTER", string fieldCode = "health", Guid? unit = null, string? token = null) =>
        province.GraphQLAsync($"mutation($input: TalentApplicantInput!) {{ applyTalentAttractionCase(input: $input) {{ {CaseFields} }} }}", new
        {
            input = new { policyId = policy, applicantName = "Vàng Thị Mỷ", birthDate, degree, fieldCode, targetUnitId = unit ?? province.Hospital, appliedOn },
        }, token ?? province.Editor);

    public Task<JsonElement> StepAsync(string mutation, Guid id, string decidedOn, string extraArguments = "", object? extra = null, string? extraDeclarations = null)
    {
        var variables = new Dictionary<string, object?> { ["id"] = id, ["decision"] = new { number = province.NextCode("QĐ"), decidedOn } };
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                variables[property.Name] = property.GetValue(extra);
            }
        }

        return province.GraphQLAsync(
            $"mutation($id: ID!, $decision: TalentDecisionInput!{extraDeclarations}) {{ {mutation}(id: $id, decision: $decision{extraArguments}) {{ {CaseFields} }} }}",
            variables, province.Editor);
    }

    public Task<JsonElement> RecruitAsync(Guid id, string decidedOn, Guid person, Guid? unit = null) =>
        StepAsync("recruitTalentAttractionCase", id, decidedOn, ", personId: $person, postUnitId: $unit",
            new { person, unit = unit ?? province.Hospital }, ", $person: ID!, $unit: ID!");

    /// <summary>Applied, assessed, approved, recruited and in commitment from <paramref name="startsOn"/>.</summary>
    public async Task<Guid> InCommitmentAsync(Guid policy, Guid person, string appliedOn, string startsOn)
    {
        var id = (await ApplyAsync(policy, appliedOn)).Data("applyTalentAttractionCase").Id();
        (await StepAsync("assessTalentAttractionCase", id, appliedOn)).Data("assessTalentAttractionCase").Text("status").Should().Be("ELIGIBLE");
        (await StepAsync("approveTalentAttractionCase", id, appliedOn)).Data("approveTalentAttractionCase");
        (await RecruitAsync(id, startsOn, person)).Data("recruitTalentAttractionCase");
        (await StepAsync("startTalentAttractionCommitment", id, startsOn)).Data("startTalentAttractionCommitment");
        return id;
    }
}
