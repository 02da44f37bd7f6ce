// Issue 21, offline for coaches, in Chromium: the installable site (service worker, a section
// saved with "Tallenna laitteelle", search over it and the offline page without a network; a new
// build reaching a returning reader), and the ZIP of the site opened from a folder (file://),
// whose search gives the same results as the served site's for the test queries.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SITE, launch, serve } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const QUERIES = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url)));
const REPO = resolve('../..');
const POLKU = join(REPO, 'target/release/polku');
const LESSONS = '/oppitunnit/';
const LESSON = '/oppitunnit/hoitotyon-suomi/kivusta-kysyminen/';
const VISITED = '/tietoa/';
const CONTROL = `.save-offline[data-save="${LESSONS}"]`;
const VIEWPORT = { width: 1280, height: 900 };
const KB = 1024;
const kb = (bytes) => (bytes / KB).toFixed(1);
const mb = (bytes) => (bytes / KB / KB).toFixed(2);
/** A size as the Finnish pages write it (js/offline.js, and the build's PDF sizes): "591 kt", "1,4 Mt". */
const fiSize = (bytes) => (bytes >= KB * KB ? `${(Math.floor((bytes * 10) / KB / KB) / 10).toFixed(1).replace('.', ',')} Mt` : `${Math.ceil(bytes / KB)} kt`);

let browser;
const temps = [];
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const h1Of = (file) => readFileSync(file, 'utf8').match(/<h1[^>]*>([^<]*)<\/h1>/)[1].trim();
const tempDir = (name) => { const dir = mkdtempSync(join(tmpdir(), name)); temps.push(dir); return dir; };

