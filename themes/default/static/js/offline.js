/* Polku offline (issue 21): registers the service worker (sw.js), drives the "Tallenna laitteelle"
   controls (partials/save-offline.html) and fills the offline page's list (offline.html).
   Pages have data-sw only where the build made the offline app: under `polku serve` and in the
   ZIP (file://, where navigator.serviceWorker may not exist) this does nothing. Strings come from
   the data-msg-* attributes ({size}, {percent}, {n}). Files and sections come from offline.json. */
(() => {
  const html = document.documentElement, root = html.dataset.root || "/";
  const sw = navigator.serviceWorker, store = window.caches;
  const offlineList = document.getElementById("offline-saved");
  if (!html.dataset.sw || !sw || !store) {
    // The offline page opened where nothing can be saved: nothing is.
    if (offlineList && html.dataset.sw) say(offlineList, offlineList.dataset.msgNone);
    return;
  }
  // A browser that refuses service workers (e.g. in private mode) gets no save controls.
  const registered = sw.register(html.dataset.sw, { scope: root }).then(() => true, () => false);

  // The saved sections' urls, for the service worker too (it refreshes them after a new build).
  const META = "polku-meta", SAVED = root + "__polku/saved", PARALLEL = 4;
  const at = (address) => new URL(root + address, location.href).href;
  let lists;
  // Network first through the service worker: offline, its cached copy.
  const offlineJson = () => (lists ||= fetch(root + "offline.json").then((r) => {
    if (!r.ok) throw new Error(`offline.json: ${r.status}`);
    return r.json();
  }));
  async function savedUrls() {
    const r = await (await store.open(META)).match(SAVED);
    return r ? r.json() : [];
  }
  async function setSaved(urls) {
    const body = JSON.stringify([...new Set(urls)]);
    await (await store.open(META)).put(SAVED, new Response(body, { headers: { "content-type": "application/json" } }));
  }
  // Saved: recorded, and every file of it in a cache (a cleared cache is not saved any more).
  async function isSaved(m, s) {
    if (!(await savedUrls()).includes(s.url)) return false;
    const found = await Promise.all(s.files.map((i) => store.match(at(m.files[i][0]))));
    return found.every(Boolean);
  }

  // Sizes as the build's PDF sizes are shown: 1024-based, "182 kt", "1,4 Mt".
  function size(bytes, box) {
    const mb = bytes >= 1024 * 1024;
    const n = mb ? Math.floor((bytes * 10) / (1024 * 1024)) / 10 : Math.max(1, Math.ceil(bytes / 1024));
    const digits = mb ? 1 : 0;
    const text = new Intl.NumberFormat(html.lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
    return box.dataset[mb ? "msgMb" : "msgKb"].replace("{n}", text);
  }
  function say(box, text) {
    const p = document.createElement("p");
    p.textContent = text;
    box.replaceChildren(p);
  }

  // Runs `job` on each item, PARALLEL at a time; rejects on the first failure.
  async function pool(items, job) {
    const queue = [...items];
    const worker = async () => { while (queue.length) await job(queue.shift()); };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  }

  /* Saving: every file of the section not precached with the shell goes into this build's pages
     cache, the one the service worker serves from. `progress(share)` gets 0…1 by bytes. */
  async function save(m, s, progress) {
    const cache = await store.open("polku-pages-" + m.version), shell = new Set(m.shell);
    const todo = s.files.filter((i) => !shell.has(i)), total = s.bytes || 1;
    let done = 0;
    await pool(todo, async (i) => {
      const [address, , bytes] = m.files[i], url = at(address);
      if (!(await cache.match(url))) {
        const res = await fetch(url, { cache: "no-cache" });
        if (!res.ok) throw new Error(`${res.status} ${address}`);
        await cache.put(url, res);
      }
      done += bytes;
      progress(Math.min(1, done / total));
    });
    await setSaved([...(await savedUrls()), s.url]);
  }

  // Removing: the section's files, except those of the shell and of other saved sections.
  async function remove(m, s) {
    const urls = (await savedUrls()).filter((u) => u !== s.url);
    await setSaved(urls);
    const keep = new Set(m.shell);
    for (const other of m.sections) if (urls.includes(other.url)) other.files.forEach((i) => keep.add(i));
    const gone = s.files.filter((i) => !keep.has(i)).map((i) => at(m.files[i][0]));
    for (const name of (await store.keys()).filter((k) => k.startsWith("polku-pages-"))) {
      const cache = await store.open(name);
      await Promise.all(gone.map((url) => cache.delete(url)));
    }
  }

  /* One control: the section's size before saving, progress in its status line while saving,
     then "saved" with a remove button. data-state (idle, saving, saved) is for the style sheet. */
  async function control(box, m) {
    const s = m.sections.find((x) => root + x.url === box.dataset.save || x.url === box.dataset.save);
    if (!s || !(await registered)) return;
    const q = (c) => box.querySelector(c);
    const text = q(".save-offline-text"), status = q(".save-offline-status"), bar = q(".save-offline-progress");
    const saveButton = q(".save-offline-save"), removeButton = q(".save-offline-remove");
    const msg = (name) => box.dataset["msg" + name].replace("{size}", size(s.bytes, box));
    const show = (state) => {
      box.dataset.state = state;
      text.textContent = msg(state === "saved" ? "Saved" : "Intro");
      saveButton.textContent = msg("Save");
      saveButton.hidden = state === "saved";
      saveButton.disabled = state === "saving";
      removeButton.hidden = state !== "saved";
      bar.hidden = state !== "saving";
    };
    show((await isSaved(m, s)) ? "saved" : "idle");
    box.hidden = false;
    let said = -1;
    saveButton.onclick = async () => {
      show("saving");
      const step = (share) => {
        bar.value = Math.round(share * 100);
        // The status line in quarters, so that a screen reader is not flooded.
        const quarter = Math.floor(share * 4) * 25;
        if (quarter !== said && quarter < 100) status.textContent = msg("Saving").replace("{percent}", (said = quarter));
      };
      step(0);
      try {
        await save(m, s, step);
        show("saved");
        status.textContent = msg("Done");
        removeButton.focus();
      } catch {
        show("idle");
        status.textContent = msg("Failed");
        saveButton.focus();
      }
      said = -1;
    };
    removeButton.onclick = async () => {
      await remove(m, s);
      show("idle");
      status.textContent = msg("Removed");
      saveButton.focus();
    };
  }

  // The offline page: the saved sections, as links with their sizes.
  async function fill(box) {
    let m, shown = [];
    try {
      m = await offlineJson();
      for (const s of m.sections) if (await isSaved(m, s)) shown.push(s);
    } catch {
      shown = [];
    }
    visited(m, shown).catch(() => {});
    if (!shown.length) return say(box, box.dataset.msgNone);
    const ul = document.createElement("ul");
    ul.className = "link-list offline-list";
    for (const s of shown) {
      const li = document.createElement("li"), a = document.createElement("a"), n = document.createElement("span");
      a.href = root + s.url;
      a.textContent = s.title;
      if (s.lang !== html.lang) a.lang = a.hreflang = s.lang;
      n.className = "count";
      n.textContent = ` (${size(s.bytes, box)})`;
      li.append(a, n);
      ul.append(li);
    }
    box.replaceChildren(ul);
  }

  // The offline page: the other pages kept as they were opened, by their headings.
  async function visited(m, shown) {
    const section = document.getElementById("offline-visited");
    const inSaved = new Set(shown.flatMap((s) => s.files.map((i) => at(m.files[i][0]))));
    const pages = new Map();
    for (const name of (await store.keys()).filter((k) => k.startsWith("polku-pages-"))) {
      for (const req of await (await store.open(name)).keys()) {
        const address = req.url.slice(at("").length);
        const isPage = address === "" || address.endsWith("/");
        if (!isPage || inSaved.has(req.url) || address === m.offline_page || pages.has(req.url)) continue;
        const doc = new DOMParser().parseFromString(await (await store.match(req)).text(), "text/html");
        const title = doc.querySelector("h1")?.textContent.trim();
        if (title) pages.set(req.url, { title, lang: doc.documentElement.lang });
      }
    }
    if (!section || !pages.size) return;
    const ul = section.querySelector("ul");
    const sorted = [...pages].sort(([, a], [, b]) => a.title.localeCompare(b.title, html.lang));
    for (const [url, page] of sorted) {
      const li = document.createElement("li"), a = document.createElement("a");
      a.href = url;
      a.textContent = page.title;
      if (page.lang && page.lang !== html.lang) a.lang = a.hreflang = page.lang;
      li.append(a);
      ul.append(li);
    }
    section.hidden = false;
  }

  const boxes = document.querySelectorAll(".save-offline[data-save]");
  if (boxes.length) offlineJson().then((m) => Promise.all([...boxes].map((b) => control(b, m)))).catch(() => {});
  if (offlineList) fill(offlineList);
})();
