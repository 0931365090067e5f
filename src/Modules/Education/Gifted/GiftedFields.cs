namespace TriThuc.Modules.Education.Gifted;

/// <summary>The gifted pipeline: contests, teams, pupils, entries and prizes, the consent-gated link, and the teams a person coaches.</summary>
internal sealed class GiftedFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<EducationContestType>("educationContests")
            .Description("Danh sách kỳ thi học sinh giỏi, mới nhất trước.")
            .Argument<IntGraphType>("schoolYear", "Năm bắt đầu của năm học.")
            .Access(FieldAccess.Records)
            .Page((GiftedService gifted, FieldArgs a) => gifted.Contests(a.Get<int?>("schoolYear")));
        graphql.Query.Paged<EducationContestEntryType>("educationContestEntries")
            .Description("Học sinh dự thi một kỳ thi, giải cao trước; thông tin học sinh cần quyền đọc dữ liệu cá nhân.")
            .Argument<NonNullGraphType<IdGraphType>>("contestId", "Kỳ thi.")
            .Access(FieldAccess.Records)
            .Page((GiftedService gifted, FieldArgs a) => gifted.Entries(a.Get<Guid>("contestId")));

        graphql.Mutation.Field<NonNullGraphType<EducationContestType>>("recordEducationContest")
            .Description("Ghi một kỳ thi học sinh giỏi.")
            .Argument<NonNullGraphType<EducationContestInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RecordContestAsync(a.Input<ContestInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationTeamType>>("recordEducationTeam")
            .Description("Ghi đội tuyển của tỉnh cho một môn của kỳ thi, với giáo viên bồi dưỡng.")
            .Argument<NonNullGraphType<EducationTeamInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RecordTeamAsync(a.Input<TeamInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationPupilType>>("recordEducationPupil")
            .Description("Lập hồ sơ tối thiểu của một học sinh với căn cứ xử lý dữ liệu.")
            .Argument<NonNullGraphType<EducationPupilInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RecordPupilAsync(a.Input<PupilInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationContestEntryType>>("recordEducationContestEntry")
            .Description("Ghi một học sinh dự thi một môn của kỳ thi, với giải nếu có.")
            .Argument<NonNullGraphType<EducationContestEntryInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RecordEntryAsync(a.Input<EntryInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationPupilType>>("linkEducationPupil")
            .Description("Liên kết một học sinh (đã đồng ý được theo dõi) với hồ sơ trí thức của em sau này, khi số định danh khớp số đã ghi cho học sinh và số trên chính hồ sơ trí thức đó.")
            .Argument<NonNullGraphType<IdGraphType>>("pupilId", "Học sinh.")
            .Argument<NonNullGraphType<IdGraphType>>("personId", "Hồ sơ trí thức.")
            .Argument<NonNullGraphType<StringGraphType>>("nationalId", "Số định danh cá nhân của người đó (12 chữ số); không được lưu.")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.LinkAsync(a.Get<Guid>("pupilId"), a.Get<Guid>("personId"), a.Get<string>("nationalId"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationPupilType>>>>("matchEducationFormerPupils")
            .Description("Đối chiếu với cơ sở dữ liệu trí thức: liên kết mọi học sinh từng đạt giải, đã đồng ý được theo dõi và chưa liên kết, có số định danh (dạng băm có khóa) trùng với hồ sơ của một trí thức. Trả về các học sinh vừa được liên kết.")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.MatchFormerPupilsAsync(a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationPupilType>>("withdrawEducationPupilConsent")
            .Description("Ghi việc học sinh (hoặc cha mẹ, người giám hộ) rút lại sự đồng ý theo dõi: bỏ liên kết với hồ sơ trí thức và xóa mã băm số định danh; kết quả thi vẫn giữ.")
            .Argument<NonNullGraphType<IdGraphType>>("pupilId", "Học sinh.")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.WithdrawConsentAsync(a.Get<Guid>("pupilId"), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<EducationContestType>>("correctEducationContest")
            .Description("Sửa một kỳ thi (tên, cấp, năm học, ngày thi) theo các quy tắc khi ghi.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EducationContestInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.CorrectContestAsync(a.Id, a.Input<ContestInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<IdGraphType>>("removeEducationContest")
            .Description("Xóa một kỳ thi ghi nhầm; chỉ khi kỳ thi không còn đội tuyển và kết quả dự thi nào. Trả về mã đã xóa.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RemoveContestAsync(a.Id, a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationTeamType>>("correctEducationTeam")
            .Description("Sửa môn và giáo viên bồi dưỡng của một đội tuyển (trong cùng kỳ thi); đổi môn chỉ khi chưa có học sinh dự thi trong đội.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EducationTeamInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.CorrectTeamAsync(a.Id, a.Input<TeamInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<IdGraphType>>("removeEducationTeam")
            .Description("Xóa một đội tuyển; chỉ khi không còn học sinh dự thi trong đội. Trả về mã đã xóa.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RemoveTeamAsync(a.Id, a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationPupilType>>("correctEducationPupil")
            .Description("Sửa hồ sơ tối thiểu của một học sinh; sự đồng ý theo dõi và số định danh không sửa ở đây.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EducationPupilInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.CorrectPupilAsync(a.Id, a.Input<PupilInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<IdGraphType>>("removeEducationPupil")
            .Description("Xóa hồ sơ một học sinh; chỉ khi em không còn kết quả dự thi nào. Trả về mã đã xóa.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RemovePupilAsync(a.Id, a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<EducationContestEntryType>>("correctEducationContestEntry")
            .Description("Sửa môn, điểm, giải và đội tuyển của một kết quả dự thi (cùng kỳ thi, cùng học sinh).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EducationContestEntryInputType>>("input")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.CorrectEntryAsync(a.Id, a.Input<EntryInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<IdGraphType>>("removeEducationContestEntry")
            .Description("Xóa một kết quả dự thi ghi nhầm. Trả về mã đã xóa.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Writes()
            .ResolveAsync((GiftedService gifted, FieldArgs a) => gifted.RemoveEntryAsync(a.Id, a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationTeamType>>>>("educationCoachedTeams")
            .Description("Các đội tuyển học sinh giỏi người này bồi dưỡng.")
            .Access(FieldAccess.Records)
            .Resolve((GiftedLoaders loaders, FieldArgs a) => loaders.CoachedTeams.Load(a.SourceId));
    }
}
