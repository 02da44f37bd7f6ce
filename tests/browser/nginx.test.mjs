// The nginx recipe of the README as shipped: docs/deploy/nginx-polku.conf, included unchanged
// but for its `root` line, serves the example site built for a sub-path
// (http://127.0.0.1:PORT/materiaalit/), and headless Chromium uses it like a reader: the home
// page, a lesson, a search typed into the header's search box, a missing page. Checked: no CSP
// violation or script error anywhere, the response headers (CSP, caching, MIME types, gzip), the
// redirects and the 404 page; and `nginx -t` accepts the whole example server docs/deploy/nginx.conf.
//
// The test builds the site itself (with POLKU_BIN, default target/release/polku, which
// `cargo test --release` in scripts/test builds): the port goes into the base URL, so it is
// chosen free first and the site built for it; a fixed port could be taken on a CI machine.
// It is skipped only when nginx is not installed (scripts/test installs it).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { launch } from './harness.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const POLKU = resolve(process.env.POLKU_BIN ?? join(REPO, 'target/release/polku'));
const SNIPPET = join(REPO, 'docs/deploy/nginx-polku.conf');
const EXAMPLE = join(REPO, 'docs/deploy/nginx.conf');
const SUB = '/materiaalit/';

/** nginx from $NGINX, the PATH, or the sbin folders that a user's PATH often lacks. */
function findNginx() {
  if (process.env.NGINX) return process.env.NGINX;
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
  return dirs.filter((d) => d.startsWith('/')).map((d) => join(d, 'nginx')).find((p) => existsSync(p)) ?? null;
}
const NGINX = findNginx();

const CSP = "default-src 'self'; base-uri 'self'; form-action 'self'";
const SEARCH_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; base-uri 'self'; form-action 'self'";
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A port nothing listens on now. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** The shipped snippet with its one `root` line pointing at `root`. */
async function snippetWithRoot(root) {
  const text = await readFile(SNIPPET, 'utf8');
  const roots = text.match(/^\s*root\s+\S+;/gm) ?? [];
  assert.equal(roots.length, 1, 'nginx-polku.conf has exactly one root line');
  return text.replace(/^(\s*root\s+)\S+;/m, `$1${root};`);
}

/** Runs `nginx -t`; returns its output, failing on an error or a warning. */
function nginxTest(dir, conf) {
  const r = spawnSync(NGINX, ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { encoding: 'utf8' });
  const out = `${r.stdout}${r.stderr}`;
  assert.equal(r.status, 0, out);
  assert.match(out, /test is successful/, out);
  assert.doesNotMatch(out, /\[(warn|emerg|alert|crit|error)\]/, out);
  return out;
}

/** An nginx.conf with every file it writes in `dir`, listening on 127.0.0.1:port only. */
function mainConf(dir, port) {
  // Run as root (as CI does), nginx's workers would be `nobody`, who may not reach a temporary
  // folder under a private TMPDIR: they stay root here, the test's own user otherwise.
  return `daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    # The rest of the host: nothing.
    root ${dir}/other;
    include ${dir}/polku.conf;
  }
}
`;
}

