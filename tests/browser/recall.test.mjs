// Finnish search quality: recall@5 of the queries in search-queries.json (inflected forms,
// compound parts, words typed without ä/ö, synonyms, English and Swedish glosses), measured with
// Pagefind's own JavaScript API in Chromium against the built site, and against the same site
// built with `search: {finnish: false}` (stock Pagefind) for comparison. The same queries over
// that site's bundle and over the one the `pagefind` crate makes of the same search documents
// must give the same results. Also the bytes a browser fetches for a first one-word query.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE, launch, serve } from './harness.mjs';

const QUERIES = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url)));
const REPO = resolve('../..');
const POLKU = join(REPO, 'target/release/polku');

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  // The stock and crate sites (stockBuild) are the run's own: removed, not left in the temp dir.
  if (stockSites) rmSync(dirname(stockSites.polku), { recursive: true, force: true });
});

/** The example site built with the Finnish handling switched off (stock Pagefind's words), its
 * search documents kept; and a copy with the bundle the `pagefind` crate makes of the same
 * documents (examples/crate_bundle.rs) in place of Polku's. Made once. */
let stockSites;
function stockBuild() {
  if (stockSites) return stockSites;
  const dir = mkdtempSync(join(tmpdir(), 'polku-stock-'));
  cpSync(join(REPO, 'content'), join(dir, 'content'), { recursive: true });
  const config = readFileSync(join(REPO, 'site.yaml'), 'utf8');
  writeFileSync(join(dir, 'site.yaml'), `${config}\nsearch:\n  finnish: false\n`);
  const documents = join(dir, 'documents');
  execFileSync(POLKU, ['build', '--root', dir], { stdio: 'pipe', env: { ...process.env, POLKU_SEARCH_DOCUMENTS: documents } });
  const crate = join(dir, 'crate');
  cpSync(join(dir, 'public'), crate, { recursive: true });
  rmSync(join(crate, 'pagefind'), { recursive: true });
  // The release build `cargo test --release` (scripts/test) made already, examples included,
  // with the dev-dependencies' features: nothing is compiled again.
  execFileSync('cargo', ['run', '--release', '--quiet', '--example', 'crate_bundle', '--', documents, join(crate, 'pagefind')], { cwd: REPO, stdio: 'pipe' });
  stockSites = { polku: join(dir, 'public'), crate };
  return stockSites;
}

/** Runs every query in the page, as typed into Pagefind or, with `reader`, as the search page
 * reads and searches it (js/query.js); returns [{query, urls (top 5), count}] and the page count. */
