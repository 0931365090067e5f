import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';

// `import labels from 'virtual:enum-labels'`: every enum value's Vietnamese description from the committed schema
// (schema.graphql at the repository's root), so the application names MALE "Nam" exactly as the API documents it,
// also where a production host switches introspection off.
const id = 'virtual:enum-labels';

export function enumLabels(schemaFile) {
  return {
    name: 'trithuc-enum-labels',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(moduleId) {
      if (moduleId !== '\0' + id) return null;
      this.addWatchFile(schemaFile);
      const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
      const labels = {};
      for (const type of Object.values(schema.getTypeMap())) {
        if (type instanceof GraphQLEnumType && !type.name.startsWith('__')) {
          labels[type.name] = Object.fromEntries(type.getValues().map((v) => [v.name, v.description ?? v.name]));
        }
      }
      return `export default ${JSON.stringify(labels)};`;
    },
  };
}
