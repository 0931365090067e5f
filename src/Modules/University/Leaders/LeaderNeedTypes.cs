using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.University.Leaders;

public sealed class UniversityLeaderCourseNeedType : ObjectGraphType<LeaderCourseNeed>
{
    public UniversityLeaderCourseNeedType()
    {
        Name = "UniversityLeaderCourseNeed";
        Description = "Một cán bộ lãnh đạo, quản lý (cấp tỉnh, sở, huyện) và khóa bồi dưỡng còn cần để được tính vào chỉ tiêu T1, T2. Không có id: tính khi được hỏi (khóa: người và ngày hỏi).";
        this.PersonField("person", n => n.Id).Description("Cán bộ lãnh đạo (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field(n => n.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị của người đó.");
        Field(n => n.NeedsCourseForT1).Description("Còn cần khóa bồi dưỡng môi trường quốc tế để được tính vào T1 (chưa có khóa đó, văn bằng nước ngoài hay ngoại ngữ bậc 4 trở lên).");
        Field(n => n.NeedsCourseForT2)
            .Description("Dưới 40 tuổi và còn cần khóa ngoại ngữ hoặc môi trường quốc tế để được tính vào T2 (cho biết tuổi: cần quyền xem dữ liệu cá nhân).")
            .Sensitive();
    }
}
