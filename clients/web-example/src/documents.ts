import { graphql } from './gql/index.js';

/** A page of intellectuals, by name: edges carry the cursors Apollo's pagination policy merges by; nodes are read back from them. */
export const IntellectualsPage = graphql(`
  query IntellectualsPage($first: Int!, $after: String) {
    intellectuals(first: $first, after: $after, orderBy: NAME_ASCENDING) {
      totalCount
      nodes { id fullName }
      edges {
        cursor
        node {
          id
          fullName
          dateOfBirth
          ethnicGroup { code name }
          unit { id name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The same list the simple way, for a client that does not merge pages: nodes and the next cursor. */
export const IntellectualNames = graphql(`
  query IntellectualNames($first: Int!, $after: String) {
    intellectuals(first: $first, after: $after, orderBy: NAME_ASCENDING) {
      nodes { id fullName }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Who is signed in, and what each module lets them do: a frontend hides what the user may not use. */
export const Me = graphql(`
  query Me {
    me {
      id
      authenticated
      roles
      modules
      access { module readAggregates readRecords readPersonalData write }
    }
  }
`);

/** The platform and its modules: public. */
export const Platform = graphql(`
  query Platform {
    platform { province version modules { name version } }
  }
`);
