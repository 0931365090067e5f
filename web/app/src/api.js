// The application's one way to the platform: the public GraphQL endpoint (and the file import and export
// addresses it names), with the signed-in user's token. Every error the API returns reaches the user as its
// Vietnamese message, never as raw JSON.
import { session } from './session.js';

export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const networkMessage = 'Không kết nối được tới máy chủ; hãy kiểm tra mạng rồi thử lại.';

function headers(extra = {}) {
  const token = session.token();
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

/** Asks the endpoint; answers `data`, or throws an ApiError with the server's first message and code. */
export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: headers({ 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' }),
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(networkMessage, 'NETWORK', 0);
  }
  const body = await readJson(response);
  expireIfRefused(response.status, body);
  if (body?.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code ?? 'ERROR', response.status);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(`Máy chủ trả lời lỗi ${response.status}; hãy thử lại sau ít phút.`, 'HTTP_' + response.status, response.status);
  }
  return body.data;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** A 401 from any address means the token is no longer good: the session ends, with the server's reason. */
function expireIfRefused(status, body) {
  if (status === 401) session.expire(body?.error?.message ?? body?.errors?.[0]?.message);
}

/** The error body of a file endpoint ({ error: { code, message } } or a GraphQL-style errors list) as an ApiError. */
function errorOf(status, body) {
  const error = body?.error ?? body?.errors?.[0];
  return new ApiError(error?.message ?? `Máy chủ trả lời lỗi ${status}; hãy thử lại sau ít phút.`, error?.code ?? error?.extensions?.code ?? 'HTTP_' + status, status);
}

/**
 * Sends a file to an import address; `onProgress` hears the share sent (0–1). Resolves to the import report
 * (also when rows were refused: status 422), rejects with an ApiError otherwise.
 */
export function upload(url, file, { dryRun, onProgress }) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const address = `${url}?dryRun=${dryRun ? 'true' : 'false'}&fileName=${encodeURIComponent(file.name)}`;
    request.open('POST', address);
    for (const [name, value] of Object.entries(headers({ 'Content-Type': file.type || 'application/octet-stream' }))) {
      request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    request.onerror = () => reject(new ApiError(networkMessage, 'NETWORK', 0));
    request.onload = () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // An empty or non-JSON body: reported by its status below.
      }
      if ((request.status === 200 || request.status === 422) && body && 'problems' in body) {
        resolve(body);
      } else {
        expireIfRefused(request.status, body);
        reject(errorOf(request.status, body));
      }
    };
    request.send(file);
  });
}

/** Downloads a file the API offers (an export) with the user's token, and hands it to the browser to save. */
export async function download(url, fileName) {
  let response;
  try {
    response = await fetch(url, { headers: headers() });
  } catch {
    throw new ApiError(networkMessage, 'NETWORK', 0);
  }
  if (!response.ok) {
    const body = await readJson(response);
    expireIfRefused(response.status, body);
    throw errorOf(response.status, body);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
