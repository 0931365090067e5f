using GraphQL.Types;
using TriThuc.Modules.Science.Councils;
using TriThuc.Modules.Science.Fund;
using TriThuc.Modules.Science.Initiatives;
using TriThuc.Modules.Science.Projects;

namespace TriThuc.Modules.Science.GraphQL;

public sealed class ScienceProjectStatusType : EnumerationGraphType<ProjectStatus>
{
    public ScienceProjectStatusType()
    {
        Name = "ScienceProjectStatus";
        Description = "Trạng thái đề tài: đề xuất → đang thẩm định → được phê duyệt hoặc không → đang thực hiện → đang nghiệm thu → nghiệm thu đạt hoặc không đạt → đã ứng dụng vào thực tiễn.";
    }
}

public sealed class ScienceProjectLevelType : EnumerationGraphType<ProjectLevel>
{
    public ScienceProjectLevelType()
    {
        Name = "ScienceProjectLevel";
        Description = "Cấp đề tài: quốc gia, tỉnh, cơ sở.";
    }
}

public sealed class AcceptanceGradeType : EnumerationGraphType<AcceptanceGrade>
{
    public AcceptanceGradeType()
    {
        Name = "ScienceAcceptanceGrade";
        Description = "Xếp loại nghiệm thu: xuất sắc, khá, đạt.";
    }
}

public sealed class CouncilKindType : EnumerationGraphType<CouncilKind>
{
    public CouncilKindType()
    {
        Name = "ScienceCouncilKind";
        Description = "Loại hội đồng: thẩm định (APPRAISAL) hoặc nghiệm thu (ACCEPTANCE).";
    }
}

public sealed class CouncilRoleType : EnumerationGraphType<CouncilRole>
{
    public CouncilRoleType()
    {
        Name = "ScienceCouncilRole";
        Description = "Vai trò trong hội đồng: chủ tịch, phản biện, thư ký, ủy viên.";
    }
}

public sealed class CouncilVerdictType : EnumerationGraphType<CouncilVerdict>
{
    public CouncilVerdictType()
    {
        Name = "ScienceCouncilVerdict";
        Description = "Kết luận của hội đồng: chưa đủ điều kiện kết luận (PENDING), đạt, không đạt.";
    }
}

public sealed class FundSourceType : EnumerationGraphType<FundSource>
{
    public FundSourceType()
    {
        Name = "FundSource";
        Description = "Nguồn vốn của Quỹ: ngân sách nhà nước, doanh nghiệp, tài trợ, nguồn khác.";
    }
}

public sealed class FundCallStatusType : EnumerationGraphType<FundCallStatus>
{
    public FundCallStatusType()
    {
        Name = "FundCallStatus";
        Description = "Tình trạng đợt gọi hồ sơ hôm nay: sắp mở, đang nhận hồ sơ, đã đóng.";
    }
}

public sealed class FundApplicationStatusType : EnumerationGraphType<FundApplicationStatus>
{
    public FundApplicationStatusType()
    {
        Name = "FundApplicationStatus";
        Description = "Tình trạng hồ sơ đề nghị tài trợ: đã nộp, được tài trợ, không được tài trợ.";
    }
}

public sealed class InitiativeKindType : EnumerationGraphType<InitiativeKind>
{
    public InitiativeKindType()
    {
        Name = "InitiativeKind";
        Description = "Sáng kiến (INITIATIVE) hoặc sáng chế (PATENT).";
    }
}

public sealed class RecognitionLevelType : EnumerationGraphType<RecognitionLevel>
{
    public RecognitionLevelType()
    {
        Name = "InitiativeRecognitionLevel";
        Description = "Cấp công nhận: cơ sở, tỉnh, quốc gia, quốc tế.";
    }
}
