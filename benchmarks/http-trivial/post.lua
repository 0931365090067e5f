-- The same request for both endpoints: a GraphQL POST asking for { __typename }.
wrk.method = "POST"
wrk.body = '{"query":"{ __typename }"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
