// Shared set-up of the browser tests: a static server for the built site (with a strict
// Content-Security-Policy, as a public-sector host would send) and headless Chromium.

import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** The built example site; scripts/test builds it before running these tests. */
export const SITE = resolve(process.env.POLKU_SITE ?? '../../target/browser-site');

export const CSP = "default-src 'self'";
/** The search page runs Pagefind's WebAssembly, which CSP allows only with 'wasm-unsafe-eval'. */
export const SEARCH_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
// Pagefind's worker script gets the CSP of its own response, so it needs the exception too.
// The search pages of the other languages (/sv/haku/) too.
const cspFor = (path) => (/^\/([a-z]{2}\/)?haku\//.test(path) || path.startsWith('/pagefind/') ? SEARCH_CSP : CSP);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml',
  '.txt': 'text/plain', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.webmanifest': 'application/manifest+json', '.zip': 'application/zip', '.pdf': 'application/pdf',
};

/** Serves a built site (default SITE) on an ephemeral loopback port, plus `extra` pages
 * (path → HTML) that the tests make up; resolves to {url, close}. */
export async function serve(root = SITE, extra = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path]) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': SEARCH_CSP });
      res.end(extra[path]);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(404).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': cspFor(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html'], 'content-security-policy': CSP });
      res.end(await readFile(join(root, '404.html')));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Every page of the built site whose template is one of `kinds`, as URL paths. */
export function pagesOfKind(...kinds) {
  return readdirSync(SITE, { recursive: true })
    .filter((f) => f.endsWith('index.html'))
    .filter((f) => kinds.some((k) => readFileSync(join(SITE, f), 'utf8').includes(`<body class="kind-${k}">`)))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** One page of each kind in the example site. */
export const PAGES = {
  home: '/',
  section: '/oppitunnit/',
  series: '/oppitunnit/hoitotyon-suomi/',
  lesson: '/oppitunnit/hoitotyon-suomi/kivusta-kysyminen/',
  glossary: '/sanasto/',
  term: '/sanasto/kipu/',
  deck: '/kortit/starttipakka/',
  deckPrint: '/kortit/starttipakka/tulosta/',
  deckDraw: '/kortit/starttipakka/nosta/',
  card: '/kortit/starttipakka/sinua-on-odotettu/',
  paths: '/polut/',
  path: '/polut/aminan-polku/',
  workshop: '/tyopajat/parasta-perehdytysta/',
  project: '/hankkeet/sotestartti/',
  outcomes: '/tulokset/sotestartti-loppu/',
  page: '/tietoa/',
  guide: '/nain-lisaat-materiaalia/',
  accessibility: '/saavutettavuusseloste/',
  facets: '/teemat/',
  facet: '/tasot/a2-2/',
  search: '/haku/',
  notFound: '/ei-ole-olemassa/',
};
