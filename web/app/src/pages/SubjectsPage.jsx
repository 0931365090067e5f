import { useState } from 'react';
import { useQuery } from '../useQuery.js';
import { formatDate, formatNumber } from '../format.js';
import { href } from '../router.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { Pager } from '../components/Pager.jsx';

const subjectsQuery = `query Subjects($code: String!, $at: DateOnly, $after: String, $filter: IndicatorSubjectFilter) {
  indicator(code: $code) {
    code module name subjectName
    value(at: $at) { display asOf }
    subjects(first: 50, after: $after, at: $at, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name unitName inNumerator weight }
    }
  }
}`;

/** The editors' drill-down: from an indicator's number to the people (or records) behind it, under the API's access rules. */
export function SubjectsPage({ code, query, user }) {
  const at = query.get('at') || null;
  const [inNumerator, setInNumerator] = useState('');
  const [after, setAfter] = useState([null]);
  const filter = {
    unitId: query.get('unit') || undefined,
    dimension: query.get('dimension') || undefined,
    value: query.get('value') || undefined,
    inNumerator: inNumerator === '' ? undefined : inNumerator === 'true',
  };
  const { data, error, loading } = useQuery(subjectsQuery, { code, at, after: after.at(-1), filter });
  const indicator = data?.indicator;
  const page = indicator?.subjects;
  const linksToProfiles = indicator?.module === 'Registry' && user.canReadRecords('Registry');

  return (
    <>
      <p><a href="#/chi-tieu">← Về trang chỉ tiêu</a></p>
      <h1>{indicator ? `${indicator.code} — ${indicator.name}` : code}</h1>
      {indicator && (
        <p>
          Giá trị {indicator.value.display} tại ngày {formatDate(indicator.value.asOf)}; {formatNumber(page.totalCount)} {indicator.subjectName.toLowerCase()}
          {query.get('unit') || query.get('value') ? ' trong phần đã chọn' : ''}.
        </p>
      )}
      <div className="toolbar">
        <label htmlFor="tu-so">Hiển thị</label>
        <select id="tu-so" value={inNumerator} onChange={(e) => { setInNumerator(e.target.value); setAfter([null]); }}>
          <option value="">Tất cả</option>
          <option value="true">Đã đạt (tính vào tử số)</option>
          <option value="false">Chưa đạt</option>
        </select>
      </div>
      <ErrorMessage error={error} />
      {loading && !data && <p role="status">Đang tải…</p>}
      {page && (
        <table className="list" aria-label="Danh sách sau con số">
          <thead>
            <tr><th scope="col">Họ và tên / hồ sơ</th><th scope="col">Đơn vị</th><th scope="col">Đã đạt</th></tr>
          </thead>
          <tbody>
            {page.nodes.map((s) => (
              <tr key={s.id}>
                <td>{linksToProfiles ? <a href={href(['nguoi', s.id])}>{s.name}</a> : s.name}</td>
                <td>{s.unitName ?? '—'}</td>
                <td>{s.inNumerator ? 'Đạt' : 'Chưa đạt'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}
