import { useState } from 'react';
import { useQuery } from '../useQuery.js';
import { formatDate, formatNumber } from '../format.js';
import { label } from '../labels.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { Pager } from '../components/Pager.jsx';
import { Table } from '../components/Table.jsx';

const coursesQuery = `query Courses($filter: UniversityCourseFilter, $after: String) {
  universityCourses(first: 25, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title kind hours startDate endDate enrolments { id result } }
  }
}`;

/** The university branch's page: courses for the province's cadres, latest first, with how many enrolled and passed. */
function UniversityPage() {
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState([null]);
  const { data, error, loading } = useQuery(coursesQuery, { filter: { search: search.trim() || undefined }, after: after.at(-1) });
  const page = data?.universityCourses;
  return (
    <>
      <h1>Phân hiệu đại học</h1>
      <h2>Khóa bồi dưỡng</h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>Tìm theo tên khóa<input type="search" value={search} onChange={(e) => { setSearch(e.target.value); setAfter([null]); }} autoComplete="off" /></label>
      </form>
      <p aria-live="polite">{page ? `${formatNumber(page.totalCount)} khóa` : loading ? 'Đang tải…' : ''}</p>
      <ErrorMessage error={error} />
      {page && (
        <Table label="Khóa bồi dưỡng" testId="courses" rows={page.nodes} empty="Chưa có khóa bồi dưỡng nào."
          headers={['Khóa học', 'Loại', 'Số tiết', 'Thời gian', 'Học viên', 'Kết quả']}
          cells={(c) => {
            const results = Object.entries(c.enrolments.reduce((count, e) => ({ ...count, [e.result]: [...(count[e.result] ?? []), e] }), {})).map(([result, list]) => `${label('UniversityEnrolmentResult', result)}: ${list.length}`);
            return [c.title, label('TrainingKind', c.kind), formatNumber(c.hours), `${formatDate(c.startDate)} – ${formatDate(c.endDate)}`, formatNumber(c.enrolments.length), results.join('; ') || '—'];
          }} />
      )}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

export const universityPage = { module: 'University', section: 'dai-hoc', label: 'Phân hiệu đại học', canOpen: (user) => user.canReadRecords('University'), Page: UniversityPage };

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
