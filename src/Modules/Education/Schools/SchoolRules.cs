using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Education.Schools;

/// <summary>The checks a school's profile passes, each refusal naming its field in words a clerk can act on.</summary>
public static class SchoolRules
{
    /// <summary>The Registry's unit kind each level stands on; a unit of kind <see cref="UnitKind.School"/> (not yet classed) takes any level.</summary>
    private static readonly Dictionary<SchoolLevel, UnitKind> KindOf = new()
    {
        [SchoolLevel.PreSchool] = UnitKind.PreSchool,
        [SchoolLevel.Primary] = UnitKind.PrimarySchool,
        [SchoolLevel.LowerSecondary] = UnitKind.LowerSecondarySchool,
        [SchoolLevel.UpperSecondary] = UnitKind.UpperSecondarySchool,
        [SchoolLevel.SpecialisedUpperSecondary] = UnitKind.SpecialisedHighSchool,
        [SchoolLevel.EthnicBoarding] = UnitKind.EthnicBoardingSchool,
        [SchoolLevel.EthnicSemiBoarding] = UnitKind.EthnicSemiBoardingSchool,
        [SchoolLevel.ContinuingEducation] = UnitKind.ContinuingEducationCentre,
    };

    private static readonly UnitKind[] PlaceKinds = [UnitKind.Commune, UnitKind.Ward, UnitKind.SpecialZone, UnitKind.Village, UnitKind.District];

    public static bool IsSchool(UnitKind kind) => kind == UnitKind.School || KindOf.ContainsValue(kind);

    public static void Apply(School school, SchoolInput input, UnitSummary unit, UnitSummary? location)
    {
        if (!IsSchool(unit.Kind))
        {
            throw DomainException.Validation("unitId", $"Đơn vị '{unit.Name}' không phải trường học, trung tâm giáo dục thường xuyên trong cơ sở dữ liệu trí thức.");
        }

        if (unit.Kind != UnitKind.School && KindOf[input.Level] != unit.Kind)
        {
            throw DomainException.Validation("level", $"Cấp học '{EnumLabels.Of(input.Level)}' không khớp loại đơn vị '{EnumLabels.Of(unit.Kind)}' của '{unit.Name}'.");
        }

        if (location is not null && !PlaceKinds.Contains(location.Kind))
        {
            throw DomainException.Validation("locationId", $"'{location.Name}' không phải xã, phường hay thôn, bản; hãy chọn nơi trường đặt trụ sở.");
        }

        school.UnitId = unit.Id;
        school.Level = input.Level;
        school.IsPublic = input.IsPublic;
        school.LocationId = location?.Id;
    }
}
