// Layout as readers see it: the workshop agenda on a phone, the outcome chart's text size, one
// measure of text on wide screens (and a lesson's words beside it), and small markup defects:
// headings over nothing, the level twice, bullets and labels readers do not need, underlined blanks.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, launch, pagesOfKind, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 800 };
/** About 70 characters of body text; a little over 700 px in the widest system fonts. */
const MEASURE = 760;

/** Runs `check(page, path)` on each path at one viewport. */
async function onPages(paths, viewport, check) {
  assert.ok(paths.length > 0, 'no pages to check');
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    for (const path of paths) {
      await page.goto(server.url + path);
      await check(page, path);
    }
  } finally {
    await context.close();
  }
}

test('workshop agendas fit a 360 px phone: no sideways scrolling, the facilitator notes in view', async () => {
  await onPages(pagesOfKind('workshop'), PHONE, async (page, path) => {
    const m = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('.agenda-table :is(th, td)')].filter((c) => c.checkVisibility());
      // The first row's note, or the first note there is when the first row has none.
      const note = document.querySelector('.agenda-table tbody tr td.agenda-notes:not(:empty)');
      const outside = cells.map((c) => [c.textContent.trim().slice(0, 30), c.getBoundingClientRect()])
        .filter(([, b]) => b.left < 0 || b.right > innerWidth).map(([t, b]) => `${t} (${Math.round(b.left)}–${Math.round(b.right)})`);
      note?.scrollIntoView();
      const r = note?.getBoundingClientRect();
      return {
        scrollWidth: document.documentElement.scrollWidth,
        cells: cells.length,
        outside,
        note: note && { text: note.textContent.trim(), left: r.left, right: r.right, width: r.width, height: r.height, shown: note.checkVisibility() },
        label: document.querySelector('.agenda-table .cell-label')?.checkVisibility(),
      };
    });
    if (m.cells === 0) return; // a workshop without an agenda
    assert.ok(m.scrollWidth <= PHONE.width, `${path} is ${m.scrollWidth} px wide at ${PHONE.width} px`);
    assert.deepEqual(m.outside, [], `${path}: agenda cells outside the viewport`);
    assert.ok(m.note?.text, `${path}: no facilitator note to check`);
    const { left, right, width, height, shown } = m.note;
    assert.ok(shown && width > 0 && height > 0 && left >= 0 && right <= PHONE.width,
      `${path}: the first facilitator note is not in view (${Math.round(left)}–${Math.round(right)} px, ${width}×${height})`);
    assert.ok(m.label, `${path}: the stacked cells have no visible labels`);
  });
  // Wide, the agenda is a table with column headers, and the cells' own labels are not shown.
  await onPages([PAGES.workshop], WIDE, async (page) => {
    assert.equal(await page.$eval('.agenda-table tbody tr', (r) => getComputedStyle(r).display), 'table-row');
    assert.ok(await page.isVisible('.agenda-table thead th.agenda-notes'));
    assert.equal(await page.locator('.agenda-table .cell-label').first().isVisible(), false);
  });
});

test('the outcome chart’s labels are at least 14 px at 320 px, and its bars are the table’s shares', async () => {
  await onPages([PAGES.outcomes, PAGES.project], { width: 320, height: 640 }, async (page, path) => {
    const m = await page.evaluate(() => {
      // The size as drawn: an SVG <text> scales with its viewBox, HTML text does not.
      const drawn = (e) => parseFloat(getComputedStyle(e).fontSize) * (e.closest('svg')?.getScreenCTM().a ?? 1);
      const labels = [...document.querySelectorAll('.chart .bar-label, .chart text')];
      const bars = [...document.querySelectorAll('.chart .bar')].map((svg) => {
        const [track, bar] = svg.querySelectorAll('rect');
        return (100 * bar.getBoundingClientRect().width) / track.getBoundingClientRect().width;
      });
      const shares = [...document.querySelectorAll('.data-table tbody tr td:last-child')]
        .map((td) => parseFloat(td.textContent.replace(',', '.')));
      return { sizes: labels.map((l) => [l.textContent, drawn(l)]), bars, shares, scrollWidth: document.documentElement.scrollWidth };
    });
    assert.ok(m.sizes.length >= 3, `${path}: only ${m.sizes.length} chart labels`);
    const small = m.sizes.filter(([, px]) => px < 14).map(([t, px]) => `${t}: ${px.toFixed(1)} px`);
    assert.deepEqual(small, [], `${path}: chart labels under 14 px`);
    assert.equal(m.bars.length, m.shares.length, `${path}: a bar for each row of the table`);
    m.bars.forEach((b, i) => assert.ok(Math.abs(b - m.shares[i]) < 1, `${path}: bar ${i + 1} is ${b.toFixed(1)} %, the table says ${m.shares[i]} %`));
    assert.ok(m.scrollWidth <= 320, `${path} is ${m.scrollWidth} px wide`);
  });
});

