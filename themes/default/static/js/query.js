/* How Polku's search page reads a query before Pagefind gets it (used by js/search.js, and by
   the browser tests that measure search through it). Pagefind requires every query word that is
   in the index, so question and function words (the theme's `search.stop_words`) are left out
   unless nothing else is left. A word that finds nothing is tried with its doubled letters
   single (`hhoitaja`), as two words of a compound (`kotihoitotyö` → `kotihoito työ`), and with
   one consonant doubled (`tableti` → `tabletti`); the first that finds something is used.
   That is rarer than a misspelling: Pagefind answers most of them with the pages of the longest
   indexed word that begins them. */
const VOWEL = /[aeiouyåäö]/;
const PUNCTUATION = /[?!.,;:]+$/;

// A function from the typed query to { text: what to search, corrected: whether a word was }.
export function queryReader(pf, stopWords) {
  const stop = new Set((stopWords || "").split(/\s+/).filter(Boolean));
  const finds = new Map(); // word → whether it finds anything
  async function found(w) {
    if (!finds.has(w)) finds.set(w, pf.search(w).then((search) => search.results.length > 0));
    return finds.get(w);
  }
  async function corrected(w) {
    const single = w.replace(/(.)\1+/gu, "$1");
    if (single !== w && (await found(single))) return single;
    const letters = [...w];
    for (let i = letters.length - 3; i >= 3; i--) {
      const head = letters.slice(0, i).join(""), tail = letters.slice(i).join("");
      if ((await found(head)) && (await found(tail))) return `${head} ${tail}`;
    }
    for (let i = 1; i < letters.length - 1; i++) {
      if (VOWEL.test(letters[i]) || !VOWEL.test(letters[i - 1]) || !VOWEL.test(letters[i + 1])) continue;
      const doubled = [...letters.slice(0, i + 1), ...letters.slice(i)].join("");
      if (await found(doubled)) return doubled;
    }
    return null;
  }
  return async function understood(q) {
    const words = q.toLowerCase().split(/\s+/).map((w) => w.replace(PUNCTUATION, "")).filter(Boolean);
    const content = words.filter((w) => !stop.has(w));
    const kept = content.length ? content : words;
    const out = [];
    for (const w of kept) out.push((await found(w)) ? w : (await corrected(w)) || w);
    return { text: out.join(" "), corrected: out.some((w, i) => w !== kept[i]) };
  };
}
