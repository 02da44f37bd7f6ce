/* How Polku's search page reads a query before Pagefind gets it (used by js/search.js, and by
   the browser tests that measure search through it).
   - Question and function words (the theme's `search.stop_words`) are left out unless nothing
     else is left: Pagefind requires every query word that is in the index.
   - A word the index does not have is corrected. Pagefind answers such a word with the pages of
     the longest indexed word that begins it (`tervetulloa` → pages with `terve…`), so "finds
     something" is not enough: a word counts as found when the index has its stem or a word that
     begins with it (see `isKnown`). Otherwise the first of these that is found is searched
     instead: the word with its doubled letters single (`hhoitaja`), with one doubled letter
     single or one single letter doubled (`hapi` → `happi`), and as two words of a compound
     (`kotihoitotyö` → `kotihoito työ`).
   - Of several words, those the index does not have (even corrected) are left out.
   `searchRead` then searches: Pagefind finds only pages with every word, so when those are fewer
   than a screenful, pages with all words but one (then all but two…) follow them. A one-word
   query's pages are ranked also by the word's stem (`byStem`), and then those of the first
   TITLED whose title has the word come first (`byTitle`).
   A classic script, so that it also runs from file:// in the ZIP: it sets window.polkuQuery =
   { queryReader, searchRead }. A result whose fragment does not load (offline, not saved) counts
   as one without a title and without filters, never as a failed search. */
