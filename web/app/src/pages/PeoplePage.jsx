import { useEffect, useState } from 'react';
import { download } from '../api.js';
import { useQuery } from '../useQuery.js';
import { formatNumber } from '../format.js';
import { label } from '../labels.js';
import { href } from '../router.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { Pager } from '../components/Pager.jsx';
import { EnumSelect } from '../components/EnumSelect.jsx';

const unitsQuery = `query Units { rootUnits { id name children { id name children { id name } } } }`;

const peopleQuery = `query People($filter: IntellectualFilter, $after: String) {
  intellectuals(first: 25, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id fullName gender jobTitle unit { name } field { name } highestQualification { degree } }
  }
}`;

function flatten(units, depth = 0) {
  return units.flatMap((u) => [{ id: u.id, name: u.name, depth }, ...flatten(u.children ?? [], depth + 1)]);
}

/** Waits until typing pauses, so that a search is asked once per word, not once per key. */
function useSettled(value, delay) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The editors' list of intellectuals: search as you type (without diacritics too), the API's filters, pages, exports. */
export function PeoplePage() {
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState({ unitId: '', gender: '', degree: '', status: 'WORKING', leader: '' });
  const [after, setAfter] = useState([null]);
  const [problem, setProblem] = useState(null);
  const settledSearch = useSettled(search.trim(), 300);
  const units = useQuery(unitsQuery, {});
  const variables = {
    search: settledSearch || undefined,
    unitId: filter.unitId || undefined,
    gender: filter.gender || undefined,
    degree: filter.degree || undefined,
    status: filter.status || undefined,
    leader: filter.leader === '' ? undefined : filter.leader === 'true',
  };
  const people = useQuery(peopleQuery, { filter: variables, after: after.at(-1) });
  const page = people.data?.intellectuals;
  const set = (field) => (e) => {
    setFilter({ ...filter, [field]: e.target.value });
    setAfter([null]);
  };
  const exportQuery = new URLSearchParams(Object.entries(variables).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();

  return (
    <>
      <h1>Trí thức</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="wide">
          Tìm theo tên (gõ có dấu hoặc không dấu)
          <input type="search" value={search} onChange={(e) => { setSearch(e.target.value); setAfter([null]); }} placeholder="ví dụ: nguyen van" autoComplete="off" />
        </label>
        <label>
          Đơn vị
          <select value={filter.unitId} onChange={set('unitId')}>
            <option value="">Tất cả</option>
            {flatten(units.data?.rootUnits ?? []).map((u) => (
              <option key={u.id} value={u.id}>{'\u00a0\u00a0'.repeat(u.depth) + u.name}</option>
            ))}
          </select>
        </label>
        <EnumSelect label="Giới tính" enumName="Gender" value={filter.gender} onChange={set('gender')} />
        <EnumSelect label="Trình độ" enumName="Degree" value={filter.degree} onChange={set('degree')} />
        <EnumSelect label="Tình trạng" enumName="EmploymentStatus" value={filter.status} onChange={set('status')} />
        <label>
          Lãnh đạo, quản lý
          <select value={filter.leader} onChange={set('leader')}>
            <option value="">Tất cả</option>
            <option value="true">Có</option>
            <option value="false">Không</option>
          </select>
        </label>
      </form>
      <div className="toolbar">
        <span aria-live="polite" data-testid="people-count">
          {page ? `${formatNumber(page.totalCount)} người` : people.loading ? 'Đang tìm…' : ''}
        </span>
        <button type="button" onClick={() => download(`/api/registry/intellectuals.xlsx?${exportQuery}`, 'tri-thuc.xlsx').catch(setProblem)}>Tải danh sách .xlsx</button>
        <button type="button" onClick={() => download(`/api/registry/intellectuals.csv?${exportQuery}`, 'tri-thuc.csv').catch(setProblem)}>Tải danh sách .csv</button>
      </div>
      <ErrorMessage error={people.error ?? problem} />
      {page && (
        <table className="list" aria-label="Danh sách trí thức">
          <thead>
            <tr>
              <th scope="col">Họ và tên</th><th scope="col">Giới tính</th><th scope="col">Đơn vị</th>
              <th scope="col">Lĩnh vực</th><th scope="col">Trình độ cao nhất</th>
            </tr>
          </thead>
          <tbody>
            {page.nodes.map((p) => (
              <tr key={p.id}>
                <td><a href={href(['nguoi', p.id])}>{p.fullName}</a>{p.jobTitle ? <span className="muted"> · {p.jobTitle}</span> : null}</td>
                <td>{label('Gender', p.gender)}</td>
                <td>{p.unit.name}</td>
                <td>{p.field.name}</td>
                <td>{label('Degree', p.highestQualification?.degree)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} after={after} setAfter={setAfter} />
    </>
  );
}
