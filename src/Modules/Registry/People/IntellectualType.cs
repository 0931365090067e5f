using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.People;

public sealed class IntellectualType : ObjectGraphType<Intellectual>
{
    private static readonly Dictionary<string, EthnicGroup> EthnicGroups = ReferenceData.EthnicGroups.ToDictionary(g => g.Code);
    private static readonly Dictionary<string, ExpertiseField> ExpertiseFields = ReferenceData.ExpertiseFields.ToDictionary(f => f.Code);

    public IntellectualType()
    {
        Name = "Intellectual";
        Description = "Một trí thức trong cơ sở dữ liệu của tỉnh.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Version).Description("Phiên bản của hồ sơ, tăng sau mỗi lần sửa; gửi lại khi sửa (updateIntellectual) để không ghi đè thay đổi của người khác.");
        Field(p => p.FullName).Description("Họ và tên.");
        Field<NonNullGraphType<EnumType<Gender>>>("gender").Description("Giới tính.").Resolve(c => c.Source.Gender);
        Field(p => p.DateOfBirth, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày sinh (dữ liệu cá nhân được bảo vệ).").Sensitive();
        Field<NonNullGraphType<EthnicGroupType>>("ethnicGroup").Description("Dân tộc (dữ liệu cá nhân nhạy cảm).")
            .Sensitive()
            .Resolve(c => EthnicGroups[c.Source.EthnicGroupCode]);
        Field(p => p.NationalId, nullable: true).Description("Số định danh cá nhân (dữ liệu cá nhân được bảo vệ).").Sensitive();
        Field(p => p.StaffCode, nullable: true).Description("Mã cán bộ của đơn vị.");
        Field(p => p.Phone, nullable: true).Description("Số điện thoại (dữ liệu cá nhân được bảo vệ).").Sensitive();
        Field(p => p.Email, nullable: true).Description("Thư điện tử công vụ.");
        Field(p => p.JobTitle, nullable: true).Description("Chức danh, vị trí việc làm.");
        Field<NonNullGraphType<ExpertiseFieldType>>("field").Description("Lĩnh vực chuyên môn.").Resolve(c => ExpertiseFields[c.Source.FieldCode]);
        Field(p => p.IsPublicSector).Description("Làm việc trong khu vực công.");
        Field(p => p.IsRemotePosting).Description("Công tác ở vùng sâu, vùng xa, biên giới.");
        Field<NonNullGraphType<EnumType<EmploymentStatus>>>("status").Description("Tình trạng công tác.").Resolve(c => c.Source.Status);
        Field(p => p.StatusSince, type: typeof(DateOnlyGraphType)).Description("Từ ngày.");
        Field<NonNullGraphType<OrganisationUnitType>>("unit").Description("Đơn vị công tác.")
            .ResolveAsync(async (UnitService units, FieldArgs a) => (await units.FindAsync(a.Source<Intellectual>().UnitId, a.Cancellation))!);
        Field<EnumType<AcademicTitle>>("academicTitle").Description("Học hàm.").Resolve(c => c.Source.AcademicTitle);
        Field(p => p.AcademicTitleYear, nullable: true).Description("Năm được phong học hàm.");
        Field<EnumType<PoliticalTheoryLevel>>("politicalTheoryLevel").Description("Trình độ lý luận chính trị.").Resolve(c => c.Source.PoliticalTheoryLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QualificationType>>>>("qualifications").Description("Văn bằng chuyên môn.")
            .Resolve((CareerLoaders loaders, FieldArgs a) => loaders.Qualifications.Load(a.SourceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguageSkillType>>>>("languages").Description("Ngoại ngữ.")
            .Resolve((CareerLoaders loaders, FieldArgs a) => loaders.Languages.Load(a.SourceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeadershipPositionType>>>>("positions").Description("Chức vụ lãnh đạo, quản lý.")
            .Resolve((CareerLoaders loaders, FieldArgs a) => loaders.Positions.Load(a.SourceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingType>>>>("trainings").Description("Các khóa bồi dưỡng.")
            .Resolve((CareerLoaders loaders, FieldArgs a) => loaders.Trainings.Load(a.SourceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HonourType>>>>("honours").Description("Danh hiệu, khen thưởng.")
            .Resolve((CareerLoaders loaders, FieldArgs a) => loaders.Honours.Load(a.SourceId));
        Field<QualificationType>("highestQualification")
            .Description("Văn bằng cao nhất theo bậc trình độ (cùng bậc thì văn bằng có năm tốt nghiệp sau); trống khi chưa có văn bằng.")
            .Resolve((CareerLoaders loaders, FieldArgs a) => loaders.HighestQualifications.Load(a.SourceId));
        Field<TrainingType>("latestTraining")
            .Description("Khóa bồi dưỡng kết thúc gần đây nhất (cùng ngày kết thúc thì khóa bắt đầu sau); trống khi chưa có.")
            .Resolve((CareerLoaders loaders, FieldArgs a) => loaders.LatestTrainings.Load(a.SourceId));
        Field<NonNullGraphType<BooleanGraphType>>("processingRestricted")
            .Description("Dữ liệu của người này đang bị hạn chế xử lý (quyền của chủ thể dữ liệu): chỉ được lưu giữ; không thêm, sửa hay dùng vào báo cáo.")
            .Resolve((RestrictionFlags flags, FieldArgs a) => flags.Of(a.SourceId));
        Field(p => p.MergedIntoId, type: typeof(IdGraphType)).Description("Hồ sơ này đã được gộp vào hồ sơ nào (nếu có).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntellectualType>>>>("duplicateCandidates")
            .Description("Các hồ sơ có thể là cùng một người với hồ sơ này (cùng ngày sinh; trùng hoặc gần giống họ tên).")
            .Access(FieldAccess.Records)
            .Resolve((IntellectualLoaders people, FieldArgs a) => people.DuplicateCandidates(a.Source<Intellectual>()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordChangeType>>>>("history")
            .Description("Lịch sử thay đổi hồ sơ, cũ nhất trước.")
            .Access(FieldAccess.Records)
            .Resolve((IntellectualLoaders people, FieldArgs a) => people.History.Load(a.SourceId));
    }

}
