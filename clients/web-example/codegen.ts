import type { CodegenConfig } from '@graphql-codegen/cli';

// GraphQL Code Generator: typed documents and persisted-documents.json (the manifest a host in allowlist mode loads).
// The schema is the committed ../../schema.graphql (a test holds it equal to what the host serves), or a live
// endpoint named in TRITHUC_SCHEMA (http://localhost:5080/graphql), which the generator introspects.
const config: CodegenConfig = {
  schema: process.env.TRITHUC_SCHEMA || '../../schema.graphql',
  documents: 'src/**/*.ts',
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Imports with .js, as Node's ES modules need them.
        emitLegacyCommonJSImports: false,
        // The custom scalars as JSON carries them (see their descriptions in the schema).
        scalars: {
          DateOnly: { input: 'string', output: 'string' },
          DateTimeOffset: { input: 'string', output: 'string' },
          Decimal: { input: 'number', output: 'number' },
          Long: { input: 'number', output: 'number' },
        },
      },
    },
  },
};

export default config;
