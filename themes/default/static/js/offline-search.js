/* Polku search from a folder (issue 21): the ZIP's search pages load this first. Browsers refuse
   fetch() and module scripts from file://, but run classic <script src>. So in the ZIP every file
   of the search bundle, pagefind/X, is a script pagefind/X.js whose one call,
   polkuOffline.file("X", "<base64>"), hands over its bytes, and this answers Pagefind's fetch()
   of pagefind/X with them. It also maps the indexed URLs ("/sanasto/kipu/") to the ZIP's files.
   <html data-offline-root> is the way from this page up to the ZIP's top ("../../"),
   data-root the site's root path, the prefix of the URLs the search index holds. */
(() => {
  const html = document.documentElement;
  const top = new URL(html.dataset.offlineRoot || "", location.href);
  const bundle = new URL("pagefind/", top).href;
  const siteRoot = html.dataset.root || "/";
  const files = new Map(); // name → promise of the bytes
  const arrived = new Map(); // name → resolve, while its script loads

  // Called by each pagefind/X.js.
  function file(name, base64) {
    const text = atob(base64), bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    const done = arrived.get(name);
    if (done) done(bytes);
    else files.set(name, Promise.resolve(bytes));
  }

  // Loads pagefind/<name>.js once; rejects when there is no such file.
  function load(name) {
    if (!files.has(name)) {
      files.set(name, new Promise((resolve, reject) => {
        arrived.set(name, resolve);
        const script = document.createElement("script");
        script.src = bundle + name.split("/").map(encodeURIComponent).join("/") + ".js";
        script.addEventListener("error", () => reject(new Error(`Polku: no ${name} in the search files`)));
        // A script that ran without handing over this file's bytes (a wrong name) fails too.
        script.addEventListener("load", () => setTimeout(() => reject(new Error(`Polku: ${name} was not delivered`))));
        document.head.append(script);
      }).finally(() => arrived.delete(name)));
    }
    return files.get(name);
  }

  // An indexed URL ("/sanasto/kipu/", "/x/#a") as the ZIP's file ("file:///…/sanasto/kipu/index.html#a").
  function page(url) {
    const cut = url.search(/[?#]/), path = cut < 0 ? url : url.slice(0, cut), tail = cut < 0 ? "" : url.slice(cut);
    let inside = path.startsWith(siteRoot) ? path.slice(siteRoot.length) : path.replace(/^\/+/, "");
    if (inside === "" || inside.endsWith("/")) inside += "index.html";
    return new URL(inside, top).href + tail;
  }

  // Pagefind's fetch() of a bundle file (without its ?ts=… query) gets the file's bytes.
  const realFetch = window.fetch ? window.fetch.bind(window) : null;
  window.fetch = (input, init) => {
    const asked = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(asked, location.href);
    url.search = url.hash = "";
    if (url.href.startsWith(bundle)) {
      const name = decodeURIComponent(url.href.slice(bundle.length));
      return load(name).then((bytes) => new Response(bytes, { status: 200 }));
    }
    return realFetch ? realFetch(input, init) : Promise.reject(new TypeError("fetch"));
  };

  window.polkuOffline = { bundle, file, page };
})();
