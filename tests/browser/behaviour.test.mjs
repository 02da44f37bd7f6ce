// The site as people use it, under the strict CSP the server sends: exercises done with the
// keyboard alone, a lesson printed to PDF without coach notes, reflow on a narrow screen, touch
// target sizes, and no request to any other host.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGES, launch, serve } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page that records CSP violations, script errors and requests to other hosts. */
async function open(path, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400 && r.url() !== server.url + path) problems.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`); });
  await page.goto(server.url + path);
  return { page, problems, close: () => context.close() };
}

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
  const pdf = await page.pdf({ format: 'A4' });
  await close();
  const dir = mkdtempSync(join(tmpdir(), 'polku-print-'));
  writeFileSync(join(dir, 'lesson.pdf'), pdf);
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'lesson.pdf'), '-'], { encoding: 'utf8' });
  const flat = (s) => s.replace(/\s+/g, ' ');
  const pages = text.split('\f').map(flat);
  assert.ok(flat(text).includes(flat(legend)), 'the exercises are printed');
  assert.ok(!flat(text).includes(flat(notes)), `coach notes were printed: "${notes}"`);
  const keyPage = pages.findIndex((p) => p.includes('Vastaukset'));
  assert.ok(keyPage > 0, 'an answer key is printed');
  assert.ok(!pages[keyPage].includes(flat(legend)) || pages.findIndex((p) => p.includes(flat(legend))) < keyPage,
    'the answer key starts after the exercises, on a page of its own');
  console.log(`print: ${pages.length - 1} PDF pages, answer key from page ${keyPage + 1}`);
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