test('at 1280 px running text keeps one measure of about 70 characters', async () => {
  const paths = [PAGES.deck, PAGES.path, PAGES.workshop, PAGES.lesson, PAGES.outcomes, PAGES.project, PAGES.card];
  const report = [];
  await onPages(paths, WIDE, async (page, path) => {
    const widths = await page.$$eval('main :is(p, li, dd, blockquote)', (all) => all
      .filter((e) => e.checkVisibility() && e.textContent.trim().length > 60 && !e.closest('table'))
      .map((e) => [e.textContent.trim().slice(0, 40), Math.round(e.getBoundingClientRect().width)]));
    assert.ok(widths.length > 0, `${path}: no paragraphs to measure`);
    const wide = widths.filter(([, w]) => w > MEASURE).map(([t, w]) => `${w} px: ${t}…`);
    assert.deepEqual(wide, [], `${path}: text wider than ${MEASURE} px`);
    report.push(`${path} ${Math.max(...widths.map(([, w]) => w))} px`);
  });
  console.log(`measure at 1280 px, widest paragraph: ${report.join(', ')}`);
});

test('at 1280 px a lesson’s vocabulary is beside the text and stays in view while reading', async () => {
  await onPages([PAGES.lesson], WIDE, async (page) => {
    const beside = await page.evaluate(() => {
      const text = document.querySelector('.lesson > .content').getBoundingClientRect();
      const words = document.querySelector('.vocabulary').getBoundingClientRect();
      return { textRight: text.right, wordsLeft: words.left, wordsTop: words.top };
    });
    assert.ok(beside.wordsLeft >= beside.textRight, `the vocabulary (from ${beside.wordsLeft} px) is not beside the text (to ${beside.textRight} px)`);
    await page.evaluate(() => { document.documentElement.style.scrollBehavior = 'auto'; document.querySelector('section.exercise').scrollIntoView(); });
    const inView = await page.$eval('.vocabulary h2', (h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert.ok(inView, 'the vocabulary scrolled out of view at the exercises');
  });
});

test('no heading on a deck page heads nothing (a heading straight before one of its own level or higher)', async () => {
  await onPages(pagesOfKind('deck'), WIDE, async (page, path) => {
    const empty = await page.evaluate(() => {
      // Headings and text in document order; a heading followed by a heading of the same or a
      // higher level, with no text between, has nothing under it.
      const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      const seq = [];
      while (walk.nextNode()) {
        const n = walk.currentNode;
        if (n.nodeType === Node.ELEMENT_NODE && /^H[1-6]$/.test(n.tagName)) seq.push({ level: +n.tagName[1], text: n.textContent.trim() });
        else if (n.nodeType === Node.TEXT_NODE && n.data.trim() && !n.parentElement.closest('h1, h2, h3, h4, h5, h6')) seq.push({ text: true });
      }
      return seq.flatMap((x, i) => (x.level && seq[i + 1]?.level && seq[i + 1].level <= x.level ? [`h${x.level} "${x.text}" → h${seq[i + 1].level} "${seq[i + 1].text}"`] : []));
    });
    assert.deepEqual(empty, [], `${path}: empty headings`);
  });
});

test('a lesson shows its level once', async () => {
  await onPages(pagesOfKind('lesson'), WIDE, async (page, path) => {
    const { level, times } = await page.evaluate(() => {
      // The label in the page's language (a lesson may be in English too).
      const labels = ['Kielitaitotaso', 'Språknivå', 'Language level'];
      const dt = [...document.querySelectorAll('.facts dt')].find((d) => labels.includes(d.textContent.trim()));
      const level = dt?.nextElementSibling.textContent.trim();
      const text = document.querySelector('main').innerText; // what is shown (or read), not print-only copies
      return { level, times: level ? text.split(level).length - 1 : 0 };
    });
    assert.ok(level, `${path}: no level in the facts`);
    assert.equal(times, 1, `${path}: the level "${level}" is shown ${times} times`);
  });
});

test('path pages have no empty or lone bullets and do not show consent', async () => {
  await onPages(pagesOfKind('path'), WIDE, async (page, path) => {
    const m = await page.evaluate(() => ({
      emptyItems: [...document.querySelectorAll('main li')].filter((li) => !li.textContent.trim()).length,
      // A bulleted list of a single item is a lone bullet; numbered lists (the steps) may be short.
      loneBullets: [...document.querySelectorAll('main ul')]
        .filter((ul) => ul.children.length === 1 && getComputedStyle(ul.children[0]).display === 'list-item'
          && getComputedStyle(ul.children[0]).listStyleType !== 'none' && !ul.closest('nav'))
        .map((ul) => ul.textContent.trim().slice(0, 40)),
      text: document.querySelector('main').textContent,
    }));
    assert.equal(m.emptyItems, 0, `${path}: empty list items`);
    assert.deepEqual(m.loneBullets, [], `${path}: a bulleted list of one item`);
    assert.ok(!m.text.includes('Suostumus'), `${path} shows consent`);
  });
});

test('card links have no whitespace at their ends and draw none between number and title', async () => {
  await onPages(pagesOfKind('deck'), WIDE, async (page, path) => {
    const links = await page.$$eval('.card-tile a', (all) => all.map((a) => {
      // Whitespace-only text directly in the link is drawn (and underlined) when it has a width.
      const drawn = [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && !n.data.trim()).some((n) => {
        const range = document.createRange();
        range.selectNodeContents(n);
        return [...range.getClientRects()].some((r) => r.width > 0);
      });
      return { text: a.textContent, drawn };
    }));
    assert.ok(links.length > 0, `${path}: no card links`);
    for (const { text, drawn } of links) {
      assert.equal(text, text.trim(), `${path}: a card link with whitespace at its ends: "${text}"`);
      assert.ok(!drawn, `${path}: a card link draws (underlines) a blank: "${text.trim()}"`);
    }
  });
});