(() => {
const PUNCTUATION = /[?!.,;:]+$/;

// A function from the typed query to { text: what to search, words: its words, corrected:
// whether a word was corrected or left out }.
function queryReader(pf, stopWords) {
  const stop = new Set((stopWords || "").split(/\s+/).filter(Boolean));
  const searches = new Map();
  const search = (text) => {
    if (!searches.has(text)) searches.set(text, pf.search(text).then((s) => s.results));
    return searches.get(text);
  };
  const exact = async (w) => (await search(`"${w}"`)).length > 0;
  const known = new Map(); // word → whether the index has it
  // The index has a word's stem when the quoted (exact) word finds something, and a word that
  // begins with it when the word finds other pages than the word with letters no indexed word
  // has appended: that one can only fall back to a prefix, as a typo does.
  function isKnown(w) {
    if (!known.has(w)) known.set(w, (async () => {
      if (await exact(w)) return true;
      const found = await search(w);
      if (!found.length) return false;
      const prefixOnly = new Set((await search(`${w}qqqq`)).map((r) => r.id));
      return found.length !== prefixOnly.size || found.some((r) => !prefixOnly.has(r.id));
    })());
    return known.get(w);
  }
  // Spellings one length error away: a doubled letter single, or a single letter doubled. A
  // spelling with letters left out may be the beginning of an indexed word; one with a letter
  // added must be an indexed word itself (`hoidan` is no typo of `hoid…`), as must both words
  // of a split (any three letters begin some word).
  async function corrected(w) {
    const letters = [...w];
    const shorter = [w.replace(/(.)\1+/gu, "$1")], longer = [];
    letters.forEach((c, i) => {
      const edit = [...letters];
      if (c === letters[i + 1]) shorter.push((edit.splice(i, 1), edit.join("")));
      else longer.push((edit.splice(i, 0, c), edit.join("")));
    });
    for (const c of shorter) if (c !== w && (await isKnown(c))) return c;
    for (const c of longer) if (await exact(c)) return c;
    for (let i = letters.length - 3; i >= 3; i--) {
      const head = letters.slice(0, i).join(""), tail = letters.slice(i).join("");
      if ((await exact(head)) && (await exact(tail))) return `${head} ${tail}`;
    }
    return null;
  }
  return async function understood(q) {
    const words = q.toLowerCase().split(/\s+/).map((w) => w.replace(PUNCTUATION, "")).filter(Boolean);
    const content = words.filter((w) => !stop.has(w));
    const kept = content.length ? content : words;
    const read = [];
    for (const w of kept) {
      const indexed = await isKnown(w);
      const fixed = indexed ? null : await corrected(w);
      read.push({ typed: w, text: fixed || w, known: indexed || Boolean(fixed) });
    }
    // A word the index does not have would only narrow the results to pages with a word that
    // begins like it (or, finding nothing, be ignored by Pagefind): left out when others remain.
    const known = read.filter((r) => r.known);
    const used = known.length ? known : read;
    const changed = used.length < read.length || used.some((r) => r.text !== r.typed);
    const searched = used.map((r) => r.text);
    return { text: searched.join(" "), words: searched, corrected: changed };
  };
}

// Fewer pages than this with every word: pages with some of the words follow, up to MOST.
const ENOUGH = 5, MOST = 10, SEARCHES = 16;

function* subsets(words, k, from = 0) {
  if (k === 0) yield [];
  else for (let i = from; i <= words.length - k; i++) for (const rest of subsets(words, k - 1, i + 1)) yield [words[i], ...rest];
}

/* Pagefind's answer to the query a reader made (`asked`), with Pagefind's search `options`.
   When fewer than ENOUGH pages have every word, the pages with the most of the words come after
   them, best first, up to MOST in all (`partial` is then true), and the filter counts are those
   of the pages shown. */
async function searchRead(pf, asked, options = {}) {
  const words = (asked.words || []).flatMap((w) => w.split(/\s+/)).filter(Boolean);
  const found = await searchAll(pf, asked, options);
  if (words.length !== 1 || !found.results?.length) return found;
  return byTitle(await byStem(pf, found, words[0], options), words[0]);
}

// Common inflectional endings, longest first: plural genitives, then case endings.
const ENDINGS = ["itten", "iden", "ten", "jen", "den", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä", "n", "t"];
// Results whose titles are read for byTitle: each is a fragment download.
const TITLED = 10;

/* A one-word query's pages, each scored also by the word's stem (the word without its ending,
   at least 4 letters left), which Pagefind matches as the beginning of words: `omaisten` →
   `omais…` counts `omaisen` and `omaiselle` too. Only the word's own pages are shown. */
async function byStem(pf, found, word, options) {
  const letters = [...word];
  const ending = ENDINGS.find((e) => word.endsWith(e) && letters.length - [...e].length >= 4);
  if (!ending) return found;
  const stem = letters.slice(0, letters.length - [...ending].length).join("");
  const more = new Map((await pf.search(stem, options)).results.map((r) => [r.id, r.score]));
  if (!more.size) return found;
  const results = found.results
    .map((r, i) => ({ r, i, score: r.score + (more.get(r.id) || 0) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((o) => o.r);
  return { ...found, results };
}

/* Of the first TITLED results, those whose title has the query word (`pakka` → "Starttipakka")
   come first, in their order. */
async function byTitle(found, word) {
  const top = found.results.slice(0, TITLED);
  const titles = await Promise.all(top.map((r) => r.data().then((d) => (d.meta?.title || "").toLowerCase(), () => "")));
  const order = top.map((r, i) => ({ r, i, has: titles[i].includes(word) })).sort((a, b) => b.has - a.has || a.i - b.i);
  if (order.every((o, i) => o.i === i)) return found;
  return { ...found, results: [...order.map((o) => o.r), ...found.results.slice(TITLED)] };
}

// Pagefind's answer, and the pages with some of the words when few have every word.
async function searchAll(pf, asked, options) {
  const all = await pf.search(asked.text || null, options);
  const words = asked.words || [];
  if (words.length < 2 || all.results.length >= ENOUGH) return all;
  const found = new Map(all.results.map((r) => [r.id, r]));
  let searches = 0;
  for (let k = words.length - 1; k >= 1 && found.size < ENOUGH && searches < SEARCHES; k--) {
    const best = new Map();
    for (const some of subsets(words, k)) {
      if (searches++ >= SEARCHES) break;
      for (const r of (await pf.search(some.join(" "), options)).results) {
        if (!found.has(r.id) && !(best.get(r.id)?.score >= r.score)) best.set(r.id, r);
      }
    }
    const next = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MOST - found.size);
    for (const r of next) found.set(r.id, r);
  }
  const results = [...found.values()];
  if (results.length === all.results.length) return all;
  const filters = {};
  for (const data of await Promise.all(results.map((r) => r.data().catch(() => ({}))))) {
    for (const [key, values] of Object.entries(data.filters || {})) {
      filters[key] ??= {};
      for (const v of values) filters[key][v] = (filters[key][v] || 0) + 1;
    }
  }
  return { ...all, results, filters, partial: true };
}

window.polkuQuery = { queryReader, searchRead };
})();
