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
    /// as then; and the lexicon, the earlier one when no word came or went. The second value is
    /// whether the lexicon is the earlier one.
    pub(super) fn update(
        &mut self,
        site: &Site,
        items: &[ItemPage],
    ) -> (Vec<Arc<PageText>>, Arc<Lexicon>, bool) {
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
        let mut changed = self.lexicon.is_none();
        for ((item, _), (html, text, new)) in items.iter().zip(&made) {
            if *new {
                let old = earlier.get(&item.url).map(|(_, text)| text.as_ref());
                changed |= self.count(old, Some(text));
            }
            self.texts
                .insert(item.url.clone(), (html.clone(), text.clone()));
        }
        for (url, (_, text)) in &earlier {
            if !self.texts.contains_key(url) {
                changed |= self.count(Some(text), None);
            }
        }
        let lexicon = match (&self.lexicon, changed) {
            (Some(lexicon), false) => lexicon.clone(),
            _ => Arc::new(Lexicon::of_words(self.counts.keys().cloned().collect())),
        };
        self.lexicon = Some(lexicon.clone());
        let texts = made.into_iter().map(|(_, text, _)| text).collect();
        (texts, lexicon, !changed)
    }

    /// Counts `new`'s words instead of `old`'s; whether a word came or went.
    fn count(&mut self, old: Option<&PageText>, new: Option<&PageText>) -> bool {
        let words = |text: Option<&PageText>| -> HashSet<String> {
            let parts = text.map_or([""; 2], |t| [t.main.as_str(), t.hidden.as_str()]);
            parts.iter().flat_map(|p| Lexicon::words_of(p)).collect()
        };
        let (old, new) = (words(old), words(new));
        let mut changed = false;
        for word in old.difference(&new) {
            if let Some(count) = self.counts.get_mut(word) {
                *count -= 1;
                if *count == 0 {
                    self.counts.remove(word);
                    changed = true;
                }
            }
        }
        for word in new.difference(&old) {
            let count = self.counts.entry(word.clone()).or_insert(0);
            *count += 1;
            changed |= *count == 1;
        }
        changed
    }
}
