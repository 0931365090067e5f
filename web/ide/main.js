import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

// A token in the address (…/graphql#token=eyJ…, the fragment never reaches the server) fills the Authorization header;
// otherwise the Headers tab takes one. `dotnet run --project src/Host -- token --role viewer` prints a development token.
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const headers = token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : undefined;
if (token) {
  // Out of the address bar and the history: the token stays in this page only.
  history.replaceState(null, '', location.pathname + location.search);
}

const defaultQuery = `# GraphiQL của nền tảng TriThuc.
#
# Gõ truy vấn, Ctrl+Enter để chạy; Ctrl+Space gợi ý trường; tài liệu của lược đồ ở nút "Docs".
# Trường cần đăng nhập: mở thẻ "Headers" bên dưới và nhập
#   { "Authorization": "Bearer <mã thông báo>" }
# Mã thông báo thử nghiệm: dotnet run --project src/Host -- token --role editor --module Registry

{
  me { authenticated roles }
  platform {
    province
    modules { name version }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    initialHeaders: headers,
    // Headers typed in are kept in this browser; a token from the address is not written to its storage.
    shouldPersistHeaders: !token,
    defaultEditorToolsVisibility: token ? 'headers' : false,
  }),
);
