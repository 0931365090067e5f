import { useState } from 'react';
import { download } from '../api.js';
import { useQuery } from '../useQuery.js';
import { formatDate, formatNumber } from '../format.js';
import { label } from '../labels.js';
import { href } from '../router.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { EnumSelect } from '../components/EnumSelect.jsx';
import { Pager } from '../components/Pager.jsx';
import { SubNav } from '../components/SubNav.jsx';
import { Table } from '../components/Table.jsx';

const section = 'doi-ngu';
const today = () => new Date().toLocaleDateString('sv-SE');
const shares = new Set(['YOUNG_SHARE', 'WOMEN_SHARE', 'ETHNIC_MINORITY_SHARE']);
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const money = (value) => (value === null || value === undefined ? '—' : `${formatNumber(value)} đ`);

/** A target's or an actual figure: a share (0,3) as 30%, a count as a number. */
function measureValue(measure, value) {
  if (value === null || value === undefined) return '—';
  return shares.has(measure) ? percent.format(Number(value)) : formatNumber(value);
}

const suppressedNote = 'Nhóm dưới ngưỡng nhóm nhỏ: tỷ lệ này cho biết đặc điểm của từng người nên chỉ người có quyền xem dữ liệu cá nhân được xem.';

/** A figure withheld by the small-group rule: a dash, with why in a tooltip and for screen readers. */
function Suppressed() {
  return <abbr title={suppressedNote} data-testid="suppressed">—<span className="visually-hidden"> (ẩn: {suppressedNote})</span></abbr>;
}

const fieldsQuery = `query Fields { expertiseFields { code name } }`;

function useFieldNames() {
  const { data } = useQuery(fieldsQuery, {});
  const names = new Map((data?.expertiseFields ?? []).map((f) => [f.code, f.name]));
  return (code) => (code ? names.get(code) ?? code : 'Mọi lĩnh vực');
}

const plansQuery = `query Plans { talentWorkforcePlans(first: 100) { nodes { id code title fromYear toYear decision youngUnderAge } } }`;

const gapsQuery = `query Gaps($plan: ID!, $on: DateOnly!) {
  talentWorkforcePlanGaps(planId: $plan, on: $on) {
    unitId unitName fieldCode measure suppressed target actual count total gap met
    byUnit { unitId unitName fieldCode measure suppressed target actual count total gap met }
  }
}`;

/** Workforce plans: the targets of the year beside the register's actual figures on a day, and their .xlsx. */
function Plans() {
  const plans = useQuery(plansQuery, {});
  const [chosen, setChosen] = useState('');
  const [on, setOn] = useState(today);
  const [problem, setProblem] = useState(null);
  const list = plans.data?.talentWorkforcePlans.nodes ?? [];
  const plan = list.find((p) => p.id === chosen) ?? list[0];
  const gaps = useQuery(gapsQuery, { plan: plan?.id, on }, { skip: !plan || !on });
  const fieldName = useFieldNames();
  const rows = gaps.data?.talentWorkforcePlanGaps ?? [];

  if (plans.error) return <ErrorMessage error={plans.error} />;
  if (!plans.data) return <p role="status">Đang tải kế hoạch…</p>;
  if (list.length === 0) return <p className="muted">Chưa có kế hoạch phát triển đội ngũ trí thức nào.</p>;

  const cells = (g) => [
    g.unitName,
    fieldName(g.fieldCode),
    label('TalentPlanMeasure', g.measure),
    measureValue(g.measure, g.target),
    g.suppressed ? <Suppressed /> : <>{measureValue(g.measure, g.actual)}{shares.has(g.measure) ? <span className="muted"> ({formatNumber(g.count)}/{formatNumber(g.total)})</span> : null}</>,
    g.suppressed ? <Suppressed /> : g.gap === null ? '—' : (Number(g.gap) > 0 ? '+' : '') + measureValue(g.measure, g.gap),
    g.suppressed ? <Suppressed /> : g.met === null ? '—' : g.met ? <span className="status status-met">Đạt</span> : <span className="status status-behind">Chưa đạt</span>,
  ];
  const headers = ['Đơn vị', 'Lĩnh vực', 'Chỉ tiêu', 'Kế hoạch', 'Thực tế', 'Chênh lệch', 'Đánh giá'];

  return (
    <>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label>
          Kế hoạch{' '}
          <select value={plan.id} onChange={(e) => setChosen(e.target.value)}>
            {list.map((p) => <option key={p.id} value={p.id}>{p.code} — {p.title}</option>)}
          </select>
        </label>
        <label>
          Số liệu tại ngày{' '}
          <input type="date" value={on} required onChange={(e) => e.target.value && setOn(e.target.value)} />
        </label>
        <button type="button" onClick={() => download(`/api/talent/plans/${encodeURIComponent(plan.id)}/gaps.xlsx?on=${on}`, `ke-hoach-${plan.code}-${on}.xlsx`).catch(setProblem)}>
          Tải bảng so sánh .xlsx
        </button>
      </form>
      <dl className="facts">
        <dt>Giai đoạn</dt><dd>{plan.fromYear}–{plan.toYear}</dd>
        <dt>Quyết định phê duyệt</dt><dd>{plan.decision ?? '—'}</dd>
        <dt>Trí thức trẻ</dt><dd>dưới {plan.youngUnderAge} tuổi</dd>
      </dl>
      <ErrorMessage error={gaps.error ?? problem} />
      {gaps.loading && !gaps.data ? <p role="status">Đang so sánh với số liệu thực tế…</p> : (
        <>
          <h3>Chỉ tiêu năm {on.slice(0, 4)} so với thực tế ngày {formatDate(on)}</h3>
          <Table label="Chỉ tiêu so với thực tế" testId="plan-gaps" headers={headers} rows={rows} cells={cells}
            empty={`Kế hoạch không đặt chỉ tiêu cho năm ${on.slice(0, 4)}.`} />
          {rows.filter((g) => g.byUnit.length > 0).map((g, i) => (
            <details key={i} className="drill-down">
              <summary>{label('TalentPlanMeasure', g.measure)} — {g.unitName}, {fieldName(g.fieldCode).toLowerCase()}: theo đơn vị trực thuộc</summary>
              <Table label={`${label('TalentPlanMeasure', g.measure)} theo đơn vị trực thuộc ${g.unitName}`} headers={headers} rows={g.byUnit} cells={cells} empty="" />
            </details>
          ))}
        </>
      )}
    </>
  );
}

