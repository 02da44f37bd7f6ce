// axe-core with the WCAG 2.1 A and AA rules reports no violations on any page type, at desktop
// and phone widths.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { PAGES, launch, serve } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [width, height] of [[1280, 900], [375, 740]]) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`axe: ${kind} ${path} at ${width}px`, async () => {
      // axe is injected as a script, which the site's CSP would block: bypass it for this test only.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      await context.close();
      const report = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
      assert.deepEqual(report, [], `axe violations on ${path}:\n${report.join('\n')}`);
      assert.ok(result.passes.length > 10, 'axe ran its rules');
    });
  }
}
