// Help while typing, as VS Code's YAML extension gives it: yaml-language-server (the extension's
// own language service) configured exactly as the example site's .vscode/settings.json says,
// with the schemas `polku schema` wrote into schema/ (tests/schema.rs keeps them current).
// Every .yaml file of the example site is clean; a wrong value is underlined with the key's
// Finnish text; the site's own values are offered with their labels; a key's hover is Finnish.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getLanguageService } from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';

const REPO = resolve('../..');
const settings = JSON.parse(readFileSync(join(REPO, '.vscode/settings.json'), 'utf8'));

const service = getLanguageService({
  schemaRequestService: async (uri) => { throw new Error(`no network in tests: ${uri}`); },
  workspaceContext: { resolveRelativePath: (path, base) => new URL(path, base).toString() },
});
service.configure({
  validate: true,
  hover: true,
  completion: true,
  schemas: Object.entries(settings['yaml.schemas']).map(([file, fileMatch]) => ({
    uri: new URL(file, 'file:///site/').toString(),
    fileMatch,
    schema: JSON.parse(readFileSync(join(REPO, file), 'utf8')),
  })),
});

/** The document as the editor has it open: `rel` is its path in the site's folder. Each text
 * is a new version (the language service keeps parsed documents by address and version). */
let version = 0;
const open = (rel, text) => TextDocument.create(`file:///site/${rel}`, 'yaml', ++version, text);
const problems = async (rel, text) =>
  (await service.doValidation(open(rel, text), false)).map((d) => `${d.range.start.line + 1}: ${d.message}`);

/** Each .yaml file of the example site that a schema applies to, by its patterns. */
function mappedFiles() {
  const files = [];
  for (const patterns of Object.values(settings['yaml.schemas'])) {
    for (const pattern of patterns) {
      const dir = pattern.slice(1, pattern.lastIndexOf('/'));
      const name = pattern.slice(pattern.lastIndexOf('/') + 1);
      for (const file of readdirSync(join(REPO, dir))) {
        if (name === '*.yaml' ? file.endsWith('.yaml') : file === name) files.push(`${dir}/${file}`);
      }
    }
  }
  return files;
}

test('every .yaml file of the example site has a schema and no underline', async () => {
  const files = mappedFiles();
  assert.ok(files.length >= 80, `only ${files.length} files mapped`);
  for (const rel of files) {
    assert.deepEqual(await problems(rel, readFileSync(join(REPO, rel), 'utf8')), [], rel);
  }
});

test('a wrong value is underlined at its line with the key\'s Finnish text', async () => {
  const term = readFileSync(join(REPO, 'content/sanasto/kipu.yaml'), 'utf8');
  const found = await problems('content/sanasto/kipu.yaml', term.replace('word_class: substantiivi', 'word_class: sana'));
  assert.deepEqual(found, [
    '2: Sanaluokka, esim. `word_class: substantiivi`. Pakollinen. Sallitut arvot: `substantiivi`, `verbi`, `adjektiivi`, `adverbi`, `fraasi`, `lyhenne`.',
  ]);
  const project = readFileSync(join(REPO, 'content/hankkeet/sotestartti.yaml'), 'utf8');
  const wrong = project.replace(/^start: .*$/m, 'start: 1.9.2023');
  const [line] = await problems('content/hankkeet/sotestartti.yaml', wrong);
  assert.match(line, /^\d+: .*VVVV-KK-PP/, line);
});

test('the site\'s own values are offered with their labels, and a key\'s hover is Finnish', async () => {
  const doc = open('content/sanasto/uusi.yaml', 'term: uusi\nsituations:\n  - ');
  const offered = await service.doComplete(doc, { line: 2, character: 4 }, false);
  const site = readFileSync(join(REPO, 'site.yaml'), 'utf8');
  const block = site.split('\nsituations:\n')[1].split(/\n(?! )/)[0];
  const situations = [...block.matchAll(/^ {2}([a-z0-9-]+): (.+)$/gm)];
  assert.ok(situations.length >= 10);
  for (const [, id, label] of situations) {
    const item = offered.items.find((i) => i.label === id);
    assert.ok(item, `${id} not offered`);
    assert.match(JSON.stringify(item.documentation ?? item.detail ?? ''), new RegExp(label), id);
  }
  const hover = await service.doHover(open('content/sanasto/kipu.yaml', 'term: kipu\nword_class: verbi\n'), { line: 1, character: 3 });
  assert.match(hover.contents.value, /Sanaluokka/);
});
