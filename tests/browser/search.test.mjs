// The search page as people use it: typed with the keyboard, narrowed with facet checkboxes,
// its state kept in the URL (shareable, back-button safe), and still useful without JavaScript.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const RESULTS = '#haku-lista > li';

/** Waits until the status line announces a finished search and returns it. */
async function announced(page, previous = '') {
  await page.waitForFunction((old) => {
    const text = document.querySelector('#haku-tila').textContent.trim();
    return text !== '' && text !== old && /\d/.test(text);
  }, previous);
  return page.$eval('#haku-tila', (s) => s.textContent.trim());
}

const count = (page) => page.$$eval(RESULTS, (all) => all.length);
const params = (page) => new URL(page.url()).searchParams;

test('a search typed with the keyboard lists results and keeps the query in the URL', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/haku/`);
  // From the top of the page, Tab to the search page's own field.
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'haku-sivu-q'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'haku-sivu-q');
  await page.keyboard.type('kipu');
  await page.keyboard.press('Enter');
  const status = await announced(page);
  assert.match(status, /kipu/);
  assert.ok((await count(page)) >= 5, status);
  // Five at a time; "show more" adds the next ones.
  await page.click("#haku-lisaa");
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 5, RESULTS);
  assert.equal(params(page).get('q'), 'kipu');
  const first = await page.$eval(`${RESULTS} a`, (a) => a.getAttribute('href'));
  assert.match(first, /^\/[a-z0-9/-]+\/$/);
  assert.ok(await page.$eval(`${RESULTS} mark, ${RESULTS} p`, (e) => e.textContent.length > 0));
  await page.close();
});

test('a question finds what its content words find, and a word that finds nothing is corrected where it can be', async () => {
  const page = await browser.newPage();
  // `miten` and `arvioidaan` are on few pages; without the question word the content words
  // find the pain pages (Pagefind requires every query word that is in the index).
  await page.goto(`${server.url}/haku/?q=${encodeURIComponent('miten kipua?')}`);
  const question = await announced(page);
  assert.match(question, /”kipua”/, question);
  assert.ok((await count(page)) >= 3, question);
  assert.ok(await page.$eval('#haku-korjattu', (p) => p.hidden));
  // `hhoitaja` finds nothing: its doubled letter is made single, and the page says so.
  await page.goto(`${server.url}/haku/?q=hhoitaja`);
  const typo = await announced(page);
  assert.match(typo, /”hoitaja”/, typo);
  assert.equal(await page.$eval('#haku-korjattu', (p) => (p.hidden ? '' : p.textContent)), 'Näytetään tulokset haulle ”hoitaja”.');
  assert.equal(params(page).get('q'), 'hhoitaja');
  await page.close();
});

// js/query.js on the example site's index. Pagefind answers a word it does not have with the
// pages of the longest indexed word that begins it, so the reader must tell such a word from one
// the index has, correct only the first kind, and leave real words and verbs alone.
test('the search page corrects typos that Pagefind would answer with a prefix, and only those', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/haku/`);
  const read = await page.evaluate(async (queries) => {
    const pf = await import('/pagefind/pagefind.js');
    // A classic script (it runs from file:// in the ZIP too): it sets window.polkuQuery.
    await import('/js/query.js');
    const { queryReader } = window.polkuQuery;
    await pf.options({ noWorker: true });
    await pf.init();
    const understood = queryReader(pf, document.getElementById('haku').dataset.stopWords);
    const out = {};
    for (const q of queries) out[q] = await understood(q);
    return out;
  }, ['lääkkehoito', 'kipua lääkkelista', 'kotihoitotyö', 'hapi', 'hoidan kipua', 'hoit', 'tuli', 'dosetti verenpaineqx']);
  const text = (q) => `${read[q].text}${read[q].corrected ? ' (corrected)' : ''}`;
  // A doubled consonant too many: Pagefind alone would show the pages of `lääk…`.
  assert.equal(text('lääkkehoito'), 'lääkehoito (corrected)');
  assert.equal(text('kipua lääkkelista'), 'kipua lääkelista (corrected)');
  // A consonant too few: only a spelling that is an indexed word itself is taken.
  assert.equal(text('hapi'), 'happi (corrected)');
  // A compound the site writes as two words.
  assert.equal(text('kotihoitotyö'), 'kotihoito työ (corrected)');
  // Words the index has, or begins words of, are searched as typed: a beginning typed so far,
  // and a short word with a longer look-alike. A verb form the index does not have is not made
  // another word (`hoidan`, not `hoiddan`) but left out, as Pagefind would ignore it.
  assert.equal(text('hoidan kipua'), 'kipua (corrected)');
  assert.equal(text('hoit'), 'hoit');
  assert.equal(text('tuli'), 'tuli');
  // A word the index does not have would narrow the results to a prefix's pages: left out.
  assert.equal(text('dosetti verenpaineqx'), 'dosetti (corrected)');
  await page.close();
});

