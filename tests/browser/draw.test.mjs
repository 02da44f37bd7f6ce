// The "Nosta kortti" page of a deck: cards drawn with the keyboard alone, no card repeats until
// the chosen themes are used up, theme choice respected, full screen for a projector where the
// browser has it, and without JavaScript a plain list.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, launch, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const drawnTitle = (page) => page.$eval('#nosto-otsikko', (h) => h.textContent.trim());

test('cards are drawn with the keyboard, without repeats, from the chosen themes only', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url + PAGES.deckDraw);
  await page.waitForSelector('#nosto:not([hidden])');
  // Keep only the first theme: untick the others with the keyboard.
  const boxes = await page.$$('#nosto input[type=checkbox]');
  assert.equal(boxes.length, 4);
  const kept = await boxes[0].evaluate((b) => b.value);
  for (const box of boxes.slice(1)) {
    await box.focus();
    await page.keyboard.press('Space');
  }
  const themeCards = await page.$$eval(`#nosto-lista li[data-theme="${kept}"]`, (li) => li.map((x) => x.dataset.title));
  assert.equal(themeCards.length, 10);
  await page.focus('#nosto-nappi');
  const seen = new Set();
  for (let i = 0; i < themeCards.length; i++) {
    await page.keyboard.press(i === 0 ? 'Enter' : 'Space');
    await page.waitForFunction((n) => document.querySelector('#nosto-otsikko').textContent.trim() !== '' && document.querySelector('#nosto-edistys').textContent.includes(String(n)), i + 1);
    seen.add(await drawnTitle(page));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'nosto-nappi', 'focus stays on the button');
  }
  assert.equal(seen.size, themeCards.length, 'no card repeats before all were drawn');
  assert.ok([...seen].every((t) => themeCards.includes(t)), 'only cards of the chosen theme');
  // The drawn card is in a live region, large, and its theme is named, not only coloured.
  assert.equal(await page.$eval('#nosto-alue', (a) => a.getAttribute('aria-live')), 'polite');
  assert.ok((await page.$eval('#nosto-teema', (t) => t.textContent.trim())).length > 0);
  const size = await page.$eval('#nosto-otsikko', (h) => parseFloat(getComputedStyle(h).fontSize));
  assert.ok(size >= 24, `title ${size}px`);
  const motion = await page.$eval('#nosto-alue', (a) => getComputedStyle(a).transitionDuration + getComputedStyle(a).animationName);
  assert.ok(/^0s(none)?$/.test(motion.replace(/,\s*0s/g, '')), `motion with reduced motion: ${motion}`);
  await context.close();
});

test('the card shows full screen with the draw button, and Esc or the button leaves full screen', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url + PAGES.deckDraw);
  await page.waitForSelector('#nosto-koko:not([hidden])');
  await page.focus('#nosto-nappi');
  await page.keyboard.press('Enter');
  const first = await drawnTitle(page);
  await page.focus('#nosto-koko');
  await page.keyboard.press('Enter');
  // The label follows the fullscreenchange event, which fires a frame after fullscreenElement is set.
  const labelled = (label) => page.waitForFunction((l) => document.querySelector('#nosto-koko').textContent === l, label).catch(() => {});
  await page.waitForFunction(() => document.fullscreenElement?.id === 'nosto');
  await labelled('Poistu koko näytöstä');
  assert.equal(await page.textContent('#nosto-koko'), 'Poistu koko näytöstä');
  // The card and the draw button, without the theme choice; the next card is drawn in full screen.
  assert.ok(await page.isHidden('.draw-themes'));
  const card = await page.$eval('#nosto-alue', (a) => a.getBoundingClientRect().width);
  assert.ok(card > 1100, `card ${card}px wide`);
  await page.click('#nosto-nappi');
  assert.notEqual(await drawnTitle(page), first);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await labelled('Näytä koko näytöllä');
  assert.equal(await page.textContent('#nosto-koko'), 'Näytä koko näytöllä');
  await page.click('#nosto-koko');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'nosto');
  await page.click('#nosto-koko');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await context.close();
});

test('without the Fullscreen API there is no full-screen button', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
  const page = await context.newPage();
  await page.goto(server.url + PAGES.deckDraw);
  await page.waitForSelector('#nosto:not([hidden])');
  assert.ok(await page.isHidden('#nosto-koko'));
  await context.close();
});

test('without JavaScript the draw page lists every card', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + PAGES.deckDraw);
  const links = await page.$$eval('#nosto-lista a', (a) => a.map((x) => x.getAttribute('href')));
  assert.ok(links.filter((l) => l.startsWith('/kortit/starttipakka/')).length >= 40, `${links.length} links`);
  assert.ok(await page.isHidden('#nosto'));
  await context.close();
});

test('the print page lists every PDF with its size, and the files are there', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + PAGES.deckPrint);
  const rows = await page.$$eval('table tbody tr', (r) => r.map((x) => x.textContent.replace(/\s+/g, ' ')));
  // The deck's four formats, then its instructions as a PDF of their own.
  assert.equal(rows.length, 5, rows.join('\n'));
  assert.match(rows[4], /Ohjeet ja pelitavat/);
  const links = await page.$$eval('table a[href$=".pdf"]', (a) => a.map((x) => x.getAttribute('href')));
  for (const link of links) {
    const response = await page.request.get(server.url + link);
    assert.equal(response.status(), 200, link);
    assert.equal((await response.body()).subarray(0, 5).toString(), '%PDF-');
  }
  await page.close();
});
