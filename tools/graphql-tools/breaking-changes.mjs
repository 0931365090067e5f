// The breaking-change check of the committed schema against the last release's, by GraphQL Inspector:
//   node tools/graphql-tools/breaking-changes.mjs docs/releases/1.0.0/schema.graphql schema.graphql CHANGELOG.md
// Every breaking change must be announced in the changelog's "Unreleased" section, where a name in backticks
// mentions the field, argument or type it breaks (for `Query.fundCalls`, "`fundCalls`" or "`scienceFundCalls` (was
// `fundCalls`)"). Prints each breaking change, marked announced or not; exits 1 when one is not.
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
const mentioned = new Set([...unreleased.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1].match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []));

// The names a change is about, its type left out unless the type itself changed:
// Query.fundApplications.callId → callId, fundApplications; Intellectual.initiatives → initiatives; FundCall → FundCall.
const namesOf = (path) => {
  const names = path.split('.');
  return names.length > 1 ? names.slice(1) : names;
};

const changes = (await diff(load(oldPath), load(newPath))).filter((c) => c.criticality.level === CriticalityLevel.Breaking);
let unannounced = 0;
for (const change of changes) {
  const announced = namesOf(change.path ?? '').some((name) => mentioned.has(name));
  if (!announced) unannounced++;
  console.log(`${announced ? 'announced' : 'UNANNOUNCED'} ${change.path ?? ''}: ${change.message}`);
}

console.log(JSON.stringify({ breaking: changes.length, unannounced }));
process.exit(unannounced > 0 ? 1 : 0);
