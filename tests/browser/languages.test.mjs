// The Swedish and English pages: their own search, the language switch as a reader uses it on a
// phone, and axe's WCAG 2.1 A and AA rules over them (the Nu checker reads every page of the site
// in vnu.test.mjs, these included).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, serve } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PHONE = { width: 360, height: 740 };

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The result links of a search for `q` on the search page `path`, once it has finished. */
async function results(path, q) {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /\d/.test(document.querySelector('#haku-tila').textContent));
  const links = await page.$$eval('#haku-lista > li a', (all) => all.map((a) => a.getAttribute('href')));
  const lang = await page.evaluate(() => document.documentElement.lang);
  await page.close();
  return { links, lang };
}

test('the Swedish search page finds Swedish pages only', async () => {
  const swedish = await results('/sv/haku/', 'bemötande');
  assert.equal(swedish.lang, 'sv');
  assert.ok(swedish.links.length > 0, 'a Swedish word is found');
  // A word both languages have: only the Swedish pages.
  const both = await results('/sv/haku/', 'Starttipakka');
  assert.ok(both.links.length > 0);
  assert.deepEqual(both.links.filter((href) => !href.startsWith('/sv/')), [], 'only Swedish pages');
  const finnish = await results('/haku/', 'Starttipakka');
  assert.ok(finnish.links.length > 0);
  assert.deepEqual(finnish.links.filter((href) => /^\/(sv|en)\//.test(href)), [], 'the Finnish search keeps to Finnish pages');
});

test('on a phone the language switch is one row above the header and leads to the page in that language', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${server.url}/tietoa/`);
  const [header, row] = await page.$eval('.site-header', (h) => [h.getBoundingClientRect().height, h.querySelector('.language-switch').getBoundingClientRect().height]);
  assert.ok(row <= 48, `switch row ${row}px`);
  assert.ok(header - row <= 120, `header without the switch ${header - row}px`);
  // Named for a screen reader in its own language, its code seen.
  const swedish = page.locator('.language-switch a[hreflang="sv"]');
  const [code, name] = await swedish.evaluate((a) => ['.lang-code', '.lang-name'].map((c) => a.querySelector(c).getBoundingClientRect().width));
  assert.ok(code > 10 && name <= 1, `code ${code}px wide, name ${name}px`);
  assert.match(await swedish.evaluate((a) => a.textContent), /^SV Svenska$/);
  await swedish.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/sv\/tietoa\/$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  assert.equal(await page.$eval('.language-switch [aria-current]', (a) => a.getAttribute('hreflang')), 'sv');
  await context.close();
});

const PAGES = ['/sv/', '/sv/saavutettavuusseloste/', '/sv/kortit/starttipakka/', '/sv/kortit/starttipakka/huomenta-kollega/',
  '/en/', '/en/oppitunnit/hoitotyon-suomi/kivusta-kysyminen/', '/en/palaute/', '/sv/haku/'];
for (const [width, height] of [[1280, 900], [375, 740]]) {
  for (const path of PAGES) {
    test(`axe: ${path} at ${width}px`, async () => {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      await context.close();
      const report = result.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
      assert.deepEqual(report, [], `axe violations on ${path}:\n${report.join('\n')}`);
      assert.ok(result.passes.length > 10, 'axe ran its rules');
    });
  }
}