const policiesQuery = `query Policies($on: DateOnly!) {
  talentAttractionPolicies(first: 100) {
    nodes {
      id code title exclusionGroup
      versionOn(day: $on) { instrumentNumber instrumentKind issuer effectiveFrom effectiveTo minimumDegree maximumAge
        extremelyDifficultAreasOnly oneOffAmount oneOffBaseSalaryMonths monthlyShare housing commitmentYears refundRule }
      versions { id }
    }
  }
}`;

/** Attraction policies, each with the text in force today. */
function Policies() {
  const { data, error } = useQuery(policiesQuery, { on: today() });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p role="status">Đang tải chính sách…</p>;
  const benefit = (v) => [
    v.oneOffAmount ? `một lần ${money(v.oneOffAmount)}` : v.oneOffBaseSalaryMonths ? `một lần ${formatNumber(v.oneOffBaseSalaryMonths)} tháng lương cơ sở` : null,
    v.monthlyShare ? `hằng tháng ${percent.format(Number(v.monthlyShare))}` : null,
    v.housing ? 'nhà ở công vụ' : null,
  ].filter(Boolean).join('; ') || '—';
  return (
    <Table label="Chính sách thu hút" testId="policies" rows={data.talentAttractionPolicies.nodes}
      empty="Chưa có chính sách thu hút nào."
      headers={['Mã', 'Chính sách', 'Văn bản đang áp dụng', 'Đối tượng', 'Hỗ trợ', 'Cam kết']}
      cells={(p) => {
        const v = p.versionOn;
        if (!v) return [p.code, p.title, <span className="muted">Không áp dụng hôm nay ({p.versions.length} phiên bản)</span>, '—', '—', '—'];
        return [
          p.code,
          p.title,
          <>{v.instrumentNumber} <span className="muted">({label('TalentLegalInstrumentKind', v.instrumentKind)}, {v.issuer}; từ {formatDate(v.effectiveFrom)}{v.effectiveTo ? ` đến ${formatDate(v.effectiveTo)}` : ''})</span></>,
          [`từ ${label('TalentDegreeLevel', v.minimumDegree).toLowerCase()}`, v.maximumAge ? `không quá ${v.maximumAge} tuổi` : null, v.extremelyDifficultAreasOnly ? 'về vùng đặc biệt khó khăn' : null].filter(Boolean).join(', '),
          benefit(v),
          `${v.commitmentYears} năm; ${label('TalentRefundRule', v.refundRule).toLowerCase()}`,
        ];
      }} />
  );
}

function casesQuery(personal) {
  return `query Cases($filter: TalentAttractionCaseFilter, $after: String) {
  talentAttractionPolicies(first: 100) { nodes { id code title } }
  talentAttractionCases(first: 25, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id policyId applicantName degree fieldCode appliedOn status failedCriteria commitmentStartsOn commitmentEndsOn
      ${personal ? 'oneOffAmount refundAmount' : ''}
      decisions { id status number decidedOn } }
  }
}`;
}

