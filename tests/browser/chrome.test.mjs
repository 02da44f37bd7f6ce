// The site's chrome on a phone (360 × 740) and on a wide screen: a compact header whose main menu
// is a <details> button (opened with the keyboard, with or without JavaScript), nothing wider than
// the screen, breadcrumbs on one line, one search box on the search page, the draw button on the
// first screen, and headings that hyphenate.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, SITE, launch, serve } from './harness.mjs';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 800 };

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens `path` in a fresh context; `options` go to browser.newContext. */
async function open(path, viewport = PHONE, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  await page.goto(server.url + path);
  return { page, close: () => context.close() };
}

const MENU_LINKS = '.main-nav a';
/** The main menu's links that are rendered (not inside the closed <details>). */
const visibleMenuLinks = (page) => page.$$eval(MENU_LINKS, (a) => a.filter((x) => x.checkVisibility()).map((x) => x.textContent.trim()));

// The language switch of a site in several languages is a row of its own above (see
// languages.test.mjs), not counted here.
test('at 360 px the header with the main menu is at most 120 px high', async () => {
  for (const path of [PAGES.home, PAGES.lesson, PAGES.card, PAGES.search]) {
    const { page, close } = await open(path);
    const height = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height - (h.querySelector('.language-switch')?.getBoundingClientRect().height ?? 0));
    const hasNav = await page.$eval('.site-header', (h) => !!h.querySelector('nav.main-nav'));
    await close();
    assert.ok(hasNav, `${path}: the main menu is in the header`);
    assert.ok(height <= 120, `${path}: header ${height}px high`);
  }
});

test('at 360 px no element is wider than the screen', async () => {
  for (const path of [PAGES.home, PAGES.lesson, PAGES.card, PAGES.deckDraw]) {
    const { page, close } = await open(path);
    const wide = await page.evaluate(() => {
      // Content of a box that scrolls or clips sideways (a wide table's wrapper) does not count.
      const clipped = (e) => {
        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        }
        return false;
      };
      // With the menu closed and open.
      return [false, true].flatMap((open) => {
        document.querySelector('details.menu').open = open;
        return [...document.body.querySelectorAll('*')]
          .filter((e) => e.checkVisibility() && !clipped(e))
          .map((e) => [e, e.getBoundingClientRect()])
          .filter(([, r]) => r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5))
          .map(([e, r]) => `${open ? 'menu open: ' : ''}${e.tagName.toLowerCase()}.${e.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
      });
    });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    await close();
    assert.deepEqual(wide, [], `${path}: wider than 360 px`);
    assert.ok(scrollWidth <= 360, `${path}: ${scrollWidth}px wide`);
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`at 360 px the menu button opens the whole main menu with the keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const { page, close } = await open(PAGES.section, PHONE, { javaScriptEnabled });
    const all = await page.$$eval(MENU_LINKS, (a) => a.map((x) => x.textContent.trim()));
    assert.ok(all.length >= 5, `${all.length} menu links`);
    assert.deepEqual(await visibleMenuLinks(page), [], 'the menu starts closed');
    // Tab from the top of the page to the menu button, then Enter.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.matches('.menu > summary'))); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await page.evaluate(() => document.activeElement.matches('.menu > summary')), 'Tab reaches the menu button');
    assert.equal(await page.$eval('.menu > summary', (s) => s.textContent.trim()), 'Valikko');
    await page.keyboard.press('Enter');
    assert.deepEqual(await visibleMenuLinks(page), all, 'every menu link shows');
    // The open menu is on the screen and over the page, and its links take the focus in order.
    const box = await page.$eval('.menu > ul', (u) => u.getBoundingClientRect().toJSON());
    assert.ok(box.left >= 0 && box.right <= 360 && box.bottom <= 740, JSON.stringify(box));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), all[0]);
    assert.ok(await page.$eval('.main-nav [aria-current="page"]', (a) => a.checkVisibility()), 'the current section is marked');
    if (javaScriptEnabled) {
      // Esc closes it and gives the focus back to the button.
      await page.keyboard.press('Escape');
      assert.deepEqual(await visibleMenuLinks(page), []);
      assert.ok(await page.evaluate(() => document.activeElement.matches('.menu > summary')));
    } else {
      await page.focus('.menu > summary');
      await page.keyboard.press('Enter');
      assert.deepEqual(await visibleMenuLinks(page), [], 'Enter closes it again');
    }
    await close();
  });
}

test('on a wide screen the main menu is a bar of links, with no menu button', async () => {
  const { page, close } = await open(PAGES.lesson, WIDE);
  const all = await page.$$eval(MENU_LINKS, (a) => a.map((x) => x.textContent.trim()));
  assert.deepEqual(await visibleMenuLinks(page), all);
  assert.ok(!(await page.$eval('.menu > summary', (s) => s.checkVisibility())), 'no menu button');
  const tops = await page.$$eval(MENU_LINKS, (a) => new Set(a.map((x) => Math.round(x.getBoundingClientRect().top))).size);
  assert.equal(tops, 1, 'the links are on one row');
  // Keyboard users reach the links, and screen readers see them in the navigation landmark.
  await page.focus('#sivuhaku-q');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), all[0]);
  const tree = await page.locator('nav.main-nav').ariaSnapshot();
  for (const name of all) assert.ok(tree.includes(`link "${name}"`), tree);
  await close();
});

