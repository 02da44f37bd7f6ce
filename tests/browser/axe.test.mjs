// axe-core with the WCAG 2.1 A and AA rules reports no violations on any page type, at desktop
// and phone widths in the light colour scheme, and at the phone width in the dark one.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { PAGES, launch, serve } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The relative luminance of a computed `rgb(…)` colour, 0 (black) to 1 (white). */
const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

// The dark scheme at the phone width only: the colours are the same at every width, and the
// runs cost CI time (66 runs, about 4½ minutes).
const RUNS = [['light', 1280, 900], ['light', 375, 740], ['dark', 375, 740]];
for (const [colorScheme, width, height] of RUNS) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`axe: ${kind} ${path} at ${width}px, ${colorScheme}`, async () => {
      // axe is injected as a script, which the site's CSP would block: bypass it for this test only.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height }, colorScheme });
      const page = await context.newPage();
      await page.goto(server.url + path);
      // The page follows the scheme (else the dark run would check the light colours again).
      const background = luminance(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor));
      assert.ok(colorScheme === 'dark' ? background < 0.05 : background > 0.9, `body background luminance ${background}`);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      await context.close();
      const report = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
      assert.deepEqual(report, [], `axe violations on ${path}:\n${report.join('\n')}`);
      assert.ok(result.passes.length > 10, 'axe ran its rules');
    });
  }
}
