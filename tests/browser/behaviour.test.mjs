// The site as people use it, under the strict CSP the server sends: exercises done with the
// keyboard alone, a lesson printed to PDF without coach notes, the print buttons, every lesson and
// workshop printed with its metadata under the title, a workshop's facilitator script, reflow on a
// narrow screen, touch target sizes, and no request to any other host.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGES, launch, pagesOfKind, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page that records CSP violations, script errors and requests to other hosts. `prepare`
 * gets the browser context before the page loads (e.g. for an init script). */
async function open(path, viewport = { width: 1280, height: 900 }, prepare) {
  const context = await browser.newContext({ viewport });
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400 && r.url() !== server.url + path) problems.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`); });
  await page.goto(server.url + path);
  return { page, problems, close: () => context.close() };
}

/** Headless Chromium has no print dialog: window.print records whether the facilitator-script
 * class was on <html> when it was called, in window.printCalls. */
async function stubPrint(context) {
  await context.addInitScript(() => {
    window.printCalls = [];
    window.print = () => {
      window.printCalls.push(document.documentElement.classList.contains('print-script') ? 'script' : 'page');
    };
  });
}

const flat = (s) => s.replace(/\s+/g, ' ').trim();

/** Prints the page to an A4 PDF (beforeprint and afterprint run as in a real print) and returns
 * the text of each printed page, whitespace flattened. */
async function printedPages(page, name) {
  const dir = mkdtempSync(join(tmpdir(), 'polku-print-'));
  writeFileSync(join(dir, `${name}.pdf`), await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1).map(flat);
}

/** The words of a text, for telling which words a printout has. */
const wordsOf = (s) => s.split(/[\s.,:;!?()”"]+/).filter(Boolean);

/** The text of an exercise's status line once the check has written it (it clears the line and
 * writes it again after a moment, so that screen readers announce a repeated result). */
async function statusOf(page, exercise) {
  const selector = `${exercise} [role=status]`;
  await page.waitForFunction((s) => document.querySelector(s).textContent.trim() !== '', selector);
  return page.$eval(selector, (s) => s.textContent.trim());
}

/** Presses Tab until `selector` (the n-th match) has the focus; fails after `limit` presses. */
async function tabTo(page, selector, n = 0, limit = 400) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(([s, k]) => document.activeElement === document.querySelectorAll(s)[k], [selector, n]);
    if (there) return;
  }
  assert.fail(`Tab never reached ${selector} #${n}`);
}

test('no CSP violations, script errors or requests to other hosts on any page type', async () => {
  for (const path of Object.values(PAGES)) {
    const { page, problems, close } = await open(path);
    await page.waitForLoadState('load');
    await close();
    assert.deepEqual(problems, [], path);
  }
});

