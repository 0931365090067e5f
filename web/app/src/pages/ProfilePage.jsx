import { useState } from 'react';
import { useQuery } from '../useQuery.js';
import { formatDate, formatDateTime } from '../format.js';
import { label } from '../labels.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { profileSections } from '../modules/profileSections.js';

// Asked for only when the user asks to see them: each read of personal data is logged against the reader.
const personalQuery = `query PersonalData($id: ID!) { intellectual(id: $id) { id dateOfBirth nationalId phone ethnicGroup { name } } }`;

function profileQuery(sections) {
  return `query Profile($id: ID!) {
  intellectual(id: $id) {
    id fullName gender staffCode email jobTitle isPublicSector isRemotePosting status statusSince mergedIntoId
    unit { id name } field { name } academicTitle academicTitleYear politicalTheoryLevel
    qualifications { id degree field institution country year }
    languages { id language level }
    positions { id title level startDate endDate }
    trainings { id kind title provider startDate endDate hours }
    honours { id year title awardedBy }
    history { id action changedBy changedAt changes }
    ${sections.map((s) => s.fields).join('\n    ')}
  }
}`;
}

/** One intellectual: the Registry's record, what each running module adds, and its change history. */
export function ProfilePage({ id, user, platform }) {
  const running = new Set(platform.modules.map((m) => m.name));
  const sections = profileSections.filter((s) => running.has(s.module) && user.canReadRecords(s.module));
  const personal = user.canReadPersonalData('Registry');
  const { data, error, loading } = useQuery(profileQuery(sections), { id });
  const person = data?.intellectual;

  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <p role="status">Đang tải hồ sơ…</p>;
  if (!person) return <><h1>Không tìm thấy hồ sơ</h1><p><a href="#/nguoi">Về danh sách</a></p></>;

  return (
    <>
      <p><a href="#/nguoi">← Về danh sách trí thức</a></p>
      <h1>{person.fullName}</h1>
      {person.mergedIntoId && <p className="error" role="note">Hồ sơ này đã được gộp vào <a href={`#/nguoi/${person.mergedIntoId}`}>một hồ sơ khác</a>.</p>}
      <dl className="facts profile">
        <dt>Đơn vị</dt><dd>{person.unit.name}</dd>
        <dt>Chức danh</dt><dd>{person.jobTitle ?? '—'}</dd>
        <dt>Lĩnh vực</dt><dd>{person.field.name}</dd>
        <dt>Giới tính</dt><dd>{label('Gender', person.gender)}</dd>
        <dt>Tình trạng</dt><dd>{label('EmploymentStatus', person.status)}{person.statusSince ? ` từ ${formatDate(person.statusSince)}` : ''}</dd>
        <dt>Khu vực</dt><dd>{person.isPublicSector ? 'Khu vực công' : 'Ngoài khu vực công'}{person.isRemotePosting ? '; công tác ở vùng sâu, vùng xa' : ''}</dd>
        {person.academicTitle && <><dt>Chức danh khoa học</dt><dd>{label('AcademicTitle', person.academicTitle)} ({person.academicTitleYear})</dd></>}
        {person.politicalTheoryLevel && <><dt>Lý luận chính trị</dt><dd>{label('PoliticalTheoryLevel', person.politicalTheoryLevel)}</dd></>}
        <dt>Mã cán bộ</dt><dd>{person.staffCode ?? '—'}</dd>
        <dt>Thư điện tử</dt><dd>{person.email ?? '—'}</dd>
        {personal ? (
          <PersonalData key={id} id={id} />
        ) : (
          <><dt>Dữ liệu cá nhân</dt><dd className="muted">Cần quyền xem dữ liệu cá nhân (ngày sinh, dân tộc, số định danh, điện thoại).</dd></>
        )}
      </dl>

      <Records title="Bằng cấp" rows={person.qualifications} empty="Chưa có bằng cấp." headers={['Trình độ', 'Chuyên ngành', 'Nơi đào tạo', 'Năm']}
        cells={(q) => [label('Degree', q.degree), q.field, [q.institution, q.country].filter(Boolean).join(', ') || '—', q.year]} />
      <Records title="Chức vụ lãnh đạo, quản lý" rows={person.positions} empty="Chưa giữ chức vụ nào." headers={['Chức vụ', 'Cấp', 'Từ', 'Đến']}
        cells={(p) => [p.title, label('PositionLevel', p.level), formatDate(p.startDate), p.endDate ? formatDate(p.endDate) : 'nay']} />
      <Records title="Đào tạo, bồi dưỡng" rows={person.trainings} empty="Chưa có khóa đào tạo, bồi dưỡng nào." headers={['Khóa', 'Loại', 'Nơi tổ chức', 'Thời gian', 'Số giờ']}
        cells={(t) => [t.title, label('TrainingKind', t.kind), t.provider, `${formatDate(t.startDate)} – ${formatDate(t.endDate)}`, t.hours]} />
      <Records title="Ngoại ngữ" rows={person.languages} empty="Chưa khai ngoại ngữ." headers={['Ngôn ngữ', 'Bậc']} cells={(l) => [l.language, l.level]} />
      <Records title="Khen thưởng" rows={person.honours} empty="Chưa có khen thưởng." headers={['Năm', 'Danh hiệu', 'Cấp khen']} cells={(h) => [h.year, h.title, h.awardedBy]} />

      {sections.map((s) => <s.Section key={s.module} person={person} />)}

      <Records title="Lịch sử thay đổi" rows={person.history} empty="Chưa có thay đổi nào." headers={['Lúc', 'Người thay đổi', 'Việc', 'Nội dung']}
        cells={(h) => [formatDateTime(h.changedAt), h.changedBy, actionNames[h.action] ?? h.action, <Changes json={h.changes} />]} />
    </>
  );
}

