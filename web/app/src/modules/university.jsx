import { formatNumber } from '../format.js';
import { label } from '../labels.js';
import { Table } from '../components/Table.jsx';

/** What the University module adds to a person's profile: courses taken at the branch, research outputs, lecturer workloads (without the assessment, personal data). */
export const universityProfile = {
  module: 'University',
  fields: `universityEnrolments { id result course { id title hours } }
    universityResearchOutputs { id title kind year venue }
    universityLecturerWorkloads { id academicYear teachingHours teachingNorm researchHours }`,
  Section({ person }) {
    return (
      <section aria-labelledby="ho-so-dai-hoc">
        <h2 id="ho-so-dai-hoc">Phân hiệu đại học</h2>
        <Table label="Khóa bồi dưỡng tại phân hiệu" rows={person.universityEnrolments} empty="Không học khóa bồi dưỡng nào tại phân hiệu."
          headers={['Khóa học', 'Số tiết', 'Kết quả']} cells={(e) => [e.course.title, e.course.hours, label('UniversityEnrolmentResult', e.result)]} />
        {person.universityResearchOutputs.length > 0 && (
          <Table label="Kết quả nghiên cứu tại phân hiệu" rows={person.universityResearchOutputs} empty=""
            headers={['Năm', 'Công trình', 'Loại', 'Nơi công bố']} cells={(r) => [r.year, r.title, label('UniversityResearchOutputKind', r.kind), r.venue ?? '—']} />
        )}
        {person.universityLecturerWorkloads.length > 0 && (
          <Table label="Khối lượng giảng dạy, nghiên cứu" rows={person.universityLecturerWorkloads} empty=""
            headers={['Năm học', 'Giờ chuẩn giảng dạy', 'Định mức', 'Giờ nghiên cứu']}
            cells={(w) => [`${w.academicYear}–${w.academicYear + 1}`, formatNumber(w.teachingHours), formatNumber(w.teachingNorm), formatNumber(w.researchHours)]} />
        )}
      </section>
    );
  },
};
