//! The site's words: each page's text, and the Finnish lexicon made of them. `polku serve` keeps
//! them from one search index to the next ([`SiteWords`]): after an edit only the changed pages'
//! texts are worked out again, and the lexicon is made again only when a word came or went (a
//! page's Finnish forms depend on the site's words, see `finnish.rs`).

use std::collections::HashSet;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::document::{PageText, hidden_words, page_text};
use super::finnish::Lexicon;
use crate::model::{Item, Site};
use crate::output::Content;

/// What an index keeps of the site's words for the next one.
#[derive(Default)]
pub struct SiteWords {
    /// Each page's HTML as rendered (one `Arc` as long as the page is unchanged), and its text.
    texts: FxHashMap<String, (Arc<[u8]>, Arc<PageText>)>,
    /// How many page texts have each word of the lexicon.
    counts: FxHashMap<String, u32>,
    lexicon: Option<Arc<Lexicon>>,
}

/// An item and its rendered page.
pub(super) type ItemPage<'a> = (&'a Item, &'a Content);

/// The text of each of `items`' pages.
pub(super) fn texts(site: &Site, items: &[ItemPage]) -> Vec<Arc<PageText>> {
    items
        .par_iter()
        .map(|(item, page)| Arc::new(page_text(site, item, html(page))))
        .collect()
}

/// The lexicon of the site's words, when the Finnish forms are on.
pub(super) fn lexicon(texts: &[Arc<PageText>]) -> Lexicon {
    Lexicon::new(
        texts
            .par_iter()
            .flat_map_iter(|t| [t.main.as_str(), t.hidden.as_str()]),
    )
}

/// A rendered page's HTML.
pub(super) fn html(page: &Content) -> &str {
    std::str::from_utf8(page.bytes().unwrap_or_default()).unwrap_or("")
}

impl SiteWords {
    /// The text of each of `items`' pages, taken from the earlier index when a page is the same
    /// as then; the lexicon, the earlier one when no word came or went; and the words that came
    /// or went (`None` when there was no earlier lexicon).
    pub(super) fn update(
        &mut self,
        site: &Site,
        items: &[ItemPage],
    ) -> (Vec<Arc<PageText>>, Arc<Lexicon>, Option<Vec<String>>) {
        let earlier = std::mem::take(&mut self.texts);
        let made: Vec<(Arc<[u8]>, Arc<PageText>, bool)> = items
            .par_iter()
            .map(|(item, page)| {
                let html = Content::clone(page).into_shared();
                match earlier.get(&item.url) {
                    Some((same, text))
                        if Arc::ptr_eq(same, &html) && text.hidden == hidden_words(site, item) =>
                    {
                        (html, text.clone(), false)
                    }
                    _ => {
                        let text = page_text(site, item, self::html(page));
                        (html, Arc::new(text), true)
                    }
                }
            })
            .collect();
        let mut changed = Vec::new();
        for ((item, _), (html, text, new)) in items.iter().zip(&made) {
            if *new {
                let old = earlier.get(&item.url).map(|(_, text)| text.as_ref());
                self.count(old, Some(text), &mut changed);
            }
            self.texts
                .insert(item.url.clone(), (html.clone(), text.clone()));
        }
        for (url, (_, text)) in &earlier {
            if !self.texts.contains_key(url) {
                self.count(Some(text), None, &mut changed);
            }
        }
        let changed = self.lexicon.is_some().then_some(changed);
        let lexicon = match (&self.lexicon, &changed) {
            (Some(lexicon), Some(changed)) if changed.is_empty() => lexicon.clone(),
            _ => Arc::new(Lexicon::of_words(self.counts.keys().cloned().collect())),
        };
        self.lexicon = Some(lexicon.clone());
        let texts = made.into_iter().map(|(_, text, _)| text).collect();
        (texts, lexicon, changed)
    }

    /// Whether the text of the page of `url` has none of `words` in it, not even inside a longer
    /// word. The lexicon is asked only about parts of a page's words (`Lexicon::forms`), so
    /// such a page's Finnish forms are the same with or without `words`.
    pub(super) fn untouched_by(&self, url: &str, words: &[String]) -> bool {
        let Some((_, text)) = self.texts.get(url) else {
            return false;
        };
        let parts = [text.main.to_lowercase(), text.hidden.to_lowercase()];
        !words
            .iter()
            .any(|w| parts.iter().any(|p| p.contains(w.as_str())))
    }

    /// Counts `new`'s words instead of `old`'s; adds the words that came or went to `changed`.
    fn count(&mut self, old: Option<&PageText>, new: Option<&PageText>, changed: &mut Vec<String>) {
        let words = |text: Option<&PageText>| -> HashSet<String> {
            let parts = text.map_or([""; 2], |t| [t.main.as_str(), t.hidden.as_str()]);
            parts.iter().flat_map(|p| Lexicon::words_of(p)).collect()
        };
        let (old, new) = (words(old), words(new));
        for word in old.difference(&new) {
            if let Some(count) = self.counts.get_mut(word) {
                *count -= 1;
                if *count == 0 {
                    self.counts.remove(word);
                    changed.push(word.clone());
                }
            }
        }
        for word in new.difference(&old) {
            let count = self.counts.entry(word.clone()).or_insert(0);
            *count += 1;
            if *count == 1 {
                changed.push(word.clone());
            }
        }
    }
}
