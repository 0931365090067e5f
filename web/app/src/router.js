// Pages are addressed in the fragment (#/chi-tieu, #/nguoi/<id>), so that the host serves one page at / and a
// reload or a shared link opens the same view.
import { useEffect, useState } from 'react';

export function currentRoute() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, query: new URLSearchParams(query) };
}

export function useRoute() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const changed = () => setRoute(currentRoute());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export function href(parts, query) {
  const path = '#/' + parts.map(encodeURIComponent).join('/');
  const search = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString() : '';
  return search ? `${path}?${search}` : path;
}