test('at 360 px the breadcrumbs are one line: the parent page, with the full trail on wide screens', async () => {
  const path = PAGES.card;
  const parent = path.replace(/[^/]+\/$/, '');
  const crumbs = (page) => page.$eval('.breadcrumbs', (n) => ({
    height: n.getBoundingClientRect().height,
    links: [...n.querySelectorAll('a')].filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')),
  }));
  let { page, close } = await open(path);
  // checkVisibility: the other items are display: none, out of the tab order as well.
  const phone = await crumbs(page);
  await close();
  // One line of 44 px touch targets (plus the list's padding), not a line of text.
  assert.ok(phone.height <= 56, `breadcrumbs ${phone.height}px high`);
  assert.deepEqual(phone.links, [parent]);
  ({ page, close } = await open(path, WIDE));
  const wide = await crumbs(page);
  await close();
  assert.equal(wide.links.length, 4, wide.links.join(' '));
  assert.ok(wide.height <= 56, `breadcrumbs ${wide.height}px high`);
});

test('the search page has one search box; the others have the header one', async () => {
  let { page, close } = await open(PAGES.search);
  assert.equal(await page.$$eval('input[type=search]', (i) => i.length), 1);
  assert.equal(await page.$$eval('form[role=search]', (f) => f.length), 1);
  await close();
  ({ page, close } = await open(PAGES.lesson));
  assert.equal(await page.$$eval('input[type=search]', (i) => i.length), 1);
  assert.equal(await page.$eval('.site-header form[role=search]', (f) => f.getAttribute('action')), '/haku/');
  await close();
});

test('"Näytä lisää tuloksia" keeps its distance from the heading after it', async () => {
  const { page, close } = await open('/haku/?q=kipu');
  await page.waitForSelector('#haku-lisaa:not([hidden])');
  const gap = await page.evaluate(() => {
    const more = document.getElementById('haku-lisaa').getBoundingClientRect();
    return document.getElementById('haku-rajaa').getBoundingClientRect().top - more.bottom;
  });
  await close();
  assert.ok(gap >= 16, `${gap}px between the button and the next heading`);
});

test('at 360 × 740 the draw button of every deck is on the first screen', async () => {
  const decks = readdirSync(join(SITE, 'kortit')).filter((d) => existsSync(join(SITE, 'kortit', d, 'nosta', 'index.html')));
  assert.ok(decks.length >= 1);
  for (const deck of decks) {
    const { page, close } = await open(`/kortit/${deck}/nosta/`);
    await page.waitForSelector('#nosto:not([hidden])');
    const box = await page.$eval('#nosto-nappi', (b) => b.getBoundingClientRect().toJSON());
    await close();
    assert.ok(box.bottom <= 740, `/kortit/${deck}/nosta/: the button ends at y=${box.bottom}`);
  }
});

test('headings may hyphenate and never overflow at 360 px', async () => {
  const { page, close } = await open(PAGES.accessibility);
  const { hyphens, width, lang } = await page.$eval('main h1', (h) => ({
    hyphens: ['h1', 'h2', 'h3'].map((t) => getComputedStyle(document.querySelector(`main ${t}`) ?? h).hyphens),
    width: h.scrollWidth - h.clientWidth,
    lang: document.documentElement.lang,
  }));
  await close();
  assert.equal(lang, 'fi');
  assert.deepEqual(hyphens, ['auto', 'auto', 'auto']);
  assert.equal(width, 0, 'the h1 overflows its box');
});

test('"Saavutettavuusseloste" breaks with a hyphen at 360 px where the browser hyphenates Finnish', async (t) => {
  const { page, close } = await open(PAGES.accessibility);
  // With hyphenation patterns for the language, a word's min-content width is its widest part.
  const widths = await page.$eval('main h1', (h) => ['auto', 'manual'].map((hyphens) => {
    const probe = Object.assign(document.createElement('span'), { textContent: h.textContent.trim() });
    Object.assign(probe.style, { hyphens, width: 'min-content', display: 'inline-block' });
    h.append(probe);
    const w = probe.getBoundingClientRect().width;
    probe.remove();
    return w;
  }));
  await close();
  if (widths[0] >= widths[1]) {
    t.skip('this Chromium has no Finnish hyphenation patterns (hyphens: auto is set, overflow-wrap breaks the word)');
    return;
  }
  assert.ok(widths[0] < 328, `the widest part is ${widths[0]}px`);
});
