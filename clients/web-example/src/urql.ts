import { Client, fetchExchange } from '@urql/core';

/** urql on the endpoint, with no cache exchange: every query goes to the host. */
export function createUrqlClient(endpoint: string, token?: string): Client {
  return new Client({
    url: endpoint,
    exchanges: [fetchExchange],
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : {} }),
  });
}
