using TriThuc.Modules.Registry.Contracts;
using TriThuc.SharedKernel.Experts;

namespace TriThuc.Modules.Registry.Experts;

public sealed class ExpertType : ObjectGraphType<RankedExpert>
{
    public ExpertType()
    {
        Name = "Expert";
        Description = "Một người mà công cụ tìm chuyên gia xếp hạng theo một chủ đề, với điểm và các bằng chứng. Không có id: tính khi được hỏi (khóa: person.id trong một lần tìm).";
        this.PersonField("person", e => e.PersonId).Description("Người được đề xuất.");
        Field<NonNullGraphType<IntGraphType>>("score").Description("Điểm: tổng trọng số các bằng chứng (cách tính trong docs/university.md, mục \"Expert finder\").")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpertEvidenceType>>>>("evidence")
            .Description("Các bằng chứng về chuyên môn theo chủ đề, trọng số lớn trước, mới trước.")
            .Resolve(c => c.Source.Evidence);
    }
}

public sealed class ExpertEvidenceType : ObjectGraphType<ExpertEvidence>
{
    public ExpertEvidenceType()
    {
        Name = "ExpertEvidence";
        Description = "Một bằng chứng về chuyên môn của một người: bằng cấp, học hàm, đề tài, ghế hội đồng, kết quả nghiên cứu. Không có id: một dòng của kết quả tìm kiếm; recordId trỏ tới bản ghi gốc trong phân hệ, khi có.";
        Field<NonNullGraphType<EnumType<ExpertEvidenceKind>>>("kind").Description("Loại bằng chứng.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("module").Description("Phân hệ giữ bản ghi, ví dụ \"Science\".").Resolve(c => c.Source.Module);
        Field<IdGraphType>("recordId").Description("Mã bản ghi trong phân hệ đó (văn bằng, đề tài, kết quả nghiên cứu), khi có.").Resolve(c => c.Source.RecordId);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Mô tả bằng chứng, ví dụ \"Tiến sĩ Y tế công cộng\".").Resolve(c => c.Source.Label);
        Field<IntGraphType>("year").Description("Năm của bằng chứng, khi biết.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("weight").Description("Số điểm bằng chứng này cộng vào điểm của người.").Resolve(c => c.Source.Weight);
    }
}
