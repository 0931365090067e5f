// Runs the example's queries against a live host and prints what each client saw, as one JSON object:
//   node dist/check.js http://127.0.0.1:5080/graphql <token>
// The host's tests run it (tests/TriThuc.Host.Tests/GraphQL/ClientExampleTests.cs) and check every part.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { OperationResult } from '@urql/core';
import type { IntellectualNamesQuery } from './gql/graphql.js';
import { createApolloClient } from './apollo.js';
import { createUrqlClient } from './urql.js';
import { IntellectualNames, IntellectualsPage, Me, Platform } from './documents.js';

const [endpoint, token] = process.argv.slice(2);
if (!endpoint || !token) {
  console.error('usage: node dist/check.js <endpoint> <token>');
  process.exit(2);
}

const apollo = createApolloClient(endpoint, token);

// Two pages through Apollo; the cache merges them into one list, read back with both edges and nodes.
const first = await apollo.query({ query: IntellectualsPage, variables: { first: 2 } });
const after = first.data?.intellectuals.pageInfo.endCursor ?? null;
await apollo.query({ query: IntellectualsPage, variables: { first: 2, after }, fetchPolicy: 'network-only' });
const merged = apollo.readQuery({ query: IntellectualsPage, variables: { first: 2 } });

const me = await apollo.query({ query: Me });
const platform = await apollo.query({ query: Platform });

// Without a token, a personal list is refused: Apollo reports the host's error code as a GraphQL error.
let anonymousError: unknown = null;
try {
  await createApolloClient(endpoint, '').query({ query: IntellectualNames, variables: { first: 1 } });
} catch (error) {
  anonymousError = CombinedGraphQLErrors.is(error)
    ? { graphQLError: true, code: error.errors[0]?.extensions?.['code'], message: error.errors[0]?.message }
    : { graphQLError: false, message: String(error) };
}

// urql walks the first pages (three at most) by nodes and endCursor.
const urql = createUrqlClient(endpoint, token);
const urqlNames: string[] = [];
let cursor: string | null = null;
for (let pages = 0, more = true; more && pages < 3; pages++) {
  const page: OperationResult<IntellectualNamesQuery> = await urql.query(IntellectualNames, { first: 2, after: cursor }).toPromise();
  if (page.error) throw page.error;
  const list = page.data!.intellectuals;
  urqlNames.push(...list.nodes.map((n) => n.fullName));
  cursor = list.pageInfo.endCursor ?? null;
  more = list.pageInfo.hasNextPage;
}

console.log(JSON.stringify({
  apollo: {
    totalCount: first.data?.intellectuals.totalCount,
    firstPage: first.data?.intellectuals.edges.map((e) => e.node.fullName),
    mergedEdges: merged?.intellectuals.edges.map((e) => e.node.fullName),
    mergedNodes: merged?.intellectuals.nodes.map((n) => n.fullName),
    me: me.data?.me,
    modules: platform.data?.platform.modules.map((m) => m.name),
    cachedKeys: Object.keys(apollo.cache.extract() as Record<string, unknown>).sort(),
    anonymousError,
  },
  urql: { names: urqlNames },
}));
