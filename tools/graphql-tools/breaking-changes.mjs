// The breaking-change check of the committed schema against the last release's, by GraphQL Inspector:
//   node tools/graphql-tools/breaking-changes.mjs docs/releases/1.0.0/schema.graphql schema.graphql CHANGELOG.md
// Every breaking change must be announced in the changelog's "Unreleased" section, in backticks: a type by its
// name, a field (or its arguments) by `Type.field`, a root field also by its name alone ("`fundCalls`").
// Prints each breaking change, marked announced or not; exits 1 when one is not.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

const [oldPath, newPath, changelogPath] = process.argv.slice(2);
if (!changelogPath) {
  console.error('usage: node breaking-changes.mjs <release schema> <current schema> <CHANGELOG.md>');
  process.exit(2);
}

const load = (path) => buildSchema(readFileSync(path, 'utf8'));
const changelog = readFileSync(changelogPath, 'utf8');
const unreleased = (changelog.split(/^## Unreleased\s*$/m)[1] ?? '').split(/^## /m)[0];
// What a backticked span names: the span itself, and the dotted name it starts with and that name's last part
// ("`Query.fundCalls`", "`fundApplications(callId, status)`" → fundApplications, "`Intellectual.initiatives`").
const mentioned = new Set();
for (const [, span] of unreleased.matchAll(/`([^`]+)`/g)) {
  mentioned.add(span.trim());
  const lead = span.trim().match(/^[_A-Za-z][_0-9A-Za-z.]*/)?.[0];
  if (lead) mentioned.add(lead).add(lead.split('.').at(-1));
}

const rootTypes = new Set(['Query', 'Mutation', 'Subscription']);
// A change to a type is announced by the type's name; to a field or its arguments, by `Type.field`, or — for the
// root types, whose field names are unique across modules — by the field's name.
const announces = (path) => {
  const [type, field] = path.split('.');
  if (!field) return mentioned.has(type);
  return mentioned.has(`${type}.${field}`) || (rootTypes.has(type) && mentioned.has(field));
};

const changes = (await diff(load(oldPath), load(newPath))).filter((c) => c.criticality.level === CriticalityLevel.Breaking);
let unannounced = 0;
for (const change of changes) {
  const announced = announces(change.path ?? '');
  if (!announced) unannounced++;
  console.log(`${announced ? 'announced' : 'UNANNOUNCED'} ${change.path ?? ''}: ${change.message}`);
}

console.log(JSON.stringify({ breaking: changes.length, unannounced }));
process.exit(unannounced > 0 ? 1 : 0);
