using TriThuc.Modules.Associations.Associations;

namespace TriThuc.Modules.Associations.Consultations;

/// <summary>
/// The rules of a consultation: a deadline after receipt; no one with a conflict (a drafter, or declared) on the panel,
/// whoever asks; opinions from seated experts only; an opinion delivered once and never edited, only superseded; one
/// answer per recommendation of the current opinion.
/// </summary>
public static class ConsultationRules
{
    public const int MaxSubjectLength = 500, MaxDocumentsLength = 2000, MaxTextLength = 20_000, MaxRecommendationLength = 4000, MaxRecommendations = 200;

    public static ConsultationRequest New(ConsultationRequestInput input, Association association, DateOnly today)
    {
        var subject = Require.Text(input.Subject, MaxSubjectLength, "subject", "Tên nội dung được tư vấn, phản biện");
        var documents = (input.Documents ?? "").Trim();
        if (documents.Length > MaxDocumentsLength)
        {
            throw DomainException.Validation("documents", $"Danh mục tài liệu tối đa {MaxDocumentsLength} ký tự.");
        }

        Require.NotAfter(input.ReceivedOn, today, "receivedOn");
        if (input.Deadline <= input.ReceivedOn)
        {
            throw DomainException.Validation("deadline", $"Hạn trả lời phải sau ngày nhận yêu cầu ({input.ReceivedOn:dd/MM/yyyy}).");
        }

        if (association.StatusOn(input.ReceivedOn) is not AssociationStatus.Active)
        {
            throw DomainException.Validation("associationId", $"Ngày {input.ReceivedOn:dd/MM/yyyy} hội {association.Title} không hoạt động; hãy giao cho hội khác.");
        }

        var request = new ConsultationRequest
        {
            AgencyUnitId = input.AgencyUnitId, Subject = subject, SubjectKind = input.SubjectKind, Kind = input.Kind, Documents = documents,
            ReceivedOn = input.ReceivedOn, Deadline = input.Deadline, AssociationId = association.Id,
        };
        request.Conflicts.AddRange(input.DrafterIds.Distinct().Select(p => new ConsultationConflict { RequestId = request.Id, PersonId = p, Reason = ConflictReason.Drafter }));
        return request;
    }

    /// <summary>A declared conflict: recorded once, and it takes the person off the panel if they sat on it.</summary>
    public static ConsultationConflict Declare(ConsultationRequest request, Guid personId)
    {
        if (request.Conflicts.Any(c => c.PersonId == personId))
        {
            throw DomainException.Conflict("Người này đã được ghi là có xung đột lợi ích với yêu cầu này.", "personId");
        }

        var conflict = new ConsultationConflict { RequestId = request.Id, PersonId = personId, Reason = ConflictReason.Declared };
        request.Conflicts.Add(conflict);
        return conflict;
    }

    public static PanelSeat Seat(ConsultationRequest request, Guid personId)
    {
        if (request.Conflicts.FirstOrDefault(c => c.PersonId == personId) is { } conflict)
        {
            throw DomainException.Conflict(conflict.Reason == ConflictReason.Drafter
                ? "Người này tham gia soạn thảo nội dung được tư vấn, phản biện; không được vào hội đồng chuyên gia của yêu cầu này."
                : "Người này có xung đột lợi ích đã khai báo với yêu cầu này; không được vào hội đồng chuyên gia.", "personId");
        }

        if (request.Panel.Any(s => s.PersonId == personId))
        {
            throw DomainException.Conflict("Người này đã ở trong hội đồng chuyên gia của yêu cầu.", "personId");
        }

        if (request.CurrentOpinion is { } delivered)
        {
            throw DomainException.Conflict($"Ý kiến tổng hợp đã gửi ngày {delivered.DeliveredOn:dd/MM/yyyy}; không bổ sung chuyên gia.", "personId");
        }

        var seat = new PanelSeat { RequestId = request.Id, PersonId = personId };
        request.Panel.Add(seat);
        return seat;
    }

