import { formatDate } from '../format.js';
import { Table } from '../components/Table.jsx';

/** What the Education module adds to a person's profile: teaching, standard assessments (the ratings are personal data, not asked for), coached teams. */
export const educationProfile = {
  module: 'Education',
  fields: `educationTeachingAssignments { id title startedOn endedOn }
    educationStandardAssessments { id schoolYear finalisedOn }
    educationCoachedTeams { id subject }`,
  Section({ person }) {
    return (
      <section aria-labelledby="ho-so-giao-duc">
        <h2 id="ho-so-giao-duc">Giáo dục và đào tạo</h2>
        <Table label="Phân công giảng dạy" rows={person.educationTeachingAssignments} empty="Không có phân công giảng dạy."
          headers={['Môn dạy', 'Từ', 'Đến']} cells={(a) => [a.title, formatDate(a.startedOn), a.endedOn ? formatDate(a.endedOn) : 'nay']} />
        {person.educationStandardAssessments.length > 0 && (
          <p>Đánh giá theo chuẩn nghề nghiệp: {person.educationStandardAssessments.map((a) => `năm học ${a.schoolYear}–${a.schoolYear + 1}${a.finalisedOn ? '' : ' (chưa đánh giá xong)'}`).join('; ')}.</p>
        )}
        {person.educationCoachedTeams.length > 0 && (
          <p>Bồi dưỡng đội tuyển học sinh giỏi: {person.educationCoachedTeams.map((t) => t.subject).join(', ')}.</p>
        )}
      </section>
    );
  },
};