test('a gap exercise can be done with the keyboard alone', async () => {
  const { page, problems, close } = await open(PAGES.lesson);
  const exercise = 'section.exercise[data-kind="gap"]';
  const inputs = await page.$$eval(`${exercise} input.ex-gap`, (all) => all.map((i) => i.dataset.answer.split('|')[0]));
  assert.ok(inputs.length > 0, 'the lesson has gaps');
  await tabTo(page, `${exercise} input.ex-gap`);
  for (const [i, answer] of inputs.entries()) {
    if (i > 0) await tabTo(page, `${exercise} input.ex-gap`, i, 5);
    await page.keyboard.type(answer);
  }
  await tabTo(page, `${exercise} button.ex-check`, 0, 10);
  await page.keyboard.press('Enter');
  const status = await statusOf(page, exercise);
  const allCorrect = await page.$eval(exercise, (e) => e.dataset.msgAllCorrect);
  assert.ok(status.includes(allCorrect), `status after checking: "${status}"`);
  // A wrong answer is marked in text, not by colour alone, and the field says it is invalid.
  await page.focus(`${exercise} input.ex-gap`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('väärin');
  await tabTo(page, `${exercise} button.ex-check`, 0, inputs.length + 5);
  await page.keyboard.press('Space');
  assert.equal(await page.$eval(`${exercise} input.ex-gap`, (i) => i.getAttribute('aria-invalid')), 'true');
  const mark = await page.$eval(`${exercise} .ex-mark`, (m) => m.textContent.trim());
  assert.ok(mark.length > 0, 'a text mark next to the wrong answer');
  await close();
  assert.deepEqual(problems, []);
});

test('a match exercise can be done with the keyboard alone', async () => {
  const { page, close } = await open(PAGES.lesson);
  const exercise = 'section.exercise[data-kind="match"]';
  const answers = await page.$$eval(`${exercise} select`, (all) => all.map((s) => s.dataset.answer));
  for (const [i, answer] of answers.entries()) {
    await tabTo(page, `${exercise} select`, i);
    // Arrow keys move through the options of a focused select.
    for (let k = 0; k < 20 && (await page.$$eval(`${exercise} select`, (all, j) => all[j].value, i)) !== answer; k++) {
      await page.keyboard.press('ArrowDown');
    }
    const chosen = await page.$$eval(`${exercise} select`, (all, k) => all[k].value, i);
    assert.equal(chosen, answer);
  }
  await tabTo(page, `${exercise} button.ex-check`, 0, 10);
  await page.keyboard.press('Enter');
  const status = await statusOf(page, exercise);
  assert.ok(status.includes(await page.$eval(exercise, (e) => e.dataset.msgAllCorrect)), status);
  await close();
});

test('without JavaScript the answers are still there to read', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + PAGES.lesson);
  assert.equal(await page.$$eval('button.ex-check', (b) => b.filter((x) => !x.hidden).length), 0, 'no dead buttons');
  const answers = await page.$$eval('details.exercise-answers', (d) => d.length);
  assert.ok(answers >= 2);
  await page.click('details.exercise-answers summary');
  assert.ok(await page.isVisible('details.exercise-answers[open] li'));
  await context.close();
});

test('a printed lesson leaves the coach notes out and puts the answers on a page of their own', async () => {
  const { page, close } = await open(PAGES.lesson);
  const notes = (await page.$eval('.coach-notes-body', (n) => n.textContent)).trim().split(/[.!?]/)[0].trim();
  const legend = await page.$eval('section.exercise legend', (l) => l.textContent.trim());
  const pages = await printedPages(page, 'lesson');
  await close();
  const text = pages.join(' ');
  assert.ok(text.includes(flat(legend)), 'the exercises are printed');
  assert.ok(!text.includes(flat(notes)), `coach notes were printed: "${notes}"`);
  const keyPage = pages.findIndex((p) => p.includes('Vastaukset'));
  assert.ok(keyPage > 0, 'an answer key is printed');
  assert.ok(!pages[keyPage].includes(flat(legend)) || pages.findIndex((p) => p.includes(flat(legend))) < keyPage,
    'the answer key starts after the exercises, on a page of its own');
  console.log(`print: ${pages.length} PDF pages, answer key from page ${keyPage + 1}`);
});

