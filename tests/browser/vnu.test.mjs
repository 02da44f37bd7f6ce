// The Nu HTML Checker (vnu.jar on the machine's Java) finds no errors in the built site.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { SITE } from './harness.mjs';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('Nu HTML Checker: no errors in any page of the site', () => {
  const html = readdirSync(SITE, { recursive: true }).filter((f) => f.endsWith('.html'));
  assert.ok(html.length > 100, `only ${html.length} pages`);
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'text', SITE], { encoding: 'utf8' });
  assert.equal(run.error, undefined, `cannot run java: ${run.error}`);
  const errors = (run.stderr + run.stdout).split('\n').filter((l) => l.startsWith('Error:'));
  assert.deepEqual(errors.slice(0, 30), [], `${errors.length} HTML errors`);
  assert.equal(run.status, 0, run.stderr);
  console.log(`vnu: ${html.length} pages checked, 0 errors`);
});
