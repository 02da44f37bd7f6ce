/* Polku service worker (issue 21), made by `polku build` from the theme's templates/sw.js with
   this build's version and the site's root path. It precaches the shell listed in offline.json,
   caches pages and search files as they are visited (and whole sections that js/offline.js
   saves), and serves them without a network. A new build is a new version: the new worker keeps
   the old caches' files that did not change, fetches the changed ones again, drops the rest. */
const VERSION = {{ version | json_encode() | safe }};
const ROOT = {{ root | json_encode() | safe }};
const BASE = new URL(ROOT, self.location.origin).href;
const SHELL = "polku-shell-" + VERSION, PAGES = "polku-pages-" + VERSION, META = "polku-meta";
// The saved sections' urls (js/offline.js writes them); refreshed here after a new build.
const SAVED = BASE + "__polku/saved";
const PARALLEL = 4;

const at = (address) => BASE + address;
// Cache keys have no query string: Pagefind asks for pagefind-entry.json?ts=…, the search page is haku/?q=….
const keyOf = (url) => url.origin + url.pathname;

// The offline.json kept in a version's shell cache (without creating that cache).
async function listsIn(name) {
  if (!(await caches.has(name))) return null;
  const res = await (await caches.open(name)).match(at("offline.json"));
  return res ? res.json() : null;
}
const hashes = (lists) => new Map(lists ? lists.files.map(([address, hash]) => [address, hash]) : []);

async function pool(items, job) {
  const queue = [...items];
  const worker = async () => { while (queue.length) await job(queue.shift()); };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

// A fresh copy from the network, or null.
async function fresh(url) {
  try {
    const res = await fetch(url, { cache: "reload" });
    return res.ok ? res : null;
  } catch {
    return null;
  }
}

self.addEventListener("install", (event) => event.waitUntil((async () => {
  const res = await fetch(at("offline.json"), { cache: "no-store" });
  if (!res.ok) throw new Error("offline.json: " + res.status);
  const lists = await res.clone().json();
  const shell = await caches.open(SHELL);
  await pool(lists.shell, (i) => shell.add(new Request(at(lists.files[i][0]), { cache: "reload" })));
  await shell.put(at("offline.json"), res);
  await self.skipWaiting();
})()));

self.addEventListener("activate", (event) => event.waitUntil((async () => {
  const lists = await listsIn(SHELL);
  const now = hashes(lists);
  const inShell = new Set(lists.shell.map((i) => lists.files[i][0]));
  const pages = await caches.open(PAGES);
  const old = (await caches.keys()).filter((k) => k.startsWith("polku-") && ![SHELL, PAGES, META].includes(k));
  // Each older pages cache: a file with the same hash is kept, a changed one fetched again
  // (dropped if that fails), one this build no longer has dropped.
  for (const name of old.filter((k) => k.startsWith("polku-pages-"))) {
    const before = hashes(await listsIn("polku-shell-" + name.slice("polku-pages-".length)));
    const cache = await caches.open(name);
    await pool(await cache.keys(), async (req) => {
      const address = req.url.startsWith(BASE) ? req.url.slice(BASE.length) : null;
      if (address === null || !now.has(address) || inShell.has(address) || (await pages.match(req))) return;
      const res = before.get(address) === now.get(address) ? await cache.match(req) : await fresh(req.url);
      if (res) await pages.put(req, res);
    });
  }
  // Saved sections: the files this build added to them; a section that is gone is forgotten.
  const meta = await caches.open(META);
  const savedRes = await meta.match(SAVED);
  const saved = savedRes ? await savedRes.json() : [];
  const kept = lists.sections.filter((s) => saved.includes(s.url));
  const files = [...new Set(kept.flatMap((s) => s.files))].map((i) => lists.files[i][0]).filter((a) => !inShell.has(a));
  await pool(files, async (address) => {
    if (await pages.match(at(address))) return;
    const res = await fresh(at(address));
    if (res) await pages.put(at(address), res);
  });
  if (kept.length !== saved.length) {
    await meta.put(SAVED, new Response(JSON.stringify(kept.map((s) => s.url)), { headers: { "content-type": "application/json" } }));
  }
  await Promise.all(old.map((k) => caches.delete(k)));
  await self.clients.claim();
})()));

async function cached(key) {
  return (await (await caches.open(SHELL)).match(key)) || (await (await caches.open(PAGES)).match(key));
}

function keep(event, key, res) {
  // Whole, successful, same-origin answers only (a 206 cannot be cached).
  if (res.status !== 200 || res.type !== "basic") return;
  const copy = res.clone();
  event.waitUntil(caches.open(PAGES).then((c) => c.put(key, copy)).catch(() => {}));
}

// Pages and JSON: the network first, so that a reader online sees the current build.
async function networkFirst(event, key) {
  try {
    const res = await fetch(event.request);
    keep(event, key, res);
    return res;
  } catch {
    const hit = await cached(key);
    if (hit) return hit;
    if (event.request.mode === "navigate") {
      const lists = await listsIn(SHELL);
      const page = lists && (await cached(at(lists.offline_page)));
      if (page) return page;
    }
    return Response.error();
  }
}

// Everything else (CSS, scripts, pictures, PDFs' parts, search files): the cache first.
async function cacheFirst(event, key) {
  const hit = await cached(key);
  if (hit) return hit;
  try {
    const res = await fetch(event.request);
    if (!event.request.headers.has("range")) keep(event, key, res);
    return res;
  } catch {
    return Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(ROOT) || url.pathname === ROOT + "sw.js") return;
  const key = keyOf(url);
  const first = req.mode === "navigate" || url.pathname.endsWith(".json") ? networkFirst : cacheFirst;
  event.respondWith(first(event, key));
});