/** Attraction cases and their states; the amounts decided only with the personal-data permission. */
function Cases({ user }) {
  const personal = user.canReadPersonalData('Talent');
  const [status, setStatus] = useState('');
  const [after, setAfter] = useState([null]);
  const { data, error, loading } = useQuery(casesQuery(personal), { filter: { status: status || undefined }, after: after.at(-1) });
  const fieldName = useFieldNames();
  const policies = new Map((data?.talentAttractionPolicies.nodes ?? []).map((p) => [p.id, p]));
  const page = data?.talentAttractionCases;
  const headers = ['Người nộp', 'Chính sách', 'Trình độ, lĩnh vực', 'Ngày nộp', 'Trạng thái', 'Quyết định gần nhất', ...(personal ? ['Hỗ trợ một lần', 'Phải hoàn trả'] : [])];
  return (
    <>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <EnumSelect label="Trạng thái" enumName="TalentCaseStatus" value={status} onChange={(e) => { setStatus(e.target.value); setAfter([null]); }} />
      </form>
      <p aria-live="polite" data-testid="case-count">{page ? `${formatNumber(page.totalCount)} hồ sơ` : loading ? 'Đang tải…' : ''}</p>
      {!personal && <p className="muted">Số tiền hỗ trợ và hoàn trả cần quyền xem dữ liệu cá nhân.</p>}
      <ErrorMessage error={error} />
      {page && (
        <Table label="Hồ sơ thu hút" testId="cases" headers={headers} rows={page.nodes} empty="Không có hồ sơ nào."
          cells={(c) => {
            const last = c.decisions.at(-1);
            const policy = policies.get(c.policyId);
            return [
              c.applicantName,
              policy ? `${policy.code} — ${policy.title}` : '—',
              `${label('TalentDegreeLevel', c.degree)}, ${fieldName(c.fieldCode).toLowerCase()}`,
              formatDate(c.appliedOn),
              <>
                {label('TalentCaseStatus', c.status)}
                {c.failedCriteria.length > 0 && <ul className="changes">{c.failedCriteria.map((f) => <li key={f}>{label('TalentEligibilityCriterion', f)}</li>)}</ul>}
                {c.commitmentStartsOn && <div className="muted">Cam kết {formatDate(c.commitmentStartsOn)} – {formatDate(c.commitmentEndsOn)}</div>}
              </>,
              last ? `${last.number}, ${formatDate(last.decidedOn)}` : '—',
              ...(personal ? [money(c.oneOffAmount), money(c.refundAmount)] : []),
            ];
          }} />
      )}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

/** The home-affairs department's page: workforce plans against the register, attraction policies and cases. */
function TalentPage({ parts, user }) {
  const items = [
    { key: 'ke-hoach', label: 'Kế hoạch phát triển đội ngũ' },
    { key: 'chinh-sach', label: 'Chính sách thu hút' },
    ...(user.canReadRecords('Talent') ? [{ key: 'ho-so', label: 'Hồ sơ thu hút' }] : []),
  ];
  const current = items.some((i) => i.key === parts[1]) ? parts[1] : 'ke-hoach';
  return (
    <>
      <h1>Đội ngũ trí thức, thu hút</h1>
      <SubNav label="Mục của trang đội ngũ trí thức" section={section} items={items} current={current} />
      <h2>{items.find((i) => i.key === current).label}</h2>
      {current === 'ke-hoach' && <Plans />}
      {current === 'chinh-sach' && <Policies />}
      {current === 'ho-so' && <Cases user={user} />}
    </>
  );
}

/** What the Talent module adds to the menu: plans and policies are aggregates every signed-in user reads. */
export const talentPage = {
  module: 'Talent',
  section,
  label: 'Đội ngũ, thu hút',
  canOpen: (user) => user.access.some((a) => a.module === 'Talent' && a.readAggregates),
  Page: TalentPage,
};

/** What the Talent module adds to a person's profile: the attraction cases they were recruited under. */
export const talentProfile = {
  module: 'Talent',
  fields: 'talentAttractionCases { id policyId status appliedOn commitmentStartsOn commitmentEndsOn decisions { id status number decidedOn } }',
  Section({ person }) {
    return (
      <section aria-labelledby="ho-so-thu-hut">
        <h2 id="ho-so-thu-hut">Thu hút, đãi ngộ</h2>
        <Table label="Hồ sơ thu hút của người này" rows={person.talentAttractionCases} empty="Không được tuyển dụng theo chính sách thu hút nào."
          headers={['Ngày nộp', 'Trạng thái', 'Cam kết', 'Quyết định']}
          cells={(c) => [
            formatDate(c.appliedOn),
            label('TalentCaseStatus', c.status),
            c.commitmentStartsOn ? `${formatDate(c.commitmentStartsOn)} – ${formatDate(c.commitmentEndsOn)}` : '—',
            c.decisions.map((d) => `${d.number} (${formatDate(d.decidedOn)})`).join('; ') || '—',
          ]} />
        <p><a href={href([section, 'ho-so'])}>Mọi hồ sơ thu hút</a></p>
      </section>
    );
  },
};
