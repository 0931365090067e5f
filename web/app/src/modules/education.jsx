import { useState } from 'react';
import { useQuery } from '../useQuery.js';
import { formatDate, formatNumber } from '../format.js';
import { label } from '../labels.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { EnumSelect } from '../components/EnumSelect.jsx';
import { Pager } from '../components/Pager.jsx';
import { Table } from '../components/Table.jsx';

const schoolsQuery = `query Schools($filter: EducationSchoolFilter, $after: String) {
  educationSchools(first: 50, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id unitName level isPublic areaZone isExtremelyDifficultArea isBorderArea }
  }
}`;

/** The education department's page: schools with their level and where they stand today. */
function EducationPage() {
  const [level, setLevel] = useState('');
  const [after, setAfter] = useState([null]);
  const { data, error, loading } = useQuery(schoolsQuery, { filter: { level: level || undefined }, after: after.at(-1) });
  const page = data?.educationSchools;
  return (
    <>
      <h1>Giáo dục và đào tạo</h1>
      <h2>Trường học</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <EnumSelect label="Cấp học" enumName="EducationSchoolLevel" value={level} onChange={(e) => { setLevel(e.target.value); setAfter([null]); }} />
      </form>
      <p aria-live="polite">{page ? `${formatNumber(page.totalCount)} trường` : loading ? 'Đang tải…' : ''}</p>
      <ErrorMessage error={error} />
      {page && (
        <Table label="Trường học" testId="schools" rows={page.nodes} empty="Chưa ghi trường nào."
          headers={['Trường', 'Cấp học', 'Loại hình', 'Khu vực hôm nay']}
          cells={(s) => [s.unitName, label('EducationSchoolLevel', s.level), s.isPublic ? 'Công lập' : 'Ngoài công lập',
            [s.areaZone ? label('AreaZone', s.areaZone) : null, s.isBorderArea ? 'biên giới' : null, s.isExtremelyDifficultArea ? 'đặc biệt khó khăn' : null].filter(Boolean).join(', ') || '—']} />
      )}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

export const educationPage = { module: 'Education', section: 'giao-duc', label: 'Giáo dục', canOpen: (user) => user.canReadRecords('Education'), Page: EducationPage };

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
