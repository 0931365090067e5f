import { formatDate, formatNumber } from '../format.js';
import { label } from '../labels.js';
import { Table } from '../components/Table.jsx';

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