describe('the nginx recipe (docs/deploy/nginx-polku.conf)', { skip: NGINX ? false : 'nginx is not installed (scripts/test installs it with apt-get install nginx)' }, () => {
  let dir, nginx, base, browser, nginxOutput = '';
  const site = () => join(dir, 'www', 'materiaalit');
  const url = (path) => `${base}${path}`;

  /** Builds the site for `port`, writes the configuration, checks it with `nginx -t`, starts
   * nginx and waits until it answers; resolves to false if the port was taken meanwhile. */
  async function start(port) {
    base = `http://127.0.0.1:${port}`;
    assert.ok(existsSync(POLKU), `no polku binary at ${POLKU}: build it (cargo build --release) or set POLKU_BIN`);
    const build = spawnSync(POLKU, ['build', '--root', REPO, '--output', site(), '--base-url', `${base}${SUB}`], {
      encoding: 'utf8', env: { ...process.env, POLKU_LANG: 'en' },
    });
    assert.equal(build.status, 0, `${POLKU} build failed:\n${build.stdout}${build.stderr}`);
    // A WebAssembly file as a site's own static/ folder could have: its MIME type is checked.
    await writeFile(join(site(), 'probe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await writeFile(join(dir, 'polku.conf'), await snippetWithRoot(join(dir, 'www')));
    await writeFile(join(dir, 'nginx.conf'), mainConf(dir, port));
    nginxTest(dir, join(dir, 'nginx.conf'));
    nginx = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout.on('data', (b) => { nginxOutput += b; });
    nginx.stderr.on('data', (b) => { nginxOutput += b; });
    const exited = new Promise((ok) => nginx.once('exit', () => ok('exited')));
    for (let i = 0; i < 100; i++) {
      const state = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok('waiting'), 50))]);
      if (state === 'exited') {
        if (/Address already in use/.test(nginxOutput)) return false;
        assert.fail(`nginx stopped:\n${nginxOutput}`);
      }
      try { if ((await fetch(url(SUB))).ok) return true; } catch { /* not listening yet */ }
    }
    assert.fail(`nginx did not answer on ${base} in 5 s:\n${nginxOutput}`);
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'polku-nginx-'));
    // mkdtemp makes the folder private; nginx's workers must read the site.
    await chmod(dir, 0o755);
    await mkdir(join(dir, 'other'));
    // The snippet includes mime.types, relative to the folder of the configuration file.
    const confPath = (spawnSync(NGINX, ['-V'], { encoding: 'utf8' }).stderr.match(/--conf-path=(\S+)/) ?? [])[1] ?? '/etc/nginx/nginx.conf';
    await copyFile(join(dirname(confPath), 'mime.types'), join(dir, 'mime.types'));
    let started = false;
    for (let attempt = 0; attempt < 3 && !started; attempt++) started = await start(await freePort());
    assert.ok(started, `no free port for nginx:\n${nginxOutput}`);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      const gone = new Promise((ok) => nginx.once('exit', ok));
      nginx.kill('SIGQUIT');
      await Promise.race([gone, new Promise((ok) => setTimeout(ok, 3000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('nginx -t accepts the whole example server, docs/deploy/nginx.conf', async (t) => {
    const check = join(dir, 'example');
    await mkdir(check);
    // A throwaway certificate for its https server; nginx -t reads it but opens no port.
    const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=example.fi',
      '-keyout', join(check, 'key.pem'), '-out', join(check, 'cert.pem')], { encoding: 'utf8' });
    if (cert.error || cert.status !== 0) { t.skip('openssl is not installed: no certificate for the https server'); return; }
    let server = await readFile(EXAMPLE, 'utf8');
    const swap = (from, to) => { assert.ok(server.includes(from), `nginx.conf has ${from}`); server = server.replace(from, to); };
    swap('/etc/letsencrypt/live/example.fi/fullchain.pem', join(check, 'cert.pem'));
    swap('/etc/letsencrypt/live/example.fi/privkey.pem', join(check, 'key.pem'));
    swap('include snippets/polku.conf;', `include ${dir}/polku.conf;`);
    await writeFile(join(check, 'server.conf'), server);
    await copyFile(join(dir, 'mime.types'), join(check, 'mime.types'));
    await writeFile(join(check, 'nginx.conf'), `pid ${check}/nginx.pid;\nevents {}\nhttp {\n  include mime.types;\n  access_log off;\n  include ${check}/server.conf;\n}\n`);
    nginxTest(check, join(check, 'nginx.conf'));
  });

  test('the headers: CSP, caching, MIME types, gzip, redirects and the 404 page', async () => {
    const get = (path, init) => fetch(url(path), { redirect: 'manual', ...init });
    const headers = (r) => Object.fromEntries(r.headers);
    const seen = {};
    const security = (r, csp, path) => {
      const h = headers(r);
      assert.equal(h['content-security-policy'], csp, path);
      assert.equal(h['x-content-type-options'], 'nosniff', path);
      assert.equal(h['referrer-policy'], 'strict-origin-when-cross-origin', path);
    };

    // Pages: HTML in UTF-8, gzipped, asked again every time.
    for (const path of [SUB, `${SUB}oppitunnit/hoitotyon-suomi/kivusta-kysyminen/`]) {
      const r = await get(path);
      assert.equal(r.status, 200, path);
      assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8', path);
      assert.equal(r.headers.get('cache-control'), 'no-cache', path);
      assert.equal(r.headers.get('content-encoding'), 'gzip', path);
      security(r, CSP, path);
      seen[path] = headers(r);
    }
    const search = await get(`${SUB}haku/`);
    assert.equal(search.status, 200);
    security(search, SEARCH_CSP, 'haku/');
    seen[`${SUB}haku/`] = headers(search);
    // The Swedish search page runs Pagefind too.
    const swedish = await get(`${SUB}sv/haku/`);
    assert.equal(swedish.status, 200);
    security(swedish, SEARCH_CSP, 'sv/haku/');

    // Styles and scripts: gzipped, their usual types.
    const css = await get(`${SUB}css/polku.css`);
    assert.match(css.headers.get('content-type'), /^text\/css/);
    assert.equal(css.headers.get('content-encoding'), 'gzip');
    assert.equal(css.headers.get('cache-control'), 'no-cache');
    const js = await get(`${SUB}js/search.js`);
    assert.match(js.headers.get('content-type'), /^(text|application)\/javascript/);

    // The search bundle: the files without a hash in their names are asked again each time...
    const entryResponse = await get(`${SUB}pagefind/pagefind-entry.json`);
    assert.equal(entryResponse.status, 200);
    assert.equal(entryResponse.headers.get('cache-control'), 'no-cache');
    assert.match(entryResponse.headers.get('content-type'), /^application\/json/);
    security(entryResponse, SEARCH_CSP, 'pagefind-entry.json');
    const entry = await entryResponse.json();
    const [lang] = Object.values(entry.languages);
    for (const name of ['pagefind.js', `wasm.${lang.wasm}.pagefind`]) {
      const r = await get(`${SUB}pagefind/${name}`);
      assert.equal(r.status, 200, name);
      assert.equal(r.headers.get('cache-control'), 'no-cache', name);
      seen[name] = headers(r);
    }
    assert.match(seen['pagefind.js']['content-type'], /^(text|application)\/javascript/);
    // Pagefind fetches its WebAssembly gzipped, under this name, and instantiates the bytes.
    assert.equal(seen[`wasm.${lang.wasm}.pagefind`]['content-type'], 'application/octet-stream');
    assert.equal(seen[`wasm.${lang.wasm}.pagefind`]['content-encoding'], undefined, 'gzipped already: not again');
    // ...and the hashed ones are kept for a year.
    const fragments = await readdir(join(site(), 'pagefind', 'fragment'));
    const indexes = await readdir(join(site(), 'pagefind', 'index'));
    const hashed = [`pagefind.${lang.hash}.pf_meta`, `fragment/${fragments[0]}`, `index/${indexes[0]}`];
    for (const name of hashed) {
      const r = await get(`${SUB}pagefind/${name}`);
      assert.equal(r.status, 200, name);
      assert.equal(r.headers.get('cache-control'), IMMUTABLE, name);
      assert.equal(r.headers.get('content-type'), 'application/octet-stream', name);
      assert.equal(r.headers.get('content-encoding'), null, name);
      security(r, SEARCH_CSP, name);
      // Pagefind's files are gzip themselves; nginx sends them byte for byte.
      const body = Buffer.from(await r.arrayBuffer());
      assert.deepEqual(body, await readFile(join(site(), 'pagefind', name)), name);
      assert.ok(gunzipSync(body).length > 0, name);
      seen[name] = headers(r);
    }
    // A hashed name that does not exist is the 404 page, not kept.
    const stale = await get(`${SUB}pagefind/fragment/fi_0000000.pf_fragment`);
    assert.equal(stale.status, 404);
    assert.equal(stale.headers.get('cache-control'), 'no-cache');

    // A .wasm file is application/wasm (mime.types).
    assert.equal((await get(`${SUB}probe.wasm`)).headers.get('content-type'), 'application/wasm');

    // Redirects to the address with the slash, relative, the query kept.
    for (const [from, to] of [['/materiaalit', SUB], ['/materiaalit/haku?q=kipu', `${SUB}haku/?q=kipu`], ['/materiaalit/oppitunnit', `${SUB}oppitunnit/`]]) {
      const r = await get(from);
      assert.equal(r.status, 301, from);
      assert.equal(r.headers.get('location'), to, from);
    }

    // A missing page, a folder without index.html, the build's mark file: the site's 404 page.
    const notFound = await readFile(join(site(), '404.html'), 'utf8');
    for (const path of [`${SUB}ei-ole-olemassa/`, `${SUB}css/`, `${SUB}.polku-output`]) {
      const r = await get(path);
      assert.equal(r.status, 404, path);
      assert.equal(await r.text(), notFound, path);
      security(r, CSP, path);
      seen[path] = seen[path] ?? headers(r);
    }

    const show = ['content-type', 'content-encoding', 'cache-control', 'content-security-policy'];
    console.log(`${spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim()}, response headers:\n${Object.entries(seen)
      .map(([p, h]) => `  ${p}\n${show.filter((k) => h[k]).map((k) => `    ${k}: ${h[k]}`).join('\n')}`).join('\n')}`);
  });

  test('in Chromium: home page, lesson, a search from the header, the 404 page, with no CSP violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every CSP violation, as the page sees it.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const problems = [];
    const responses = [];
    let expected404 = null;
    page.on('console', (m) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      // The browser's own line for the 404 page the test asks for.
      if (expected404 && m.text().startsWith('Failed to load resource') && m.location().url === expected404) return;
      problems.push(`console ${m.type()}: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`); });
    page.on('response', (r) => {
      responses.push({ url: r.url(), status: r.status(), headers: r.headers() });
      if (r.status() >= 400 && r.url() !== expected404) problems.push(`${r.status()} ${r.url()}`);
    });
    const violations = async (where) => {
      const v = await page.evaluate(() => window.cspViolations);
      assert.deepEqual(v, [], `CSP violations on ${where}`);
    };

    // The home page: its address is the base URL, and its style sheet applies.
    const home = await page.goto(url(SUB));
    assert.equal(home.status(), 200);
    assert.equal(await page.$eval('link[rel=canonical]', (l) => l.href), url(SUB));
    assert.notEqual(await page.$eval('body', (b) => getComputedStyle(b).fontFamily), '');
    assert.ok(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.endsWith('/materiaalit/css/polku.css') && s.cssRules.length > 0)));
    await violations('the home page');

    // A lesson: its script ran (it shows the print button, rendered hidden).
    const lessonPath = `${SUB}oppitunnit/hoitotyon-suomi/kivusta-kysyminen/`;
    assert.equal((await page.goto(url(lessonPath))).status(), 200);
    await page.waitForSelector('.print-button', { state: 'visible' });
    await violations('a lesson');

    // A search typed into the header's box: the form leads to /materiaalit/haku/, where
    // Pagefind's WebAssembly runs and fetches the index through nginx.
    await page.fill('#sivuhaku-q', 'kipu');
    await Promise.all([page.waitForURL(`${url(SUB)}haku/?q=kipu`), page.press('#sivuhaku-q', 'Enter')]);
    // Until the result count is announced, or the CSP stops something (then that is the error).
    await page.waitForFunction(() => /\d/.test(document.querySelector('#haku-tila')?.textContent ?? '') || window.cspViolations.length > 0, null, { timeout: 15000 });
    await violations('the search page');
    const status = await page.$eval('#haku-tila', (s) => s.textContent.trim());
    const links = await page.$$eval('#haku-lista > li a', (a) => a.map((x) => x.getAttribute('href')));
    assert.ok(links.length >= 5, `${status}: ${links.join(' ')}`);
    for (const href of links) assert.ok(href.startsWith(SUB), href);
    await violations('the search page');
    // What the browser got from nginx for the search.
    const fromBundle = responses.filter((r) => r.url.includes(`${SUB}pagefind/`));
    const immutable = fromBundle.filter((r) => /\.pf_(meta|index|fragment|filter)$/.test(r.url));
    assert.ok(immutable.length >= 3, fromBundle.map((r) => r.url).join('\n'));
    for (const r of immutable) assert.equal(r.headers['cache-control'], IMMUTABLE, r.url);
    assert.equal(responses.find((r) => r.url === `${url(SUB)}haku/?q=kipu`)?.headers['content-security-policy'], SEARCH_CSP);

    // A missing page: the site's own 404 page, styled, with status 404.
    expected404 = url(`${SUB}ei-ole-olemassa/`);
    const missing = await page.goto(expected404);
    assert.equal(missing.status(), 404);
    assert.equal(await page.$eval('h1', (h) => h.textContent.trim()), 'Sivua ei löytynyt');
    assert.ok(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.endsWith('/materiaalit/css/polku.css') && s.cssRules.length > 0)));
    await violations('the 404 page');

    assert.deepEqual(problems, []);
    console.log(`chromium over nginx: search "kipu": ${status} (${links.length} shown); ${fromBundle.length} files from pagefind/, ${immutable.length} of them hashed and immutable`);
    await context.close();
  });
});
