import { useEffect, useState, useSyncExternalStore } from 'react';
import { graphql } from './api.js';
import { finishOpenIdSignIn, isOpenIdReturn, session, takeTokenFromAddress } from './session.js';
import { describeUser } from './user.js';
import { useRoute } from './router.js';
import { ErrorMessage } from './components/ErrorMessage.jsx';
import { SignInPage } from './pages/SignInPage.jsx';
import { TargetsPage } from './pages/TargetsPage.jsx';
import { SubjectsPage } from './pages/SubjectsPage.jsx';
import { ReviewsPage } from './pages/ReviewsPage.jsx';
import { PeoplePage } from './pages/PeoplePage.jsx';
import { ProfilePage } from './pages/ProfilePage.jsx';
import { ImportPage } from './pages/ImportPage.jsx';
import { modulePages } from './modules/modulePages.js';

const startQuery = `query Start {
  me { id name authenticated roles modules permissions access { module readAggregates readRecords readPersonalData write } }
  platform { province modules { name title } imports { module kind title url headers templateUrl } signIn { method authority clientId scope } }
}`;

let tokenFromAddress = takeTokenFromAddress();

export function App() {
  const token = useSyncExternalStore(session.subscribe, session.token);
  const [start, setStart] = useState({ data: null, error: null });
  const [signInError, setSignInError] = useState(null);
  const [finishingSignIn, setFinishingSignIn] = useState(isOpenIdReturn);

  useEffect(() => {
    finishOpenIdSignIn().catch(setSignInError).finally(() => setFinishingSignIn(false));
  }, []);

  const signInMethod = start.data?.platform.signIn.method;
  useEffect(() => {
    if (tokenFromAddress && signInMethod) {
      if (signInMethod === 'DEVELOPMENT_TOKEN') session.signIn(tokenFromAddress);
      tokenFromAddress = null;
    }
  }, [signInMethod]);

  useEffect(() => {
    let current = true;
    setStart({ data: null, error: null });
    graphql(startQuery).then(
      (data) => current && setStart({ data, error: null, token }),
      (error) => current && setStart({ data: null, error }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  if (start.error) {
    return (
      <main className="page narrow">
        <h1>TriThuc — Bảng điều khiển</h1>
        <ErrorMessage error={start.error} />
      </main>
    );
  }
  // An answer given for another token (the user has just signed in or out) is not shown even for one render: the
  // pages under it would start their queries with the new token, or none, and be refused.
  if (!start.data || start.token !== token || finishingSignIn) {
    return <p className="loading" role="status">{finishingSignIn ? 'Đang hoàn tất đăng nhập…' : 'Đang tải…'}</p>;
  }
  const { me, platform } = start.data;
  if (!me.authenticated) {
    return <SignInPage platform={platform} error={signInError} expiredMessage={session.expiredMessage()} />;
  }
  return <SignedIn user={describeUser(me)} platform={platform} />;
}

function SignedIn({ user, platform }) {
  const route = useRoute();
  const [section = 'chi-tieu', id] = route.parts;
  const links = [
    { section: 'chi-tieu', label: 'Chỉ tiêu', shown: true },
    { section: 'bao-cao', label: 'Sơ kết, tổng kết', shown: true },
    { section: 'nguoi', label: 'Trí thức', shown: user.readsAnyRecords },
    ...pagesFor(user, platform).map((p) => ({ section: p.section, label: p.label, shown: true })),
    { section: 'nhap-lieu', label: 'Nhập dữ liệu', shown: user.writesAny },
  ].filter((l) => l.shown);

  useEffect(() => {
    const title = links.find((l) => l.section === section)?.label;
    document.title = title ? `${title} — TriThuc` : 'TriThuc — Bảng điều khiển';
  });

  return (
    <>
      <a className="skip" href="#noi-dung">Bỏ qua thanh điều hướng</a>
      <header className="top">
        <div className="brand">
          <strong>TriThuc</strong> <span>Bảng điều khiển · {platform.province}</span>
        </div>
        <nav aria-label="Chức năng">
          <ul>
            {links.map((l) => (
              <li key={l.section}>
                <a href={`#/${l.section}`} aria-current={l.section === section ? 'page' : undefined}>{l.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span data-testid="user-name">{user.name ?? user.id}</span>
          <span className="role" data-testid="user-role">{user.roleName}</span>
          <button type="button" className="link" onClick={() => session.signOut()}>Đăng xuất</button>
        </div>
      </header>
      <main id="noi-dung" className="page" tabIndex={-1}>
        <Page section={section} id={id} route={route} user={user} platform={platform} />
      </main>
    </>
  );
}

function Page({ section, id, route, user, platform }) {
  switch (section) {
    case 'chi-tieu':
      return id ? <SubjectsPage code={id} query={route.query} user={user} /> : <TargetsPage user={user} platform={platform} />;
    case 'bao-cao':
      return <ReviewsPage user={user} />;
    case 'nguoi':
      if (!user.readsAnyRecords) return <NotAllowed />;
      return id ? <ProfilePage id={id} user={user} platform={platform} /> : <PeoplePage user={user} />;
    case 'nhap-lieu':
      return user.writesAny ? <ImportPage user={user} platform={platform} /> : <NotAllowed />;
    default: {
      const modulePage = pagesFor(user, platform).find((p) => p.section === section);
      if (modulePage) return <modulePage.Page parts={route.parts} user={user} platform={platform} />;
      return (
        <>
          <h1>Không có trang này</h1>
          <p><a href="#/chi-tieu">Về trang chỉ tiêu</a></p>
        </>
      );
    }
  }
}

/** The module pages this user is offered: their module runs on this host and the user may read what they show. */
function pagesFor(user, platform) {
  const running = new Set(platform.modules.map((m) => m.name));
  return modulePages.filter((p) => running.has(p.module) && p.canOpen(user));
}

function NotAllowed() {
  return (
    <>
      <h1>Không có quyền</h1>
      <p>Vai trò của bạn không được dùng chức năng này. Nếu cần, hãy đề nghị quản trị viên cấp quyền.</p>
    </>
  );
}