/** Birth date, ethnic group, national ID and phone, asked for when the user presses the button (each read is logged). */
function PersonalData({ id }) {
  const [asked, setAsked] = useState(false);
  const { data, error } = useQuery(personalQuery, { id }, { skip: !asked });
  const person = data?.intellectual;
  if (!asked || error || !person) {
    return (
      <>
        <dt>Dữ liệu cá nhân</dt>
        <dd>
          {asked && !error ? <span role="status">Đang tải…</span> : (
            <button type="button" onClick={() => setAsked(true)}>Xem dữ liệu cá nhân</button>
          )}
          <span className="muted"> Ngày sinh, dân tộc, số định danh, điện thoại; mỗi lần xem được ghi nhật ký.</span>
          <ErrorMessage error={error} />
        </dd>
      </>
    );
  }
  return (
    <>
      <dt>Ngày sinh</dt><dd>{formatDate(person.dateOfBirth)}</dd>
      <dt>Dân tộc</dt><dd>{person.ethnicGroup.name}</dd>
      <dt>Số định danh</dt><dd data-testid="national-id">{person.nationalId ?? '—'}</dd>
      <dt>Điện thoại</dt><dd>{person.phone ?? '—'}</dd>
    </>
  );
}

const actionNames = { Created: 'Tạo mới', Updated: 'Sửa', Deleted: 'Xóa' };

const shown = (value) => (value === null || value === undefined || value === '' ? '(trống)' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/**
 * A change's fields, each as "field: before → after". A personal field the reader may not see comes as
 * `{ personal: true, redacted: true }` without values: it reads «(đã ẩn)», not «(trống)», which would claim it was empty.
 */
function Changes({ json }) {
  let changes;
  try {
    changes = Object.entries(JSON.parse(json));
  } catch {
    return <span>{json}</span>;
  }
  return (
    <ul className="changes">
      {changes.map(([field, change]) => (
        <li key={field}>
          <strong>{field}</strong>: {change?.redacted ? <span className="muted" title="Cần quyền xem dữ liệu cá nhân">(đã ẩn)</span> : <>{shown(change?.before)} → {shown(change?.after)}</>}
        </li>
      ))}
    </ul>
  );
}

function Records({ title, rows, empty, headers, cells }) {
  const id = `muc-${title.replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="list">
          <thead><tr>{headers.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id ?? index}>{cells(row).map((cell, i) => <td key={i}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
