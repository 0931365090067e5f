// Who is signed in: the bearer token, kept in this tab's sessionStorage only (gone when the tab closes), and the
// OpenID Connect sign-in (authorization code with PKCE) when the platform names an identity provider.
const tokenKey = 'trithuc.token';
const pendingKey = 'trithuc.signin';
const listeners = new Set();
let expiredMessage = null;

function notify() {
  for (const listener of listeners) listener();
}

export const session = {
  token: () => sessionStorage.getItem(tokenKey),
  /** Why the last session ended, if the server ended it (an expired or refused token). */
  expiredMessage: () => expiredMessage,
  signIn(token) {
    expiredMessage = null;
    sessionStorage.setItem(tokenKey, token.trim().replace(/^Bearer\s+/i, ''));
    notify();
  },
  signOut() {
    sessionStorage.removeItem(tokenKey);
    notify();
  },
  expire(message) {
    if (!sessionStorage.getItem(tokenKey)) return;
    expiredMessage = message ?? 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.';
    sessionStorage.removeItem(tokenKey);
    notify();
  },
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * A token in the address (…/#token=eyJ…, as the IDE takes it) leaves the address at once and is answered, for the
 * caller to sign in with it only where development tokens are how users sign in: with an identity provider, a link
 * carrying someone else's token must not swap the session.
 */
export function takeTokenFromAddress() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (token) {
    history.replaceState(null, '', location.pathname + location.search);
  }
  return token;
}

/** Whether this page load is the way back from the identity provider, to be finished by {@link finishOpenIdSignIn}. */
export function isOpenIdReturn() {
  const query = new URLSearchParams(location.search);
  return Boolean(sessionStorage.getItem(pendingKey)) && (query.has('code') || query.has('error'));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

const withoutSlash = (address) => address.replace(/\/$/, '');

async function discover(authority) {
  const response = await fetch(`${withoutSlash(authority)}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`Nhà cung cấp định danh trả lời lỗi ${response.status}.`);
  const metadata = await response.json();
  if (withoutSlash(metadata.issuer ?? '') !== withoutSlash(authority)) {
    throw new Error('Nhà cung cấp định danh tự giới thiệu khác với địa chỉ đã cấu hình; hãy báo bộ phận công nghệ thông tin.');
  }
  return metadata;
}

function returnAddress() {
  return `${location.origin}/`;
}

/** Sends the browser to the identity provider (authorization code with PKCE, S256). */
export async function startOpenIdSignIn({ authority, clientId, scope }) {
  const metadata = await discover(authority);
  const verifier = randomText();
  const state = randomText();
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(pendingKey, JSON.stringify({ verifier, state, authority, clientId }));
  const address = new URL(metadata.authorization_endpoint);
  address.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: returnAddress(),
    scope: scope || 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(address.toString());
}

/**
 * On the way back from the identity provider (?code=…&state=…): checks the state, exchanges the code and the
 * verifier for a token, and signs in. Answers false when this is not such a return.
 */
export async function finishOpenIdSignIn() {
  if (!isOpenIdReturn()) return false;
  const query = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(pendingKey));
  sessionStorage.removeItem(pendingKey);
  history.replaceState(null, '', location.pathname + location.hash);
  // The state first: what the address says is shown only if it answers the sign-in this tab started.
  if (query.get('state') !== pending.state) {
    throw new Error('Lượt đăng nhập trả về không khớp với lượt đã bắt đầu; hãy đăng nhập lại.');
  }
  if (query.has('error')) {
    throw new Error(`Nhà cung cấp định danh từ chối đăng nhập: ${query.get('error_description') ?? query.get('error')}.`);
  }
  const metadata = await discover(pending.authority);
  const response = await fetch(metadata.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: returnAddress(),
      client_id: pending.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok || !body?.access_token) {
    throw new Error(`Không đổi được mã ủy quyền lấy mã truy cập: ${body?.error_description ?? body?.error ?? response.status}.`);
  }
  session.signIn(body.access_token);
  return true;
}
