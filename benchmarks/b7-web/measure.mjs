// B7: the leaders' targets page of the web application against the printable review page the host renders, in
// Debian's Chromium, each in a fresh browser context (nothing cached), in alternating rounds.
//
//   node benchmarks/b7-web/measure.mjs --url http://127.0.0.1:5094 --token <viewer token> --review <review .html path> [--rounds 7]
//
// Prints per round: the application's first contentful paint, the moment the first indicator value is painted
// ("values": the first meaningful paint of the page), the moment every trend chart is drawn, the bytes it
// transferred; and the review page's load time and bytes. Then the medians and their ratios.
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    review: { type: 'string' },
    rounds: { type: 'string', default: '7' },
    chromium: { type: 'string', default: process.env.TRITHUC_CHROMIUM || '/usr/bin/chromium' },
  },
});

const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox', '--disable-dev-shm-usage'] });

/** Bytes on the wire (headers and body) of every response the page received. */
function countBytes(page) {
  const sizes = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

async function application() {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } });
  // Signed in before the measured load, as a leader returning to the page is.
  await context.addInitScript((token) => sessionStorage.setItem('trithuc.token', token), args.token);
  const page = await context.newPage();
  const bytes = countBytes(page);
  const start = Date.now();
  await page.goto(`${args.url}/#/chi-tieu`);
  await page.locator('[data-testid=value]').first().waitFor({ timeout: 120_000 });
  const values = Date.now() - start;
  await page.waitForFunction(() => {
    const cards = document.querySelectorAll('article.indicator');
    return cards.length > 0 && document.querySelectorAll('article.indicator canvas').length === cards.length;
  }, null, { timeout: 120_000 });
  const trends = Date.now() - start;
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await page.waitForLoadState('networkidle');
  const result = { fcp: Math.round(paint), values, trends, bytes: await bytes() };
  await context.close();
  return result;
}

async function review() {
  const context = await browser.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${args.token}` } });
  const page = await context.newPage();
  const bytes = countBytes(page);
  const start = Date.now();
  await page.goto(`${args.url}${args.review}`, { waitUntil: 'load' });
  const load = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const result = { load, bytes: await bytes() };
  await context.close();
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

await application(); // warm-up: the host's first answers (JIT, caches) are not the page's
await review();
const apps = [];
const reviews = [];
for (let round = 1; round <= Number(args.rounds); round++) {
  const a = await application();
  const r = await review();
  apps.push(a);
  reviews.push(r);
  console.log(`round ${round}: application fcp ${a.fcp} ms, values ${a.values} ms, trends ${a.trends} ms, ${a.bytes} B; review page ${r.load} ms, ${r.bytes} B`);
}
await browser.close();

const m = (list, key) => median(list.map((x) => x[key]));
console.log(`median: application first contentful paint ${m(apps, 'fcp')} ms, values painted ${m(apps, 'values')} ms, trends drawn ${m(apps, 'trends')} ms, ${m(apps, 'bytes')} B transferred`);
console.log(`median: review page loaded ${m(reviews, 'load')} ms, ${m(reviews, 'bytes')} B transferred`);
console.log(`ratio (application / review page): values painted ${(m(apps, 'values') / m(reviews, 'load')).toFixed(2)}, trends drawn ${(m(apps, 'trends') / m(reviews, 'load')).toFixed(2)}, bytes ${(m(apps, 'bytes') / m(reviews, 'bytes')).toFixed(2)}`);