/** A context whose pages record script errors and CSP violations in `problems`. */
async function open(options = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  const problems = [];
  context.on('page', (page) => {
    page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`); });
  });
  return { context, problems, page: await context.newPage() };
}

/** Polls `check` in Node (page.waitForFunction does not wait for a promise) for up to `ms`. */
async function until(page, check, what, ms = 30_000) {
  const started = Date.now();
  while (!(await check())) {
    assert.ok(Date.now() - started < ms, `${what} not in ${ms / 1000} s`);
    await page.waitForTimeout(100);
  }
  return Date.now() - started;
}

/** Waits until the service worker controls the page (it claims it on activation; else a reload). */
async function controlled(page) {
  await until(page, () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active?.state === 'activated')), 'an active service worker');
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

/** Saves the section whose control is on the page; returns the control's button text before. */
async function saveSection(page) {
  await page.waitForSelector(`${CONTROL}:not([hidden]) .save-offline-save:not([hidden])`);
  const before = (await page.textContent(`${CONTROL} .save-offline-save`)).trim();
  await page.click(`${CONTROL} .save-offline-save`);
  await page.waitForSelector(`${CONTROL}[data-state="saved"]`, { timeout: 60_000 });
  return before;
}

/** The text of `url` in the polku-* caches (null if none has it), and which caches have it. */
const inCaches = (page, url) => page.evaluate(async (u) => {
  const names = (await caches.keys()).filter((n) => n.startsWith('polku-'));
  const holders = [];
  for (const n of names) if (await (await caches.open(n)).match(u)) holders.push(n);
  const hit = await caches.match(u);
  return { names, holders, text: hit ? await hit.text() : null };
}, url);

test('PWA: a saved section works offline, search over it too, and an unsaved page gives the offline page', { timeout: 180_000 }, async () => {
  const lists = json(join(SITE, 'offline.json'));
  const shell = lists.shell.reduce((n, i) => n + lists.files[i][2], 0);
  console.log(`shell precache: ${kb(shell)} KB in ${lists.shell.length} files`);
  assert.ok(shell <= 300 * KB, `the shell is ${kb(shell)} KB`);
  const section = lists.sections.find((s) => lists.root + s.url === LESSONS);
  assert.ok(section, `offline.json has the section ${LESSONS}`);
  const sectionUrls = new Set(section.files.map((i) => lists.root + lists.files[i][0]));

  const server = await serve();
  const { context, problems, page } = await open();
  try {
    // A page outside the section, opened while online: kept as visited.
    await page.goto(server.url + VISITED);
    await page.goto(server.url + LESSONS);
    await controlled(page);
    await page.goto(server.url + VISITED);
    await page.goto(server.url + LESSONS);
    // The size before saving, as the page's language writes it.
    const label = await saveSection(page);
    assert.equal(label, `Tallenna laitteelle (${fiSize(section.bytes)})`);
    assert.equal(await page.$eval(`${CONTROL} .save-offline-status`, (s) => s.getAttribute('role')), 'status');
    const missing = await page.evaluate(async (urls) => {
      const out = [];
      for (const u of urls) if (!(await caches.match(u))) out.push(u);
      return out;
    }, [...sectionUrls].map((u) => server.url + u));
    assert.deepEqual(missing, [], 'every file of the saved section is in a cache');
    console.log(`saved section ${LESSONS}: ${kb(section.bytes)} KB to download (${section.files.length} files), shown as "${label}"`);
    assert.ok(section.bytes <= 2 * KB * KB, `the lessons are ${kb(section.bytes)} KB`);

    await context.setOffline(true);
    // The service worker is offline too: a file neither precached nor saved does not come.
    assert.equal(await page.evaluate(() => fetch('/polut/aminan-polku/').then((r) => r.status, () => 'failed')), 'failed');

    const title = h1Of(join(SITE, LESSON, 'index.html'));
    await page.goto(server.url + LESSON);
    assert.equal((await page.textContent('h1')).trim(), title);
    await page.reload();
    assert.equal((await page.textContent('h1')).trim(), title);

    // Search: results, each a saved page.
    await page.goto(`${server.url}/haku/?q=kipu`);
    await page.waitForFunction(() => /\d/.test(document.querySelector('#haku-tila')?.textContent ?? ''), null, { timeout: 30_000 });
    const links = await page.$$eval('#haku-lista > li a', (all) => all.map((a) => a.getAttribute('href')));
    console.log(`offline search "kipu": ${await page.textContent('#haku-tila')} (${links.length} shown)`);
    assert.ok(links.length > 0, 'offline search finds saved pages');
    for (const href of links) assert.ok(sectionUrls.has(href.replace(/#.*/, '')), `${href} is not a saved page`);

    // An unsaved page: the offline page, listing the saved section.
    await page.goto(server.url + '/polut/');
    assert.equal((await page.textContent('h1')).trim(), 'Ei verkkoyhteyttä');
    const saved = await page.waitForSelector(`#offline-saved a[href="${LESSONS}"]`);
    assert.equal((await saved.textContent()).trim(), section.title);
    // …and the other pages opened on the device, by their headings.
    const visited = await page.waitForSelector(`#offline-visited:not([hidden]) a[href="${server.url}${VISITED}"]`);
    assert.equal((await visited.textContent()).trim(), h1Of(join(SITE, VISITED, 'index.html')));
    // axe as axe.test.mjs runs it; evaluated through DevTools, so the site's CSP stays on.
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    const report = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(report, [], 'axe on the offline page');
    assert.ok(result.passes.length > 10, 'axe ran its rules');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('update: after a new build a returning reader gets the changed pages, and removed pages and old caches go', { timeout: 180_000 }, async () => {
  const root = tempDir('polku-offline-update-');
  for (const name of ['content', 'site.yaml', 'themes']) cpSync(join(REPO, name), join(root, name), { recursive: true });
  const out = join(root, 'public');
  const build = () => execFileSync(POLKU, ['build', '--root', root], { stdio: 'pipe' });
  const lessons = join(root, 'content/oppitunnit/hoitotyon-suomi');
  const changed = '/oppitunnit/hoitotyon-suomi/ruokailussa-avustaminen/';
  const removed = '/oppitunnit/hoitotyon-suomi/laakekierros/';
  build();
  const v1 = json(join(out, 'offline.json')).version;
  const oldTitle = h1Of(join(out, changed, 'index.html'));
  const newTitle = `${oldTitle} uudistettu`;

  const server = await serve(out);
  const { context, problems, page } = await open();
  try {
    await page.goto(server.url + LESSONS);
    await controlled(page);
    await saveSection(page);
    const before = await inCaches(page, server.url + changed);
    assert.match(before.text, new RegExp(`<h1>${oldTitle}</h1>`));
    assert.ok((await inCaches(page, server.url + removed)).holders.length > 0, 'the page to remove was saved');

    // A new build: one lesson's title changed, one lesson deleted.
    const file = join(lessons, 'ruokailussa-avustaminen.md');
    const source = readFileSync(file, 'utf8');
    assert.ok(source.includes(`title: ${oldTitle}\n`));
    writeFileSync(file, source.replace(`title: ${oldTitle}\n`, `title: ${newTitle}\n`));
    rmSync(join(lessons, 'laakekierros.md'));
    build();
    const v2 = json(join(out, 'offline.json')).version;
    assert.notEqual(v2, v1);

    // Back online on a page: the browser finds the new sw.js, which installs and activates.
    await page.goto(server.url + LESSONS);
    const took = await until(page, () => page.evaluate(async ([a, b]) => {
      const names = await caches.keys();
      return names.includes(`polku-shell-${b}`) && !names.some((n) => n.endsWith(a));
    }, [v1, v2]), 'the new service worker with its caches', 60_000);
    console.log(`update: the new service worker had taken over its caches ${took} ms after the page loaded`);
    const now = await inCaches(page, server.url + changed);
    assert.match(now.text, new RegExp(`<h1>${newTitle}</h1>`));
    assert.deepEqual((await inCaches(page, server.url + removed)).holders, [], 'the removed page is in no cache');
    assert.deepEqual(now.names.filter((n) => /^polku-(shell|pages)-/.test(n)).sort(), [`polku-pages-${v2}`, `polku-shell-${v2}`]);
    // The section still shows as saved: the new build's files of it were fetched too.
    await page.reload();
    await page.waitForSelector(`${CONTROL}[data-state="saved"]`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

/** The first ten result URLs of each query, as the search page reads and searches it, from the
 * Pagefind that the page's own search.js set up (the ZIP's classic one, or the served module). */
async function topTen(page) {
  await page.waitForSelector('#haku-sovellus:not([hidden])', { timeout: 30_000 });
  return page.evaluate(async (queries) => {
    const pf = window.polkuPagefind || (await import('/pagefind/pagefind.js'));
    const { queryReader, searchRead } = window.polkuQuery;
    const read = queryReader(pf, document.getElementById('haku').dataset.stopWords);
    const out = [];
    for (const query of queries) {
      const found = await searchRead(pf, await read(query));
      out.push((await Promise.all(found.results.slice(0, 10).map((r) => r.data()))).map((d) => d.url));
    }
    return out;
  }, QUERIES.map((q) => q.query));
}

test('ZIP: the site works from a folder (file://), and its search gives the served results', { timeout: 180_000 }, async () => {
  const zips = readdirSync(SITE).filter((f) => f.endsWith('-offline.zip'));
  assert.equal(zips.length, 1, `one *-offline.zip at the root of ${SITE}`);
  const zip = join(SITE, zips[0]);
  const size = statSync(zip).size;
  console.log(`ZIP ${zips[0]}: ${mb(size)} MB`);
  assert.ok(size <= 8 * KB * KB, `the ZIP is ${mb(size)} MB`);
  const dir = tempDir('polku-offline-zip-');
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, dir]);
  const top = pathToFileURL(join(dir, 'index.html')).href;
  const at = (path) => new URL(path, top).href;

  const { context, problems, page } = await open();
  try {
    // The main menu's first link: a relative link to a folder's index.html, with the CSS.
    await page.goto(top);
    const link = page.locator('.main-nav a').first();
    if (!(await link.isVisible())) await page.click('.main-nav summary');
    const href = await link.getAttribute('href');
    assert.match(href, /^[^/].*index\.html$/, href);
    await link.click();
    await page.waitForURL(at(href));
    assert.ok((await page.textContent('h1')).trim().length > 0);
    assert.equal(await page.$eval('.site-header', (h) => getComputedStyle(h).borderTopWidth), '6px', 'polku.css is applied');

    // An exercise, as behaviour.test.mjs does one (here with the mouse).
    await page.goto(at(`.${LESSON}index.html`));
    const exercise = 'section.exercise[data-kind="gap"]';
    const answers = await page.$$eval(`${exercise} input.ex-gap`, (all) => all.map((i) => i.dataset.answer.split('|')[0]));
    assert.ok(answers.length > 0);
    for (const [i, answer] of answers.entries()) await page.locator(`${exercise} input.ex-gap`).nth(i).fill(answer);
    await page.click(`${exercise} button.ex-check`);
    await page.waitForFunction((s) => document.querySelector(s).textContent.trim() !== '', `${exercise} [role=status]`);
    const allCorrect = await page.$eval(exercise, (e) => e.dataset.msgAllCorrect);
    assert.ok((await page.textContent(`${exercise} [role=status]`)).includes(allCorrect));

    // Search: typed, results, the first one opens from the folder.
    await page.goto(at('haku/index.html'));
    await page.waitForSelector('#haku-sovellus:not([hidden])', { timeout: 30_000 });
    await page.fill('#haku-sivu-q', 'kipu');
    await page.press('#haku-sivu-q', 'Enter');
    // Once the status line has the count: it moves the list down when it appears.
    await page.waitForFunction(() => /\d/.test(document.querySelector('#haku-tila').textContent));
    const first = page.locator('#haku-lista > li a').first();
    const result = await first.getAttribute('href');
    assert.ok(result.startsWith(pathToFileURL(dir).href) && /index\.html(#.*)?$/.test(result), result);
    await first.click();
    await page.waitForURL(result);
    assert.ok((await page.textContent('h1')).trim().length > 0);

    // The card draw page draws a card.
    await page.goto(at('kortit/starttipakka/nosta/index.html'));
    await page.click('#nosto-nappi');
    await page.waitForFunction(() => document.querySelector('#nosto-otsikko').textContent.trim() !== '');

    // The deck's PDFs are in the folder where the print page's links point.
    await page.goto(at('kortit/starttipakka/tulosta/index.html'));
    const pdfs = await page.$$eval('a[href$=".pdf"]', (all) => all.map((a) => a.href));
    assert.ok(pdfs.length > 0, 'the print page links PDFs');
    for (const pdf of pdfs) assert.equal(readFileSync(fileURLToPath(pdf)).subarray(0, 5).toString(), '%PDF-', pdf);

    // The test queries: the first ten results from the folder equal those of the served site.
    await page.goto(at('haku/index.html'));
    const started = Date.now();
    const offline = await topTen(page);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const server = await serve();
    let online;
    try {
      await page.goto(`${server.url}/haku/`);
      online = await topTen(page);
    } finally {
      await server.close();
    }
    const differ = QUERIES.filter((q, i) => JSON.stringify(offline[i]) !== JSON.stringify(online[i]))
      .map((q) => `${q.query}: ZIP ${offline[QUERIES.indexOf(q)].join(' ')} | served ${online[QUERIES.indexOf(q)].join(' ')}`);
    const withResults = online.filter((urls) => urls.length > 0).length;
    console.log(`ZIP search: ${QUERIES.length - differ.length}/${QUERIES.length} queries give the served first ten (${withResults} with results), ${seconds} s from file://`);
    assert.deepEqual(differ, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
