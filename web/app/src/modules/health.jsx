import { useState } from 'react';
import { useQuery } from '../useQuery.js';
import { formatDate, formatNumber } from '../format.js';
import { label } from '../labels.js';
import { href } from '../router.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { Pager } from '../components/Pager.jsx';
import { SubNav } from '../components/SubNav.jsx';
import { Table } from '../components/Table.jsx';

const section = 'y-te';
const licenceFields = 'id number title scope issuedOn expiresOn status renewalDueBy cmeHours cmeHoursMissing holder { id fullName }';
const licencesQuery = `query Licences($after: String) {
  healthLicences(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${licenceFields} } }
}`;
const expiringQuery = `query Expiring($after: String) {
  healthLicencesExpiring(withinDays: 90, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${licenceFields} } }
}`;

/** Practising licences with their status and continuing-education hours; those expiring within 90 days on request. */
function Licences() {
  const [expiring, setExpiring] = useState(false);
  const [after, setAfter] = useState([null]);
  const { data, error, loading } = useQuery(expiring ? expiringQuery : licencesQuery, { after: after.at(-1) });
  const page = data?.healthLicences ?? data?.healthLicencesExpiring;
  return (
    <>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label><input type="checkbox" checked={expiring} onChange={(e) => { setExpiring(e.target.checked); setAfter([null]); }} /> Chỉ giấy phép hết hạn trong 90 ngày tới</label>
        <span aria-live="polite">{page ? `${formatNumber(page.totalCount)} giấy phép` : loading ? 'Đang tải…' : ''}</span>
      </form>
      <ErrorMessage error={error} />
      {page && (
        <Table label="Giấy phép hành nghề" testId="licences" rows={page.nodes} empty="Không có giấy phép nào."
          headers={['Người hành nghề', 'Số giấy phép', 'Chức danh, phạm vi', 'Cấp ngày', 'Hạn (nộp gia hạn trước)', 'Tình trạng', 'Đào tạo liên tục']}
          cells={(l) => [
            <a href={href(['nguoi', l.holder.id])}>{l.holder.fullName}</a>, l.number,
            `${label('HealthProfessionalTitle', l.title)}; ${l.scope}`, formatDate(l.issuedOn),
            `${formatDate(l.expiresOn)} (${formatDate(l.renewalDueBy)})`, label('HealthLicenceStatus', l.status),
            `${formatNumber(l.cmeHours)}/120 giờ${l.cmeHoursMissing ? `, thiếu ${formatNumber(l.cmeHoursMissing)}` : ''}`,
          ]} />
      )}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

const facilitiesQuery = `query Facilities($after: String) {
  healthFacilities(first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id unitName level beds hasDoctorPost areaClass { zone isBorder isExtremelyDifficult } }
  }
}`;

function Facilities() {
  const [after, setAfter] = useState([null]);
  const { data, error } = useQuery(facilitiesQuery, { after: after.at(-1) });
  const page = data?.healthFacilities;
  if (error) return <ErrorMessage error={error} />;
  if (!page) return <p role="status">Đang tải cơ sở y tế…</p>;
  return (
    <>
      <Table label="Cơ sở y tế" testId="facilities" rows={page.nodes} empty="Chưa ghi cơ sở y tế nào."
        headers={['Cơ sở', 'Tuyến, loại', 'Số giường', 'Định biên bác sĩ', 'Khu vực hôm nay']}
        cells={(f) => [f.unitName, label('HealthFacilityLevel', f.level), formatNumber(f.beds), f.hasDoctorPost ? 'Có' : 'Không',
          f.areaClass ? [label('AreaZone', f.areaClass.zone), f.areaClass.isBorder ? 'biên giới' : null, f.areaClass.isExtremelyDifficult ? 'đặc biệt khó khăn' : null].filter(Boolean).join(', ') : '—']} />
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

function HealthPage({ parts }) {
  const items = [{ key: 'giay-phep', label: 'Giấy phép hành nghề' }, { key: 'co-so', label: 'Cơ sở y tế' }];
  const current = items.some((i) => i.key === parts[1]) ? parts[1] : 'giay-phep';
  return (
    <>
      <h1>Y tế</h1>
      <SubNav label="Mục của trang y tế" section={section} items={items} current={current} />
      <h2>{items.find((i) => i.key === current).label}</h2>
      {current === 'giay-phep' ? <Licences /> : <Facilities />}
    </>
  );
}

/** The health department's page: licences and facilities are records (editors and administrators). */
export const healthPage = { module: 'Health', section, label: 'Y tế', canOpen: (user) => user.canReadRecords('Health'), Page: HealthPage };

/** What the Health module adds to a person's profile: practising licences, continuing education, postings. */
export const healthProfile = {
  module: 'Health',
  fields: `healthPractisingLicences { id number title issuedOn expiresOn status cmeHours cmeHoursMissing }
    healthCmeActivities { id title provider completedOn hours }
    healthPostings { id kind decision startsOn plannedEndOn endedOn toFacility { unitName } }`,
  Section({ person }) {
    const completed = person.healthCmeActivities.filter((a) => a.completedOn);
    return (
      <section aria-labelledby="ho-so-y-te">
        <h2 id="ho-so-y-te">Y tế</h2>
        <Table label="Giấy phép hành nghề" rows={person.healthPractisingLicences} empty="Không có giấy phép hành nghề."
          headers={['Số giấy phép', 'Chức danh', 'Cấp ngày', 'Hạn', 'Tình trạng', 'Đào tạo liên tục']}
          cells={(l) => [l.number, label('HealthProfessionalTitle', l.title), formatDate(l.issuedOn), formatDate(l.expiresOn),
            label('HealthLicenceStatus', l.status), `${formatNumber(l.cmeHours)} giờ${l.cmeHoursMissing ? `, còn thiếu ${formatNumber(l.cmeHoursMissing)}` : ''}`]} />
        {completed.length > 0 && (
          <p>Đã hoàn thành {completed.length} hoạt động đào tạo liên tục, {formatNumber(completed.reduce((s, a) => s + a.hours, 0))} giờ.</p>
        )}
        {person.healthPostings.length > 0 && (
          <Table label="Điều động về cơ sở" rows={person.healthPostings} empty=""
            headers={['Hình thức', 'Cơ sở đến', 'Quyết định', 'Thời gian']}
            cells={(p) => [label('HealthPostingKind', p.kind), p.toFacility.unitName, p.decision,
              `${formatDate(p.startsOn)} – ${formatDate(p.endedOn ?? p.plannedEndOn)}`]} />
        )}
      </section>
    );
  },
};
