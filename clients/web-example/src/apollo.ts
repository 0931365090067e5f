import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createCache } from './cache.js';

async function sha256(document: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(document));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Apollo Client 4 on the endpoint: a bearer token when signed in, documents sent by hash (automatic persisted
 * queries: the host asks for a document once, then knows it by hash), and the normalised cache of cache.ts.
 */
export function createApolloClient(endpoint: string, token?: string): ApolloClient {
  const auth = new SetContextLink(({ headers }) => ({
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));
  return new ApolloClient({
    link: ApolloLink.from([auth, new PersistedQueryLink({ sha256 }), new HttpLink({ uri: endpoint })]),
    cache: createCache(),
  });
}
