import { useState } from 'react';
import { useQuery } from '../useQuery.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { label } from '../labels.js';
import { href } from '../router.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { EnumSelect } from '../components/EnumSelect.jsx';
import { Pager } from '../components/Pager.jsx';
import { SubNav } from '../components/SubNav.jsx';
import { Table } from '../components/Table.jsx';

const section = 'hoi';
const today = () => new Date().toLocaleDateString('sv-SE');
const person = (p) => (p ? <a href={href(['nguoi', p.id])}>{p.fullName}</a> : '—');

const unitsQuery = `query Units { rootUnits { id name children { id name children { id name } } } }`;

/** Unit names by id (agencies are Registry units), from the unit tree's first three levels. */
function useUnitNames() {
  const { data } = useQuery(unitsQuery, {});
  const names = new Map();
  const walk = (units) => units.forEach((u) => { names.set(u.id, u.name); walk(u.children ?? []); });
  walk(data?.rootUnits ?? []);
  return (id) => names.get(id) ?? '—';
}

const associationsQuery = `query Associations($filter: AssociationsAssociationFilter, $after: String) {
  associationsAssociations(first: 25, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title kind field foundedOn status memberCounts { total new current grace lapsed } }
  }
}`;

function Associations() {
  const [filter, setFilter] = useState({ kind: '', search: '' });
  const [after, setAfter] = useState([null]);
  const { data, error, loading } = useQuery(associationsQuery, { filter: { kind: filter.kind || undefined, search: filter.search.trim() || undefined }, after: after.at(-1) });
  const page = data?.associationsAssociations;
  const set = (field) => (e) => { setFilter({ ...filter, [field]: e.target.value }); setAfter([null]); };
  return (
    <>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>Tìm theo tên hội<input type="search" value={filter.search} onChange={set('search')} autoComplete="off" /></label>
        <EnumSelect label="Loại hội" enumName="AssociationsAssociationKind" value={filter.kind} onChange={set('kind')} />
      </form>
      <p aria-live="polite">{page ? `${formatNumber(page.totalCount)} hội` : loading ? 'Đang tải…' : ''}</p>
      <ErrorMessage error={error} />
      {page && (
        <Table label="Danh sách hội" testId="associations" rows={page.nodes} empty="Chưa có hội nào."
          headers={['Tên hội', 'Loại', 'Lĩnh vực', 'Thành lập', 'Tình trạng', 'Hội viên', 'Mới / sinh hoạt / ân hạn / mất hiệu lực']}
          cells={(a) => [
            <a href={href([section, 'hoi', a.id])}>{a.title}</a>,
            label('AssociationsAssociationKind', a.kind),
            a.field,
            formatDate(a.foundedOn),
            label('AssociationsAssociationStatus', a.status),
            formatNumber(a.memberCounts.total),
            [a.memberCounts.new, a.memberCounts.current, a.memberCounts.grace, a.memberCounts.lapsed].map(formatNumber).join(' / '),
          ]} />
      )}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

const associationQuery = `query Association($id: ID!) {
  associationsAssociation(id: $id) {
    id title kind field foundingDecision foundedOn charterDecision charterApprovedOn graceDays termYears status
    decisions { id status number decidedOn }
    charterAmendments { id termYears previousTermYears number decidedOn }
    terms { id title congressDecision startsOn endsOn leaders { id role appointedOn leftOn leftReason person { id fullName } } }
    memberCounts { total new current grace lapsed }
  }
}`;

const membersQuery = `query Members($id: ID!, $after: String) {
  associationsMembers(associationId: $id, first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id kind joinedOn leftOn status externalName person { id fullName } dues { year paidOn } }
  }
}`;

/** The members and their status derived on the server; the list only for the association's editors and administrators. */
function Members({ id }) {
  const [after, setAfter] = useState([null]);
  const { data, error } = useQuery(membersQuery, { id, after: after.at(-1) });
  const page = data?.associationsMembers;
  if (error) return <ErrorMessage error={error} />;
  if (!page) return <p role="status">Đang tải hội viên…</p>;
  return (
    <>
      <Table label="Hội viên" testId="members" rows={page.nodes} empty="Hội chưa có hội viên."
        headers={['Hội viên', 'Loại', 'Gia nhập', 'Rời hội', 'Tình trạng hôm nay', 'Hội phí đã đóng']}
        cells={(m) => [
          m.person ? person(m.person) : <>{m.externalName} <span className="muted">(ngoài cơ sở dữ liệu)</span></>,
          label('AssociationsMemberKind', m.kind),
          formatDate(m.joinedOn),
          m.leftOn ? formatDate(m.leftOn) : '—',
          m.status ? label('AssociationsMemberStatus', m.status) : 'Không còn là hội viên',
          m.dues.map((d) => d.year).join(', ') || '—',
        ]} />
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

/** A seat on the board: held to the term's end, or left (its last day and why), which reads as past. */
function seatState(l) {
  if (!l.leftOn) return 'Đang giữ chức';
  return <span className="muted">Đã thôi, giữ chức đến hết ngày {formatDate(l.leftOn)}{l.leftReason ? ` — ${l.leftReason}` : ''}</span>;
}

function Association({ id, user }) {
  const { data, error } = useQuery(associationQuery, { id });
  const a = data?.associationsAssociation;
  // Other editors may read the counts but not the list: it is not asked for them.
  const mayListMembers = user.isAdministrator || user.modules.includes('Associations');
  if (error) return <ErrorMessage error={error} />;
  if (!a) return <p role="status">Đang tải hội…</p>;
  return (
    <>
      <p><a href={href([section, 'hoi'])}>← Về danh sách hội</a></p>
      <h2>{a.title}</h2>
      <dl className="facts">
        <dt>Loại hội</dt><dd>{label('AssociationsAssociationKind', a.kind)}</dd>
        <dt>Lĩnh vực</dt><dd>{a.field}</dd>
        <dt>Thành lập</dt><dd>{formatDate(a.foundedOn)} (quyết định {a.foundingDecision})</dd>
        <dt>Điều lệ</dt><dd>{a.charterDecision ? `${a.charterDecision}, ${formatDate(a.charterApprovedOn)}` : 'Chưa phê duyệt'}</dd>
        <dt>Nhiệm kỳ theo điều lệ</dt>
        <dd>{a.termYears} năm{a.charterAmendments.length > 0 ? ` (theo điều lệ sửa đổi từ ${formatDate(a.charterAmendments.at(-1).decidedOn)})` : ''}</dd>
        <dt>Tình trạng</dt><dd>{label('AssociationsAssociationStatus', a.status)}</dd>
        <dt>Ân hạn hội phí</dt><dd>{a.graceDays} ngày</dd>
        <dt>Hội viên hôm nay</dt>
        <dd>{formatNumber(a.memberCounts.total)}: {formatNumber(a.memberCounts.new)} mới, {formatNumber(a.memberCounts.current)} đang sinh hoạt, {formatNumber(a.memberCounts.grace)} trong thời gian ân hạn, {formatNumber(a.memberCounts.lapsed)} mất hiệu lực</dd>
      </dl>
      <h3>Quyết định về tình trạng hoạt động</h3>
      <Table label="Quyết định về tình trạng" rows={a.decisions} empty="Chưa có quyết định đình chỉ hay giải thể." headers={['Số quyết định', 'Từ ngày', 'Tình trạng']}
        cells={(d) => [d.number, formatDate(d.decidedOn), label('AssociationsAssociationStatus', d.status)]} />
      {a.charterAmendments.length > 0 && (
        <>
          <h3>Sửa đổi điều lệ về nhiệm kỳ</h3>
          <Table label="Sửa đổi điều lệ về nhiệm kỳ" testId="charter-amendments" rows={a.charterAmendments} empty=""
            headers={['Số quyết định', 'Có hiệu lực từ', 'Nhiệm kỳ trước đó', 'Nhiệm kỳ theo điều lệ sửa đổi']}
            cells={(c) => [c.number, formatDate(c.decidedOn), `${c.previousTermYears} năm`, `${c.termYears} năm`]} />
          <p className="muted">Nhiệm kỳ đã bắt đầu trước ngày sửa đổi có hiệu lực giữ số năm theo điều lệ cũ.</p>
        </>
      )}
      <h3>Nhiệm kỳ và ban lãnh đạo</h3>
      {a.terms.length === 0 ? <p className="muted">Chưa ghi nhiệm kỳ nào.</p> : a.terms.map((t) => (
        <Table key={t.id} label={`Ban lãnh đạo ${t.title}`} rows={t.leaders} empty={`${t.title}: chưa ghi ban lãnh đạo.`}
          headers={[`${t.title} (${formatDate(t.startsOn)} – ${formatDate(t.endsOn)})`, 'Chức danh', 'Ngày bầu', 'Thôi giữ chức']}
          cells={(l) => [person(l.person), label('AssociationsLeaderRole', l.role), formatDate(l.appointedOn), seatState(l)]} />
      ))}
      <h3>Hội viên</h3>
      {mayListMembers ? <Members id={id} /> : <p className="muted">Danh sách hội viên chỉ người biên tập của hội và quản trị viên được xem; số hội viên ở trên.</p>}
    </>
  );
}

const consultationsQuery = `query Consultations($filter: AssociationsConsultationFilter, $after: String) {
  associationsAssociations(first: 100) { nodes { id title } }
  associationsConsultations(first: 20, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id agencyUnitId associationId subject subjectKind kind receivedOn deadline overdue
      panel { person { id fullName } }
      currentOpinion { id deliveredOn summary recommendations { id number text response { kind text answeredOn } } }
      opinions { id }
    }
  }
}`;

/** Consultation, critique and social review requests: each with its current opinion's recommendations and the agency's answers. */
function Consultations() {
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [after, setAfter] = useState([null]);
  const { data, error, loading } = useQuery(consultationsQuery, { filter: { overdueOn: overdueOnly ? today() : undefined }, after: after.at(-1) });
  const unitName = useUnitNames();
  const associations = new Map((data?.associationsAssociations.nodes ?? []).map((a) => [a.id, a.title]));
  const page = data?.associationsConsultations;
  return (
    <>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label><input type="checkbox" checked={overdueOnly} onChange={(e) => { setOverdueOnly(e.target.checked); setAfter([null]); }} /> Chỉ các yêu cầu quá hạn</label>
        <span aria-live="polite">{page ? `${formatNumber(page.totalCount)} yêu cầu` : loading ? 'Đang tải…' : ''}</span>
      </form>
      <ErrorMessage error={error} />
      {page?.nodes.length === 0 && <p className="muted">Không có yêu cầu nào.</p>}
      {page?.nodes.map((c) => (
        <article key={c.id} className="card record" aria-labelledby={`yeu-cau-${c.id}`} data-testid="consultation">
          <h3 id={`yeu-cau-${c.id}`}>{label('AssociationsConsultationKind', c.kind)}: {c.subject}</h3>
          <dl className="facts">
            <dt>Loại nội dung</dt><dd>{label('AssociationsConsultationSubjectKind', c.subjectKind)}</dd>
            <dt>Cơ quan yêu cầu</dt><dd>{unitName(c.agencyUnitId)}</dd>
            <dt>Hội được giao</dt><dd>{associations.get(c.associationId) ?? '—'}</dd>
            <dt>Nhận, hạn</dt><dd>{formatDate(c.receivedOn)} – {formatDate(c.deadline)}{c.overdue ? <> <span className="status status-behind">Quá hạn</span></> : null}</dd>
            <dt>Hội đồng chuyên gia</dt><dd>{c.panel.length ? c.panel.map((s, i) => <span key={s.person.id}>{i > 0 && ', '}{person(s.person)}</span>) : '—'}</dd>
          </dl>
          {c.currentOpinion ? (
            <>
              <p><strong>Ý kiến tổng hợp</strong> gửi ngày {formatDate(c.currentOpinion.deliveredOn)}{c.opinions.length > 1 ? ` (thay thế ${c.opinions.length - 1} ý kiến trước)` : ''}: {c.currentOpinion.summary}</p>
              <Table label={`Kiến nghị và trả lời: ${c.subject}`} rows={c.currentOpinion.recommendations} empty="Không có kiến nghị."
                headers={['Số', 'Kiến nghị', 'Cơ quan trả lời']}
                cells={(r) => [r.number, r.text, r.response
                  ? <><strong>{label('AssociationsResponseKind', r.response.kind)}</strong> ({formatDate(r.response.answeredOn)}): {r.response.text}</>
                  : <span className="muted">Chưa trả lời</span>]} />
            </>
          ) : <p className="muted">Chưa gửi ý kiến tổng hợp.</p>}
        </article>
      ))}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

function draftsQuery(personal) {
  return `query Drafts($filter: AssociationsDraftFilter, $after: String) {
  associationsDrafts(first: 10, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id agencyUnitId title opensAt closesAt open summary summaryPublishedAt
      paragraphs { id number }
      comments { id paragraphNumber text createdAt ${personal ? 'contact' : ''} person { id fullName } disposition { kind explanation } }
    }
  }
}`;
}

/** A draft's comment window in words: not yet open, open now, or closed. */
function windowState(d) {
  if (d.open) return <span className="status status-on-track">Đang nhận ý kiến</span>;
  return new Date(d.opensAt) > new Date() ? <span className="status status-no-data">Chưa mở</span> : <span className="status status-no-data">Đã hết thời gian góp ý</span>;
}

/** Drafts published for comment: the window, and each comment with how the agency disposed of it. */
function Drafts({ user }) {
  const personal = user.canReadPersonalData('Associations');
  const [openNow, setOpenNow] = useState('');
  const [after, setAfter] = useState([null]);
  const { data, error, loading } = useQuery(draftsQuery(personal), { filter: { openNow: openNow === '' ? undefined : openNow === 'true' }, after: after.at(-1) });
  const unitName = useUnitNames();
  const page = data?.associationsDrafts;
  return (
    <>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label>
          Thời gian góp ý{' '}
          <select value={openNow} onChange={(e) => { setOpenNow(e.target.value); setAfter([null]); }}>
            <option value="">Tất cả</option>
            <option value="true">Đang nhận ý kiến</option>
            <option value="false">Không nhận ý kiến lúc này</option>
          </select>
        </label>
        <span aria-live="polite">{page ? `${formatNumber(page.totalCount)} dự thảo` : loading ? 'Đang tải…' : ''}</span>
      </form>
      <ErrorMessage error={error} />
      {page?.nodes.length === 0 && <p className="muted">Không có dự thảo nào.</p>}
      {page?.nodes.map((d) => (
        <article key={d.id} className="card record" aria-labelledby={`du-thao-${d.id}`} data-testid="draft">
          <h3 id={`du-thao-${d.id}`}>{d.title}</h3>
          <dl className="facts">
            <dt>Cơ quan soạn thảo</dt><dd>{unitName(d.agencyUnitId)}</dd>
            <dt>Thời gian góp ý</dt><dd>{formatDateTime(d.opensAt)} – {formatDateTime(d.closesAt)} {windowState(d)}</dd>
            <dt>Số đoạn</dt><dd>{d.paragraphs.length}</dd>
            <dt>Báo cáo tổng hợp</dt><dd>{d.summary ? `${d.summary} (công bố ${formatDateTime(d.summaryPublishedAt)})` : 'Chưa công bố'}</dd>
          </dl>
          <Table label={`Ý kiến góp ý: ${d.title}`} rows={d.comments} empty="Chưa có ý kiến góp ý."
            headers={['Đoạn', 'Người góp ý', 'Nội dung', 'Lúc gửi', 'Xử lý', ...(personal ? ['Liên hệ'] : [])]}
            cells={(c) => [
              c.paragraphNumber,
              person(c.person),
              c.text,
              formatDateTime(c.createdAt),
              c.disposition ? <><strong>{label('AssociationsDispositionKind', c.disposition.kind)}</strong>{c.disposition.explanation ? `: ${c.disposition.explanation}` : ''}</> : <span className="muted">Chưa xử lý</span>,
              ...(personal ? [c.contact ?? '—'] : []),
            ]} />
        </article>
      ))}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}

/** The associations' page: associations with their members, consultation requests, drafts for comment. */
function AssociationsPage({ parts, user }) {
  const items = [
    { key: 'hoi', label: 'Các hội' },
    { key: 'tu-van', label: 'Tư vấn, phản biện' },
    { key: 'du-thao', label: 'Góp ý dự thảo' },
  ];
  const current = items.some((i) => i.key === parts[1]) ? parts[1] : 'hoi';
  return (
    <>
      <h1>Hội trí thức</h1>
      <SubNav label="Mục của trang hội trí thức" section={section} items={items} current={current} />
      {!(current === 'hoi' && parts[2]) && <h2>{items.find((i) => i.key === current).label}</h2>}
      {current === 'hoi' && (parts[2] ? <Association id={parts[2]} user={user} /> : <Associations />)}
      {current === 'tu-van' && <Consultations />}
      {current === 'du-thao' && <Drafts user={user} />}
    </>
  );
}

/** What the Associations module adds to the menu: its lists are records (editors and administrators). */
export const associationsPage = {
  module: 'Associations',
  section,
  label: 'Hội trí thức',
  canOpen: (user) => user.canReadRecords('Associations'),
  Page: AssociationsPage,
};

/** What the Associations module adds to a person's profile: memberships (where the reader may see them), panels, comments on drafts. */
const draftCommentsQuery = `query PersonDraftComments($id: ID!) {
  intellectual(id: $id) { id associationsDraftComments { id draftTitle paragraphNumber text createdAt disposition { kind } } }
}`;

export const associationsProfile = {
  module: 'Associations',
  fields: `associationsMemberships { id associationId kind joinedOn leftOn status }
    associationsConsultationPanels { id subject kind deadline }`,
  Section({ person: p }) {
    const { data } = useQuery(`query AssociationNames { associationsAssociations(first: 100) { nodes { id title } } }`, {}, { skip: p.associationsMemberships.length === 0 });
    const names = new Map((data?.associationsAssociations.nodes ?? []).map((a) => [a.id, a.title]));
    // Asked apart from the profile: only the drafting agency, the union's editors, the administrator and the person
    // themselves read comments, and a refusal (FORBIDDEN) here must leave the rest of the profile shown.
    const comments = useQuery(draftCommentsQuery, { id: p.id });
    const draftComments = comments.data?.intellectual?.associationsDraftComments ?? [];
    return (
      <section aria-labelledby="ho-so-hoi">
        <h2 id="ho-so-hoi">Hội trí thức</h2>
        <Table label="Tư cách hội viên" rows={p.associationsMemberships} empty="Không có tư cách hội viên nào bạn được xem."
          headers={['Hội', 'Loại hội viên', 'Gia nhập', 'Rời hội', 'Tình trạng']}
          cells={(m) => [
            <a href={href([section, 'hoi', m.associationId])}>{names.get(m.associationId) ?? 'Hội'}</a>,
            label('AssociationsMemberKind', m.kind), formatDate(m.joinedOn), m.leftOn ? formatDate(m.leftOn) : '—',
            m.status ? label('AssociationsMemberStatus', m.status) : 'Không còn là hội viên',
          ]} />
        {p.associationsConsultationPanels.length > 0 && (
          <p>Trong hội đồng chuyên gia của: {p.associationsConsultationPanels.map((c) => `${c.subject} (${label('AssociationsConsultationKind', c.kind).toLowerCase()}, hạn ${formatDate(c.deadline)})`).join('; ')}.</p>
        )}
        {draftComments.length > 0 && (
          <Table label="Ý kiến góp ý dự thảo của người này" rows={draftComments} empty=""
            headers={['Dự thảo', 'Đoạn', 'Nội dung', 'Lúc gửi', 'Xử lý']}
            cells={(c) => [c.draftTitle, c.paragraphNumber, c.text, formatDateTime(c.createdAt), c.disposition ? label('AssociationsDispositionKind', c.disposition.kind) : 'Chưa xử lý']} />
        )}
      </section>
    );
  },
};