async function runQueries(root, queries = QUERIES, reader = false) {
  const server = await serve(root);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/haku/`);
    const results = await page.evaluate(async ({ queries, reader }) => {
      const pagefind = await import('/pagefind/pagefind.js');
      // A classic script (it runs from file:// in the ZIP too): it sets window.polkuQuery.
      await import('/js/query.js');
      const { queryReader, searchRead } = window.polkuQuery;
      await pagefind.options({ noWorker: true });
      await pagefind.init();
      const read = queryReader(pagefind, document.getElementById('haku').dataset.stopWords);
      const out = [];
      for (const { query } of queries) {
        const search = reader ? await searchRead(pagefind, await read(query)) : await pagefind.search(query);
        const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        out.push({ query, urls: top.map((d) => d.url), count: search.results.length, scores: search.results.slice(0, 5).map((r) => r.score), excerpts: top.map((d) => d.excerpt) });
      }
      return out;
    }, { queries, reader });
    const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json')));
    return { out: results, pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } finally {
    // Closed on a failure too: an open server would keep the test process alive.
    await page.close();
    await server.close();
  }
}

function recall(results, queries = QUERIES) {
  const hits = queries.map((q, i) => results.out[i].urls.includes(q.expect));
  const byKind = {};
  queries.forEach((q, i) => {
    byKind[q.kind] ??= [0, 0];
    byKind[q.kind][0] += hits[i] ? 1 : 0;
    byKind[q.kind][1] += 1;
  });
  return { value: hits.filter(Boolean).length / queries.length, hits, byKind };
}

const show = (r) => Object.entries(r.byKind).map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ');

function spread(results) {
  const counts = results.out.map((o) => o.count).sort((a, b) => a - b);
  return { median: counts[Math.floor(counts.length / 2)], widest: results.out.reduce((a, b) => (b.count > a.count ? b : a)) };
}

test(`recall@5 of ${QUERIES.length} Finnish queries is at least 0.98, and results stay focused`, async () => {
  assert.ok(QUERIES.length >= 40);
  const ours = await runQueries(SITE, QUERIES, true);
  const stock = await runQueries(stockBuild().polku);
  const r = recall(ours);
  const s = recall(stock);
  const misses = QUERIES.map((q, i) => [q, i]).filter(([, i]) => !r.hits[i]).map(([q, i]) => `${q.query} → ${q.expect} (${q.kind}) got ${ours.out[i].urls.join(' ')}`);
  const [a, b] = [spread(ours), spread(stock)];
  console.log(`recall@5 with Finnish handling: ${r.value.toFixed(3)} (${show(r)})`);
  console.log(`recall@5 of stock Pagefind (search.finnish: false): ${s.value.toFixed(3)} (${show(s)})`);
  console.log(`results per query of ${ours.pages} pages: median ${a.median} (stock ${b.median}); most ${a.widest.count} for "${a.widest.query}" (stock ${stock.out[QUERIES.findIndex((q) => q.query === a.widest.query)].count})`);
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  // Precision: no query returns half the site unless stock Pagefind does so too (a word that
  // really is on most pages), and the typical query does not return many more pages than stock.
  QUERIES.forEach((q, i) => {
    const limit = Math.max(ours.pages / 2, stock.out[i].count * 1.25);
    assert.ok(ours.out[i].count <= limit, `"${q.query}" returns ${ours.out[i].count} of ${ours.pages} pages (stock ${stock.out[i].count})`);
  });
  assert.ok(a.median <= Math.max(10, 2 * b.median), `median ${a.median} results per query against stock ${b.median}`);
  assert.ok(r.value >= 0.98, `recall@5 ${r.value.toFixed(3)} is below 0.98`);
});

/** Recall@5 of a held-out set (tests/fixtures/<name>: a site and queries written by a separate
 * pass that did not read the search code, never tuned on) through the search page's query
 * reading, and of stock Pagefind on the same site; logged by class. */
async function heldOut(name) {
  const held = join(REPO, 'tests/fixtures', name);
  const queries = JSON.parse(readFileSync(join(held, 'queries.json')));
  const dir = mkdtempSync(join(tmpdir(), `polku-${name}-`));
  try {
    cpSync(held, join(dir, 'site'), { recursive: true });
    execFileSync(POLKU, ['build', '--root', join(dir, 'site'), '--output', join(dir, 'polku')], { stdio: 'pipe' });
    const config = readFileSync(join(held, 'site.yaml'), 'utf8');
    writeFileSync(join(dir, 'site', 'site.yaml'), `${config}\nsearch:\n  finnish: false\n`);
    execFileSync(POLKU, ['build', '--root', join(dir, 'site'), '--output', join(dir, 'stock')], { stdio: 'pipe' });
    const ours = recall(await runQueries(join(dir, 'polku'), queries, true), queries);
    const stock = recall(await runQueries(join(dir, 'stock'), queries), queries);
    console.log(`${name} recall@5: ${ours.value.toFixed(3)} (${show(ours)})`);
    console.log(`${name} recall@5 of stock Pagefind: ${stock.value.toFixed(3)} (${show(stock)})`);
    assert.ok(queries.length >= 60);
    return ours.value;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The first held-out set: 0.648 at the start of issue 16 (stock 0.580). Its misses were seen
// while the work went on, so it is no longer unseen input: the second set is.
test('recall@5 on the first held-out site and queries, through the search page\'s query reading', async () => {
  const value = await heldOut('heldout');
  assert.ok(value >= 0.95, `held-out recall@5 ${value.toFixed(3)} is below 0.95`);
});

// The second held-out set, written after the first one's misses had been seen: 0.794 at its
// start (stock 0.619), measured again only at the end of issue 16; the floor keeps what was reached.
test('recall@5 on the second held-out site and queries, through the search page\'s query reading', async () => {
  const value = await heldOut('heldout2');
  assert.ok(value >= 0.8, `held-out recall@5 ${value.toFixed(3)} is below 0.8`);
});

// With the Finnish forms, Polku's index has words the crate's cannot have (forms.rs); without
// them the two bundles are the same bytes (tests/search_index), and pagefind.js must read them so.
test(`pagefind.js gives the same results over Polku's bundle as over the pagefind crate's, for all ${QUERIES.length} queries`, async () => {
  const sites = stockBuild();
  const ours = await runQueries(sites.polku);
  const theirs = await runQueries(sites.crate);
  assert.equal(ours.pages, theirs.pages);
  const same = QUERIES.filter((q, i) => JSON.stringify(ours.out[i]) === JSON.stringify(theirs.out[i]));
  console.log(`${same.length} of ${QUERIES.length} queries give the same result count and top 5 (addresses, scores, excerpts) over both bundles`);
  assert.deepEqual(ours.out, theirs.out);
});

/** Each glossary word (`term:` of content/sanasto/*.yaml) as a query, expecting its own page. */
function glossaryQueries() {
  const dir = join(REPO, 'content', 'sanasto');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({
    query: readFileSync(join(dir, f), 'utf8').match(/^term:\s*"?([^"\n]+?)"?\s*$/m)[1],
    expect: `/sanasto/${f.replace(/\.yaml$/, '')}/`,
  }));
}

// The Finnish forms weigh half the word they come from (src/search/index/forms.rs), so that a
// page whose own text has the word ranks above pages that only have a form of it.
test('a glossary word finds its own page first, for most words', async () => {
  const terms = glossaryQueries();
  const ranks = (r) => terms.map((t, i) => r.out[i].urls.indexOf(t.expect) + 1);
  const ours = ranks(await runQueries(SITE, terms));
  const stock = ranks(await runQueries(stockBuild().polku, terms));
  const first = (r) => r.filter((n) => n === 1).length;
  const misses = terms.map((t, i) => [t, i]).filter(([, i]) => ours[i] !== 1).map(([t, i]) => `${t.query} ${ours[i] || '>5'} (stock ${stock[i] || '>5'})`);
  console.log(`own page first for ${first(ours)} of ${terms.length} glossary words (stock Pagefind ${first(stock)}); not first: ${misses.join(', ')}`);
  assert.ok(terms.length >= 100);
  assert.ok(first(ours) >= 0.9 * terms.length, `${first(ours)} of ${terms.length}`);
});

test('a first one-word query on the search page fetches little', async () => {
  const server = await serve();
  const page = await browser.newPage();
  const fetched = [];
  page.on('response', async (r) => {
    if (r.url().includes('/pagefind/')) fetched.push(await r.body());
  });
  await page.goto(`${server.url}/haku/?q=kipu`);
  await page.waitForFunction(() => document.querySelectorAll('#haku-lista > li').length > 0);
  await page.waitForLoadState('networkidle');
  const shown = await page.$$eval('#haku-lista > li', (li) => li.length);
  await page.close();
  await server.close();
  const raw = fetched.reduce((n, b) => n + b.length, 0);
  // With HTTP compression a server gzips what is not compressed already (Pagefind's index and
  // fragment files are): count each file at the smaller of its two sizes.
  const gzip = fetched.reduce((n, b) => n + Math.min(b.length, gzipSync(b).length), 0);
  const bundle = readdirSync(join(SITE, 'pagefind'), { recursive: true }).map((f) => statSync(join(SITE, 'pagefind', f))).filter((s) => s.isFile()).reduce((n, s) => n + s.size, 0);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`first query "kipu" on /haku/ (${shown} results shown): ${fetched.length} files, ${kb(raw)} KB raw, ${kb(gzip)} KB with gzip`);
  console.log(`search bundle on disk: ${kb(bundle)} KB`);
  // Stock Pagefind, measured for the issue: about 181 KB raw and 117 KB gzip for a first query.
  assert.ok(raw <= 181 * 1024 && gzip <= 117 * 1024, `${raw} B raw, ${gzip} B gzip`);
});
