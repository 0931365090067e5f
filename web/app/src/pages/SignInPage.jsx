import { useState } from 'react';
import { session, startOpenIdSignIn } from '../session.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';

export function SignInPage({ platform, error, expiredMessage }) {
  const { signIn } = platform;
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState(expiredMessage ? { message: expiredMessage } : null);

  const openId = async () => {
    try {
      await startOpenIdSignIn(signIn);
    } catch (e) {
      setProblem(e);
    }
  };

  return (
    <main className="page narrow signin">
      <h1>TriThuc — Bảng điều khiển</h1>
      <p>Cơ sở dữ liệu và chỉ tiêu đội ngũ trí thức tỉnh {platform.province}. Hãy đăng nhập để tiếp tục.</p>
      <ErrorMessage error={problem ?? error} />
      {signIn.method === 'OPEN_ID_CONNECT' && (
        <button type="button" className="primary" onClick={openId}>Đăng nhập qua cổng định danh của tỉnh</button>
      )}
      {signIn.method === 'NOT_CONFIGURED' && (
        <p className="error" role="alert">
          Ứng dụng web chưa được cấu hình để đăng nhập qua cổng định danh (thiếu TriThuc:Web:ClientId). Hãy báo bộ phận công nghệ thông tin.
        </p>
      )}
      {signIn.method === 'DEVELOPMENT_TOKEN' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim()) session.signIn(token);
            else setProblem({ message: 'Hãy dán mã thông báo (token) trước khi đăng nhập.' });
          }}
        >
          <label htmlFor="token">Mã thông báo (token)</label>
          <textarea id="token" rows={4} value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" spellCheck={false} />
          <p className="hint">
            Máy chủ thử nghiệm in mã bằng lệnh, ví dụ cho lãnh đạo, biên tập viên Cơ sở dữ liệu trí thức và quản trị viên:
          </p>
          <pre className="hint">
            {'dotnet run --project src/Host -- token --role viewer\n'}
            {'dotnet run --project src/Host -- token --role editor --module Registry --permission personal-data:read\n'}
            {'dotnet run --project src/Host -- token --role administrator'}
          </pre>
          <button type="submit" className="primary">Đăng nhập</button>
        </form>
      )}
    </main>
  );
}
