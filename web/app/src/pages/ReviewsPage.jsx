import { useState } from 'react';
import { download, graphql } from '../api.js';
import { useQuery } from '../useQuery.js';
import { formatDate, formatDateTime } from '../format.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { StatusBadge } from '../components/StatusBadge.jsx';

const snapshotsQuery = `query Snapshots { reviewSnapshots { id kind title asOf note takenAt takenBy xlsxUrl htmlUrl } }`;

const compareQuery = `query Compare($fromId: ID!, $toId: ID) {
  compareReviewSnapshots(fromId: $fromId, toId: $toId) {
    rows { code name module from { display status statusName } to { display status statusName } changeDisplay }
  }
}`;

const takeMutation = `mutation Take($input: ReviewInput!) { takeReviewSnapshot(input: $input) { id title } }`;

const kindNames = { INTERIM: 'Sơ kết', FINAL: 'Tổng kết' };

/** Review snapshots (sơ kết, tổng kết): the list, a comparison of two, and taking one (administrators). */
export function ReviewsPage({ user }) {
  const snapshots = useQuery(snapshotsQuery, {});
  const list = snapshots.data?.reviewSnapshots ?? [];
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const comparison = useQuery(compareQuery, { fromId, toId: toId || null }, { skip: !fromId });
  const [problem, setProblem] = useState(null);

  return (
    <>
      <h1>Sơ kết, tổng kết</h1>
      <p>Mỗi bản chụp giữ nguyên số liệu các chỉ tiêu tại một ngày, để so sánh giữa các kỳ.</p>
      <ErrorMessage error={snapshots.error ?? problem} />
      {user.isAdministrator && <TakeSnapshot onTaken={snapshots.reload} />}
      <h2>Các bản chụp</h2>
      {list.length === 0 ? (
        <p>Chưa có bản chụp nào.</p>
      ) : (
        <table className="list">
          <thead>
            <tr><th scope="col">Tiêu đề</th><th scope="col">Loại</th><th scope="col">Số liệu tại ngày</th><th scope="col">Chụp lúc</th><th scope="col">Tệp</th></tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <td>{s.title}</td>
                <td>{kindNames[s.kind] ?? s.kind}</td>
                <td>{formatDate(s.asOf)}</td>
                <td>{formatDateTime(s.takenAt)}{s.takenBy ? `, ${s.takenBy}` : ''}</td>
                <td>
                  {s.xlsxUrl && (
                    <button type="button" className="link" onClick={() => download(s.xlsxUrl, `${s.title}.xlsx`).catch(setProblem)}>
                      Tải .xlsx<span className="visually-hidden"> — {s.title}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length > 0 && (
        <section aria-labelledby="so-sanh">
          <h2 id="so-sanh">So sánh hai bản chụp</h2>
          <div className="toolbar">
            <label htmlFor="tu-ban">Từ bản</label>
            <select id="tu-ban" value={fromId} onChange={(e) => setFromId(e.target.value)}>
              <option value="">— chọn —</option>
              {list.map((s) => <option key={s.id} value={s.id}>{s.title} ({formatDate(s.asOf)})</option>)}
            </select>
            <label htmlFor="den-ban">đến bản</label>
            <select id="den-ban" value={toId} onChange={(e) => setToId(e.target.value)}>
              <option value="">Số liệu hôm nay</option>
              {list.map((s) => <option key={s.id} value={s.id}>{s.title} ({formatDate(s.asOf)})</option>)}
            </select>
          </div>
          <ErrorMessage error={comparison.error} />
          {fromId && comparison.data && (
            <table className="list" aria-label="So sánh hai bản chụp">
              <thead>
                <tr><th scope="col">Chỉ tiêu</th><th scope="col">Trước</th><th scope="col">Sau</th><th scope="col">Thay đổi</th></tr>
              </thead>
              <tbody>
                {comparison.data.compareReviewSnapshots.rows.map((r) => (
                  <tr key={r.code}>
                    <th scope="row"><span className="code">{r.code}</span> {r.name}</th>
                    <td>{r.from?.display ?? '—'} {r.from && <StatusBadge status={r.from.status} name={r.from.statusName} />}</td>
                    <td>{r.to?.display ?? '—'} {r.to && <StatusBadge status={r.to.status} name={r.to.statusName} />}</td>
                    <td>{r.changeDisplay ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}

function TakeSnapshot({ onTaken }) {
  const [form, setForm] = useState({ kind: 'INTERIM', title: '', asOf: '', note: '' });
  const [state, setState] = useState({ error: null, saved: null, busy: false });
  const set = (field) => (e) => setForm({ ...form, [field]: e.target.value });

  const submit = async (event) => {
    event.preventDefault();
    setState({ error: null, saved: null, busy: true });
    try {
      const data = await graphql(takeMutation, { input: { ...form, asOf: form.asOf || null, note: form.note || null } });
      setState({ error: null, saved: data.takeReviewSnapshot.title, busy: false });
      onTaken();
    } catch (error) {
      setState({ error, saved: null, busy: false });
    }
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="chup-moi">
      <h2 id="chup-moi">Chụp số liệu cho kỳ sơ kết, tổng kết</h2>
      <div className="fields">
        <label>Loại<select value={form.kind} onChange={set('kind')}><option value="INTERIM">Sơ kết</option><option value="FINAL">Tổng kết</option></select></label>
        <label>Tiêu đề<input value={form.title} onChange={set('title')} required maxLength={200} /></label>
        <label>Số liệu tại ngày (để trống: hôm nay)<input type="date" value={form.asOf} onChange={set('asOf')} /></label>
        <label>Ghi chú<input value={form.note} onChange={set('note')} maxLength={1000} /></label>
      </div>
      <button type="submit" className="primary" disabled={state.busy}>Chụp số liệu</button>
      <ErrorMessage error={state.error} />
      {state.saved && <p role="status" className="ok">Đã chụp: {state.saved}.</p>}
    </form>
  );
}
