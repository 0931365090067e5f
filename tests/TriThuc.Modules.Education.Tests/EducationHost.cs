using TriThuc.SharedKernel.Security;
using TriThuc.Testing;

namespace TriThuc.Modules.Education.Tests;

/// <summary>The shared small province (<see cref="ProvinceHost"/>) with the Education module loaded beside the Registry.</summary>
public sealed class EducationHost : ProvinceHost
{
    protected override IReadOnlyList<string> Modules => ["Education"];

    protected override IReadOnlyList<string> Settings => ["TriThuc:Modules:Education:PupilIdKey=khoa-thu-nghiem-cua-so-giao-duc"];

    public string Editor => EditorOf("Education");

    /// <summary>An Education editor who may also read personal data (assessment ratings, pupils).</summary>
    public string PersonalDataEditor => Host.Token(Roles.Editor, "Education", Permissions.PersonalDataRead);
}
