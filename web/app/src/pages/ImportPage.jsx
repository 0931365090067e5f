import { useState } from 'react';
import { download, upload } from '../api.js';
import { formatNumber } from '../format.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';

/**
 * The clerks' import: choose what the file holds, check it first (a dry run saves nothing and lists every bad row),
 * then import it. The file is saved whole or not at all.
 */
export function ImportPage({ user, platform }) {
  const titles = new Map(platform.modules.map((m) => [m.name, m.title]));
  const imports = platform.imports.filter((i) => user.canWrite(i.module));
  const [url, setUrl] = useState(imports[0]?.url ?? '');
  const [file, setFile] = useState(null);
  const [state, setState] = useState({ report: null, error: null, progress: null, busy: false });
  const chosen = imports.find((i) => i.url === url);

  const send = async (dryRun) => {
    setState({ report: null, error: null, progress: 0, busy: true });
    try {
      const report = await upload(url, file, { dryRun, onProgress: (progress) => setState((s) => ({ ...s, progress })) });
      setState({ report, error: null, progress: null, busy: false });
    } catch (error) {
      setState({ report: null, error, progress: null, busy: false });
    }
  };

  const fetchTemplate = async (format) => {
    try {
      await download(`${chosen.templateUrl}?format=${format}`, `mau-${chosen.module.toLowerCase()}-${chosen.kind}.${format}`);
    } catch (error) {
      setState({ report: null, error, progress: null, busy: false });
    }
  };

  if (imports.length === 0) {
    return <><h1>Nhập dữ liệu</h1><p>Vai trò của bạn không được nhập dữ liệu vào phân hệ nào.</p></>;
  }

  const { report } = state;
  return (
    <>
      <h1>Nhập dữ liệu từ tệp</h1>
      <p>Tệp .xlsx hoặc .csv (UTF-8), dòng đầu là tiêu đề cột. Hãy kiểm tra thử trước: không có gì được lưu cho tới khi bạn bấm «Nhập chính thức», và tệp chỉ được lưu khi mọi dòng đều hợp lệ.</p>
      <form className="card form" onSubmit={(e) => { e.preventDefault(); send(true); }}>
        <div className="fields">
          <label>
            Loại dữ liệu
            <select value={url} onChange={(e) => { setUrl(e.target.value); setState({ report: null, error: null }); }}>
              {imports.map((i) => <option key={i.url} value={i.url}>{i.title} — {titles.get(i.module) ?? i.module}</option>)}
            </select>
          </label>
          <label>
            Tệp
            <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => { setFile(e.target.files[0] ?? null); setState({ report: null, error: null }); }} />
          </label>
        </div>
        {chosen && (
          <div className="template">
            <p>Các cột của tệp: <span data-testid="import-headers">{chosen.headers.join(', ')}</span>.</p>
            <button type="button" onClick={() => fetchTemplate('xlsx')}>Tải tệp mẫu .xlsx</button>{' '}
            <button type="button" onClick={() => fetchTemplate('csv')}>Tải tệp mẫu .csv</button>
          </div>
        )}
        <button type="submit" className="primary" disabled={!file || state.busy}>Kiểm tra thử</button>
        {state.progress !== null && state.progress !== undefined && (
          <p role="status">
            <label>Đang gửi tệp <progress max={1} value={state.progress}>{Math.round(state.progress * 100)}%</progress></label>
            {state.progress >= 1 ? ' — máy chủ đang kiểm tra từng dòng…' : ''}
          </p>
        )}
      </form>
      <ErrorMessage error={state.error} />
      {report && (
        <section aria-labelledby="ket-qua" className="report">
          <h2 id="ket-qua">{report.dryRun ? 'Kết quả kiểm tra thử' : 'Kết quả nhập'} — {chosen?.title}</h2>
          <p role="status" data-testid="import-summary">
            {formatNumber(report.rows)} dòng.{' '}
            {report.problems.length > 0
              ? `${formatNumber(report.problems.length)} lỗi: không dòng nào được lưu. Hãy sửa các dòng dưới đây trong tệp rồi kiểm tra lại.`
              : report.applied
                ? `Đã lưu: ${formatNumber(report.created)} mới, ${formatNumber(report.updated)} cập nhật.`
                : `Tệp hợp lệ: sẽ thêm ${formatNumber(report.created)}, cập nhật ${formatNumber(report.updated)}. Chưa có gì được lưu.`}
          </p>
          {report.problems.length > 0 && <ProblemTable caption="Các dòng bị từ chối" rows={report.problems} />}
          {report.warnings.length > 0 && <ProblemTable caption="Các dòng nên xem lại (vẫn được nhập)" rows={report.warnings} />}
          {report.dryRun && report.problems.length === 0 && (
            <button type="button" className="primary" disabled={state.busy} onClick={() => send(false)}>Nhập chính thức</button>
          )}
        </section>
      )}
    </>
  );
}

function ProblemTable({ caption, rows }) {
  return (
    <table className="list problems">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Dòng</th><th scope="col">Cột</th><th scope="col">Lý do</th></tr></thead>
      <tbody>
        {rows.map((p, i) => (
          <tr key={i}><td>{p.row}</td><td>{p.column}</td><td>{p.reason}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