test('lessons and workshops have a print button that prints, shows only with JavaScript and is not printed', async () => {
  for (const path of [PAGES.lesson, PAGES.workshop]) {
    const { page, problems, close } = await open(path, undefined, stubPrint);
    const button = page.locator('.print-actions button[data-print="page"]');
    assert.equal(await button.count(), 1, `${path} has no print button`);
    assert.equal(await button.evaluate((b) => `${b.tagName} ${b.type}`), 'BUTTON button', path);
    assert.equal((await button.textContent()).trim(), 'Tulosta', path);
    assert.ok(await button.isVisible(), `${path}: the print button is not shown`);
    await button.click();
    assert.deepEqual(await page.evaluate(() => window.printCalls), ['page'], `${path}: one print of the page`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.print-actions').evaluate((e) => getComputedStyle(e).display), 'none', `${path}: the buttons print`);
    assert.ok(!(await button.isVisible()), `${path}: the print button is visible in print`);
    await close();
    assert.deepEqual(problems, [], path);
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of [PAGES.lesson, PAGES.workshop]) {
    await page.goto(server.url + path);
    const buttons = page.locator('.print-actions button');
    assert.ok(await buttons.count() > 0, `${path} has print buttons`);
    for (const b of await buttons.all()) assert.ok(!(await b.isVisible()), `${path}: a print button that does nothing without JavaScript`);
  }
  await context.close();
});

test('every lesson and workshop prints its metadata with the title, and no printed page is only metadata or footer', async () => {
  const paths = pagesOfKind('lesson', 'workshop');
  assert.ok(paths.length >= 10, `only ${paths.length} lessons and workshops`);
  const report = [];
  for (const path of paths) {
    const { page, close } = await open(path);
    const { title, labels, furniture } = await page.evaluate(() => ({
      title: document.querySelector('main h1').textContent,
      // The labels of the metadata (themes, audiences, project, authors, dates, licence) and
      // the topic and audience tags of the facts.
      labels: [...document.querySelectorAll('article > .page-meta dt, article > .page-meta .tag, article > .facts .tag')]
        .map((e) => e.textContent.trim()),
      // Text that is not the material itself: the site's header and footer, the metadata (text
      // nodes joined with spaces, as "<dt>Hanke</dt><dd>SoteStartti" prints).
      furniture: [...document.querySelectorAll('.site-header, .site-footer, .page-meta')].flatMap((e) => {
        const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        const parts = [];
        while (walk.nextNode()) parts.push(walk.currentNode.data);
        return parts;
      }).join(' '),
    }));
    const pages = await printedPages(page, path.split('/').at(-2));
    await close();
    assert.ok(labels.length >= 4, `${path}: only ${labels.length} metadata labels`);
    assert.ok(pages[0].includes(flat(title)), `${path}: the title is not on the first page`);
    for (const label of labels) {
      assert.ok(pages[0].includes(flat(label)), `${path}: "${label}" is not printed on the first page, with the title`);
    }
    // A page's own text: its words that are not the header, footer or metadata.
    const notOwn = new Set(wordsOf(furniture));
    const own = pages.map((p) => wordsOf(p).filter((w) => !notOwn.has(w)).join(' ').length);
    report.push(`${path.split('/').at(-2)} ${own.join('/')}`);
    assert.ok(own.every((n) => n >= 100), `${path}: a printed page is nearly empty (characters of its own text on each page: ${own.join(', ')})`);
  }
  console.log(`print: ${paths.length} lessons and workshops, characters of own text on each page:\n  ${report.join('\n  ')}`);
});

test('the facilitator script prints the workshop’s title, facts and agenda with the notes, and nothing else of it', async () => {
  const { page, problems, close } = await open(PAGES.workshop, undefined, stubPrint);
  // Words only in the facilitator notes, and words only in the parts of the page that are for
  // the participants (the lead, the body and the list of materials used), not in the script.
  const { notes, participants } = await page.evaluate(() => {
    const words = (s) => s.split(/[\s.,:;!?()”"]+/).filter((w) => w.length >= 6);
    // Text nodes joined with spaces: textContent would run "…ja tavoite</span><span>Vetäjät…" together.
    const text = (root) => {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const parts = [];
      while (walk.nextNode()) parts.push(walk.currentNode.data);
      return parts.join(' ');
    };
    const without = (selector) => {
      const body = document.body.cloneNode(true);
      body.querySelectorAll(selector).forEach((e) => e.remove());
      return new Set(words(text(body)));
    };
    const textOf = (selector) => [...document.querySelectorAll(selector)].map(text).join(' ');
    const participantParts = '.page-header .lead, .workshop > .content, .workshop > .related';
    const elsewhere = without('td.agenda-notes');
    const inScript = without(participantParts);
    return {
      notes: [...new Set(words(textOf('td.agenda-notes')))].filter((w) => !elsewhere.has(w)).slice(0, 8),
      participants: [...new Set(words(textOf(participantParts)))].filter((w) => !inScript.has(w)).slice(0, 8),
    };
  });
  assert.ok(notes.length >= 5 && participants.length >= 5, `too few words to tell: ${notes} / ${participants}`);
  console.log(`script: words of the notes ${notes.join(' ')}; words for participants only ${participants.join(' ')}`);

  const script = page.locator('.print-actions button[data-print="script"]');
  assert.equal(await script.count(), 1, 'the workshop has no facilitator-script button');
  assert.equal(await script.evaluate((b) => `${b.tagName} ${b.type}`), 'BUTTON button');
  assert.equal((await script.textContent()).trim(), 'Tulosta ohjaajan käsikirjoitus');
  await script.click();
  assert.deepEqual(await page.evaluate(() => window.printCalls), ['script'], 'one print of the script');

  // In print media, with the class the button set: the script's parts show, the rest does not.
  await page.emulateMedia({ media: 'print' });
  for (const shown of ['main h1', 'article > .facts', '.agenda-table', 'th.agenda-notes', 'td.agenda-notes:not(:empty)', '.site-footer .eu-emblem']) {
    assert.ok(await page.locator(shown).first().isVisible(), `${shown} is not in the script`);
  }
  for (const hidden of ['.page-header .lead', '.workshop > .content', '.workshop > .related', '.page-meta']) {
    assert.ok(!(await page.locator(hidden).first().isVisible()), `${hidden} is in the script`);
  }
  await page.emulateMedia({ media: null });

  const scriptText = (await printedPages(page, 'script')).join(' ');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('print-script')), false,
    'the script class stays after printing');
  const plainText = (await printedPages(page, 'workshop')).join(' ');
  await close();
  assert.deepEqual(problems, []);

  const scriptWords = new Set(wordsOf(scriptText));
  const plainWords = new Set(wordsOf(plainText));
  assert.ok(scriptText.includes('Ohjaajan käsikirjoitus'), `the script does not say what it is: ${scriptText.slice(0, 300)}`);
  assert.deepEqual(notes.filter((w) => !scriptWords.has(w)), [], 'facilitator notes missing from the script');
  assert.deepEqual(participants.filter((w) => scriptWords.has(w)), [], 'participant text in the script');
  // A plain print is the participants' copy: the page without the facilitator notes.
  assert.deepEqual(notes.filter((w) => plainWords.has(w)), [], 'facilitator notes in the plain print');
  assert.deepEqual(participants.filter((w) => !plainWords.has(w)), [], 'participant text missing from the plain print');
  assert.ok(!plainText.includes('Ohjaajan käsikirjoitus'));
});

test('pages reflow at 320 CSS pixels (400 % zoom) without sideways scrolling', async () => {
  for (const path of Object.values(PAGES)) {
    const { page, close } = await open(path, { width: 320, height: 640 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await close();
    assert.ok(width <= 321, `${path} is ${width}px wide at 320px`);
  }
});

test('navigation links, buttons and form fields are at least 44 px tall', async () => {
  for (const path of [PAGES.home, PAGES.lesson, PAGES.glossary]) {
    const { page, close } = await open(path, { width: 375, height: 740 });
    const small = await page.$$eval('nav.main-nav a, button, select, input[type=text], textarea, .breadcrumbs a, .pager a', (all) =>
      all.filter((e) => e.offsetParent !== null)
        .map((e) => [e.outerHTML.slice(0, 80), e.getBoundingClientRect().height])
        .filter(([, h]) => h < 44));
    await close();
    assert.deepEqual(small, [], `${path}: small touch targets`);
  }
});
