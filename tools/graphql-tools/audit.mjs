// The GraphQL-over-HTTP spec's own audit (graphql-http) against a running endpoint:
//   node tools/graphql-tools/audit.mjs http://127.0.0.1:5080/graphql
// Prints one line per audit ("ok|warn|error|notice <id> <name>", with the reason when it failed) and a JSON summary
// on the last line: { "must": { "passed", "total" }, "should": {…}, "may": {…} }. Exits 1 when a MUST or SHOULD fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const summary = { must: { passed: 0, total: 0 }, should: { passed: 0, total: 0 }, may: { passed: 0, total: 0 } };
for (const result of results) {
  const level = result.name.split(' ')[0].toLowerCase();
  summary[level].total++;
  if (result.status === 'ok') summary[level].passed++;
  const reason = result.status === 'ok' ? '' : ` — ${result.reason}`;
  console.log(`${result.status} ${result.id} ${result.name}${reason}`);
}

console.log(JSON.stringify(summary));
const failed = summary.must.passed < summary.must.total || summary.should.passed < summary.should.total;
process.exit(failed ? 1 : 0);
