/* Polku: draw a card (deck-draw.html); cards from the list's data-*, strings from data-msg-*. No card
   repeats until all of the chosen themes' cards are drawn; then it starts over and says so. */
(() => {
  const $ = (id) => document.getElementById(id);
  const app = $("nosto"), list = $("nosto-lista"), btn = $("nosto-nappi"), area = $("nosto-alue");
  if (!app || !list) return;
  const msg = (k) => app.getAttribute("data-msg-" + k) || "";
  const el = (tag, text, cls = "") => Object.assign(document.createElement(tag), { className: cls, textContent: text });
  const boxes = {};
  for (const b of app.querySelectorAll("input[type=checkbox]")) boxes[b.value] = b;
  const cards = [...list.querySelectorAll("li[data-theme]")]
    .map((li) => ({ ...li.dataset, slots: JSON.parse(li.dataset.slots || "[]") }))
    .filter((c) => boxes[c.theme]);
  if (!cards.length) return;
  const drawn = new Set();
  let last, timer;

  function draw() {
    const pool = cards.filter((c) => boxes[c.theme].checked), tila = $("nosto-tila");
    // Cleared first, so that a repeat is announced too.
    clearTimeout(timer);
    tila.textContent = "";
    if (!pool.length) return (timer = setTimeout(() => (tila.textContent = msg("none")), 100));
    let left = pool.filter((c) => !drawn.has(c));
    const restart = !left.length;
    if (restart) {
      pool.forEach((c) => drawn.delete(c));
      left = pool.length > 1 ? pool.filter((c) => c !== last) : pool;
    }
    const c = (last = left[Math.floor(Math.random() * left.length)]), box = boxes[c.theme];
    drawn.add(c);
    // All at once inside the live region #nosto-alue (read as a whole).
    $("nosto-ohje").hidden = true;
    Object.assign($("nosto-ilmoitus"), { hidden: !restart, textContent: restart ? msg("restart") : "" });
    $("nosto-vari").setAttribute("fill", box.dataset.color);
    $("nosto-teema").replaceChildren(box.closest("label").querySelector(".theme-marker").cloneNode(true));
    $("nosto-numero").textContent = c.number ? msg("number").replace("{n}", c.number) : "";
    $("nosto-otsikko").textContent = c.title;
    $("nosto-kentat").replaceChildren(...c.slots.map((s) => {
      const d = el("div", "", "card-slot card-slot--" + s.key), ul = el("ul", "");
      if (Array.isArray(s.text)) ul.append(...s.text.map((t) => el("li", t)));
      d.append(el("h3", s.label), Array.isArray(s.text) ? ul : el("p", s.text));
      return d;
    }));
    $("nosto-edistys").textContent = msg("progress")
      .replace("{n}", pool.filter((x) => drawn.has(x)).length).replace("{total}", pool.length);
    $("nosto-linkki").href = c.url;
    $("nosto-lisaa").hidden = $("nosto-sisalto").hidden = false;
    btn.textContent = msg("again");
    // Fade (none with reduced motion, see polku.css); the focus stays on the button.
    area.classList.remove("is-new");
    void area.offsetWidth;
    area.classList.add("is-new");
    if (area.getBoundingClientRect().top > innerHeight - 120) btn.scrollIntoView();
  }

  btn.addEventListener("click", draw);
  // Full screen (#nosto: the card and the draw button) for a projector, only where it works.
  const full = $("nosto-koko");
  if (full && document.fullscreenEnabled && app.requestFullscreen) {
    full.addEventListener("click", () =>
      (document.fullscreenElement ? document.exitFullscreen() : app.requestFullscreen()).catch(() => {}));
    document.addEventListener("fullscreenchange", () =>
      (full.textContent = msg(document.fullscreenElement === app ? "fullscreen-exit" : "fullscreen")));
    // Browsers leave full screen on Esc themselves; this covers those that pass the key on.
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && document.fullscreenElement === app) document.exitFullscreen().catch(() => {});
    });
    full.hidden = false;
  }
  list.hidden = true;
  app.hidden = false;
})();
