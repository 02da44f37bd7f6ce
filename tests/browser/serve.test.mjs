// `polku serve` in a real browser: a saved edit reloads the open page by itself, a broken file
// shows its errors over the last good page (an accessible alert, no axe violations), and fixing
// the file clears them. Runs the release binary that scripts/test has just built.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { launch } from './harness.mjs';

const REPO = resolve('../..');
const POLKU = process.env.POLKU_BIN ?? join(REPO, 'target/release/polku');
const LESSON = 'content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md';
const PAGE = '/oppitunnit/hoitotyon-suomi/kivusta-kysyminen/';

let site, server, url, browser;

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'polku-serve-'));
  await cp(join(REPO, 'content'), join(site, 'content'), { recursive: true });
  await cp(join(REPO, 'site.yaml'), join(site, 'site.yaml'));
  server = spawn(POLKU, ['serve', '--port', '0', '--root', site], { stdio: ['ignore', 'ignore', 'pipe'] });
  url = await new Promise((ok, fail) => {
    let text = '';
    server.stderr.on('data', (chunk) => {
      text += chunk;
      // The site is Finnish, and so are `polku serve`'s lines.
      const found = text.match(/Sivusto näkyy osoitteessa (http:\/\/[^ ]+)/);
      if (found) ok(found[1].replace(/\/$/, ''));
    });
    server.on('exit', () => fail(new Error(`polku serve ended:\n${text}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill('SIGINT');
  await rm(site, { recursive: true, force: true });
});

const title = (page) => page.$eval('h1', (h) => h.textContent.trim());

test('an edit reloads the page; a broken file shows its errors over the last good page until fixed', async () => {
  const page = await browser.newPage();
  await page.goto(url + PAGE);
  await page.waitForSelector('html[data-polku-live=ready]');
  const first = await title(page);
  const file = join(site, LESSON);
  const good = await readFile(file, 'utf8');
  const oldTitle = good.match(/^title: (.*)$/m)[1];

  let reloaded = page.waitForEvent('load');
  await writeFile(file, good.replace(`title: ${oldTitle}`, 'title: Muokattu otsikko'));
  await reloaded;
  assert.equal(await title(page), 'Muokattu otsikko');
  await page.waitForSelector('html[data-polku-live=ready]');

  await writeFile(file, good.replace(`title: ${oldTitle}`, 'title: [rikki'));
  // writeFile truncates before it writes, as many editors do, so the watcher may first build the
  // empty file; the overlay must then follow the file to its final, broken state.
  // In the site's language, Finnish: the code stays the same in every language.
  const expected = /content\/oppitunnit\/hoitotyon-suomi\/kivusta-kysyminen\.md:\d+:\d+: virhe\[YAML-SYNTAX\]/;
  await page.waitForSelector('#polku-build-errors[role=alert]');
  await page
    .waitForFunction((source) => new RegExp(source).test(document.querySelector('#polku-build-errors')?.textContent ?? ''),
      expected.source, { timeout: 10000 })
    .catch(() => {});
  assert.match(await page.$eval('#polku-build-errors', (o) => o.textContent), expected);
  assert.equal(await page.$eval('#polku-build-errors-title', (h) => h.textContent), 'Sivustoa ei voitu rakentaa');
  // The last good page is still underneath.
  assert.equal(await title(page), 'Muokattu otsikko');
  // A page opened now shows the errors at once.
  const other = await browser.newPage();
  await other.goto(url + '/');
  await other.waitForSelector('#polku-build-errors');
  const require = createRequire(import.meta.url);
  await other.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await other.evaluate(() => window.axe.run('#polku-build-errors', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);

  reloaded = page.waitForEvent('load');
  await writeFile(file, good);
  await reloaded;
  assert.equal(await page.$('#polku-build-errors'), null);
  assert.equal(await title(page), first);
});
