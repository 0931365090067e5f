namespace TriThuc.Modules.Associations.Terms;

[Name("AssociationsLeaderRole")]
[Description("Chức danh trong ban lãnh đạo của một nhiệm kỳ.")]
public enum LeaderRole
{
    [Description("Chủ tịch")]
    President,
    [Description("Phó Chủ tịch")]
    VicePresident,
    [Description("Tổng Thư ký")]
    GeneralSecretary,
    [Description("Ủy viên Ban Thường vụ")]
    StandingCommittee,
    [Description("Ủy viên Ban Chấp hành")]
    ExecutiveCommittee,
    [Description("Ủy viên Ban Kiểm tra")]
    InspectionCommittee,
}