// Pagefind finds only pages with every word of a query; a question in the learner's own words
// rarely has all of them on one page.
test('when few pages have every word, pages with most of the words follow, and the page says so', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/haku/?q=${encodeURIComponent('miten autan asukasta syömään')}`);
  const status = await announced(page);
  assert.match(status, /”autan asukasta syömään”/, status);
  assert.equal(await page.$eval('#haku-korjattu', (p) => (p.hidden ? '' : p.textContent)), 'Mukana myös sivut, joilla on vain osa hakusanoista.');
  const top = await page.$$eval(`${RESULTS} h3 a`, (a) => a.slice(0, 5).map((x) => x.getAttribute('href')));
  assert.ok(top.includes('/oppitunnit/hoitotyon-suomi/ruokailussa-avustaminen/'), top.join(' '));
  // Counts of the facets are those of the pages shown.
  const shownTypes = await page.$$eval(`${RESULTS} .badge-type`, (b) => b.length);
  const counted = await page.$$eval('fieldset[data-key="type"] .count', (c) => c.reduce((n, x) => n + Number(x.textContent.replace(/\D/g, '')), 0));
  assert.ok(counted >= shownTypes && counted <= 10, `${counted} counted, ${shownTypes} shown`);
  await page.close();
});

test('a facet narrows the results, is kept in the URL, and the back button undoes it', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/haku/?q=kipu`);
  const before = await announced(page);
  const all = await count(page);
  // Tick "Sana" (glossary words) under the content type, with the keyboard.
  const box = 'fieldset[data-key="type"] input[value="Sana"]';
  await page.waitForSelector(box);
  await page.focus(box);
  await page.keyboard.press('Space');
  await announced(page, before);
  const filtered = await count(page);
  const types = await page.$$eval(`${RESULTS} .badge-type`, (b) => [...new Set(b.map((x) => x.textContent.trim()))]);
  assert.deepEqual(types, ['Sana']);
  assert.ok(filtered > 0 && filtered <= all, `${filtered} of ${all}`);
  assert.deepEqual(params(page).getAll('type'), ['Sana']);
  assert.equal(params(page).get('q'), 'kipu');
  await page.goBack();
  await page.waitForFunction((b) => !document.querySelector(b).checked, box);
  assert.equal(params(page).get('type'), null);
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [RESULTS, all]);
  await page.close();
});

test('a shared URL opens with its query and filters, and levels cover lesson ranges', async () => {
  const page = await browser.newPage();
  // Kivusta kysyminen is an A2.2–B1.1 lesson: it is found under B1.1 too.
  await page.goto(`${server.url}/haku/?q=kipu&type=Oppitunti&level=B1.1`);
  await announced(page);
  assert.ok(await page.$eval('fieldset[data-key="level"] input[value="B1.1"]', (b) => b.checked));
  assert.ok(await page.$eval('fieldset[data-key="type"] input[value="Oppitunti"]', (b) => b.checked));
  const urls = await page.$$eval(`${RESULTS} a`, (a) => a.map((x) => x.getAttribute('href')));
  assert.ok(urls.includes('/oppitunnit/hoitotyon-suomi/kivusta-kysyminen/'), urls.join(' '));
  assert.ok(urls.every((u) => u.startsWith('/oppitunnit/')), urls.join(' '));
  // Facet values show their counts.
  const label = await page.$eval('fieldset[data-key="level"] input[value="B1.1"]', (b) => b.closest('li').textContent);
  assert.match(label, /B1\.1.*\d/);
  await page.close();
});

test('filters alone list every page that matches them', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/haku/?theme=Kohtaaminen&type=Kortti`);
  const status = await announced(page);
  // The deck has ten cards of the theme Kohtaaminen.
  assert.equal(Number(status.match(/\d+/)[0]), 10, status);
  const badges = await page.$$eval(`${RESULTS} .badge-type`, (b) => b.map((x) => x.textContent.trim()));
  assert.ok(badges.length > 0 && badges.every((b) => b === 'Kortti'), badges.join(','));
  await page.close();
});

test('without JavaScript the search page offers the facet pages instead', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/haku/?q=kipu`);
  assert.ok(await page.isVisible('#haku-selaa'));
  const links = await page.$$eval('#haku-selaa a', (a) => a.map((x) => x.getAttribute('href')));
  assert.ok(links.includes('/teemat/') && links.includes('/tasot/'), links.join(' '));
  // The header search box on every page leads to the search page.
  await page.goto(`${server.url}/sanasto/kipu/`);
  assert.equal(await page.$eval('header form[role=search]', (f) => f.getAttribute('action')), '/haku/');
  await context.close();
});