    public static ExpertOpinion Opinion(ConsultationRequest request, ExpertOpinionInput input, DateOnly today)
    {
        if (request.Panel.All(s => s.PersonId != input.PersonId))
        {
            throw DomainException.Validation("personId", "Chỉ chuyên gia trong hội đồng của yêu cầu mới gửi ý kiến.");
        }

        var text = Require.Text(input.Text, MaxTextLength, "text", "Nội dung ý kiến");
        Require.NotAfter(input.GivenOn, today, "givenOn");
        if (input.GivenOn < request.ReceivedOn)
        {
            throw DomainException.Validation("givenOn", $"Ngày ý kiến không được trước ngày nhận yêu cầu ({request.ReceivedOn:dd/MM/yyyy}).");
        }

        var opinion = new ExpertOpinion { RequestId = request.Id, PersonId = input.PersonId, Text = text, GivenOn = input.GivenOn };
        request.ExpertOpinions.Add(opinion);
        return opinion;
    }

    /// <summary>The first delivery of a request, or (with <paramref name="superseded"/>) a new opinion replacing the current one.</summary>
    public static ConsolidatedOpinion Deliver(ConsultationRequest request, ConsolidatedOpinionInput input, ConsolidatedOpinion? superseded, DateOnly today)
    {
        var current = request.CurrentOpinion;
        if (superseded is null && current is not null)
        {
            throw DomainException.Conflict(
                $"Ý kiến tổng hợp đã gửi ngày {current.DeliveredOn:dd/MM/yyyy} và không sửa được; hãy ghi một ý kiến thay thế.", "deliveredOn");
        }

        if (superseded is not null && superseded.Id != current?.Id)
        {
            throw DomainException.Conflict("Ý kiến này đã được thay thế; chỉ thay thế được ý kiến hiện hành.", "id");
        }

        var summary = Require.Text(input.Summary, MaxTextLength, "summary", "Nội dung ý kiến tổng hợp");
        Require.NotAfter(input.DeliveredOn, today, "deliveredOn");
        var earliest = superseded?.DeliveredOn ?? request.ReceivedOn;
        if (input.DeliveredOn < earliest)
        {
            throw DomainException.Validation("deliveredOn", $"Ngày gửi không được trước ngày {earliest:dd/MM/yyyy}.");
        }

        var items = (input.Recommendations ?? []).Select(r => r?.Trim() ?? "").ToList();
        if (items.Count is 0 or > MaxRecommendations || items.Any(r => r.Length is 0 or > MaxRecommendationLength))
        {
            throw DomainException.Validation("recommendations",
                $"Ý kiến tổng hợp cần từ 1 đến {MaxRecommendations} kiến nghị, mỗi kiến nghị có nội dung, tối đa {MaxRecommendationLength} ký tự.");
        }

        var opinion = new ConsolidatedOpinion { RequestId = request.Id, SupersedesId = superseded?.Id, Summary = summary, DeliveredOn = input.DeliveredOn };
        opinion.Recommendations.AddRange(items.Select((text, i) => new Recommendation { OpinionId = opinion.Id, RequestId = request.Id, Number = i + 1, Text = text }));
        request.Opinions.Add(opinion);
        return opinion;
    }

    public static RecommendationResponse Answer(ConsultationRequest request, Recommendation recommendation, ResponseInput input, DateOnly today)
    {
        var opinion = request.Opinions.Single(o => o.Id == recommendation.OpinionId);
        if (opinion.Id != request.CurrentOpinion?.Id)
        {
            throw DomainException.Conflict("Kiến nghị này thuộc ý kiến tổng hợp đã được thay thế; hãy trả lời kiến nghị của ý kiến hiện hành.", "id");
        }

        if (recommendation.Response is { } given)
        {
            throw DomainException.Conflict($"Kiến nghị số {recommendation.Number} đã được trả lời ngày {given.AnsweredOn:dd/MM/yyyy}.", "id");
        }

        var text = Require.Text(input.Text, MaxTextLength, "text", input.Kind == ResponseKind.Accepted ? "Nội dung tiếp thu" : "Nội dung giải trình");
        Require.NotAfter(input.AnsweredOn, today, "answeredOn");
        if (input.AnsweredOn < opinion.DeliveredOn)
        {
            throw DomainException.Validation("answeredOn", $"Ngày trả lời không được trước ngày nhận ý kiến ({opinion.DeliveredOn:dd/MM/yyyy}).");
        }

        var response = new RecommendationResponse { RecommendationId = recommendation.Id, Kind = input.Kind, Text = text, AnsweredOn = input.AnsweredOn };
        recommendation.Response = response;
        return response;
    }
}
