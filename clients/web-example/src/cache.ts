import { InMemoryCache, type FieldPolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * A TriThuc list in Apollo's cache: pages fetched with `after` are appended by their edges' cursors (Apollo's
 * relayStylePagination), and `nodes` is read back from the merged edges, so both shapes see every page fetched.
 * keyArgs: the arguments that make another list (a filter, an order), not the paging ones.
 */
export function connection(keyArgs: string[] = ['filter', 'orderBy']): FieldPolicy {
  const relay = relayStylePagination(keyArgs) as FieldPolicy & { read: NonNullable<FieldPolicy['read']> };
  return {
    ...relay,
    read(existing, options) {
      const page = relay.read(existing, options) as { edges: unknown[] } | undefined;
      return page && { ...page, nodes: page.edges.map((edge) => options.readField('node', edge as never)) };
    },
  };
}

/**
 * Every type normalised by its key. Types with an `id` need nothing (Apollo's default); the others are keyed as the
 * schema's descriptions say ("Khóa: …"), and parts of another object (an indicator's targets, a page's edges) stay
 * inside it.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          intellectuals: connection(),
          sensitiveDataReads: connection(),
          scienceProjects: connection(),
          scienceCouncils: connection(),
          scienceFundCalls: connection(),
          scienceFundContributions: connection(),
          scienceFundApplications: connection(),
          scienceFundGrants: connection(),
          scienceInitiatives: connection(),
        },
      },
      Platform: { keyFields: [] },
      PlatformModule: { keyFields: ['name'] },
      Indicator: { keyFields: ['code'], fields: { subjects: connection(['at', 'year', 'filter']) } },
      EthnicGroup: { keyFields: ['code'] },
      ExpertiseField: { keyFields: ['code'] },
      // The signed-in user is not shared between users: kept inside Query.me, replaced when the token changes.
      CurrentUser: { keyFields: false, merge: true },
      ModuleAccess: { keyFields: false },
    },
  });
}
