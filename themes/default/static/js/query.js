/* How Polku's search page reads a query before Pagefind gets it (used by js/search.js, and by
   the browser tests that measure search through it).
   - Question and function words (the theme's `search.stop_words`) are left out unless nothing
     else is left: Pagefind requires every query word that is in the index.
   - A word the index does not have is corrected. Pagefind answers such a word with the pages of
     the longest indexed word that begins it (`tervetulloa` → pages with `terve…`), so "finds
     something" is not enough: a word counts as found when the index has its stem or a word that
     begins with it (see `isKnown`). Otherwise the first of these that is found is searched
     instead: the word with its doubled letters single (`hhoitaja`), with one doubled letter
     single or one single letter doubled (`kaupa` → `kauppa`), and as two words of a compound
     (`kotihoitotyö` → `kotihoito työ`).
   - Of several words, those the index does not have (even corrected) are left out. */
const PUNCTUATION = /[?!.,;:]+$/;

// A function from the typed query to { text: what to search, corrected: whether a word was }.
export function queryReader(pf, stopWords) {
  const stop = new Set((stopWords || "").split(/\s+/).filter(Boolean));
  const searches = new Map();
  const search = (text) => {
    if (!searches.has(text)) searches.set(text, pf.search(text).then((s) => s.results));
    return searches.get(text);
  };
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
  const exact = async (w) => (await search(`"${w}"`)).length > 0;
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
      const fixed = (await isKnown(w)) ? null : await corrected(w);
      read.push({ typed: w, text: fixed || w, known: Boolean(fixed) || (await isKnown(w)) });
    }
    // A word the index does not have would only narrow the results to pages with a word that
    // begins like it (or, finding nothing, be ignored by Pagefind): left out when others remain.
    const known = read.filter((r) => r.known);
    const used = known.length ? known : read;
    const changed = used.length < read.length || used.some((r) => r.text !== r.typed);
    return { text: used.map((r) => r.text).join(" "), corrected: changed };
  };
}
