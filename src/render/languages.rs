//! The page's languages: where it is in the site's other languages (`hreflang`, the language
//! switch), and which of a translation's texts are its original's, in the original's language.

use serde_json::{Value as Json, json};

use super::context::Ctx;
use crate::config::Lang;
use crate::model::Item;

impl Ctx<'_> {
    /// `translations` of a page's template: `alternates`, its address in every language it is
    /// in (for `hreflang`), and `switch`, a link to each of the site's languages: to the page
    /// in that language, or to that language's home page. Empty for a site in one language.
    /// `key` is [`super::Job::key`]: an original's path below content/, with `|folder/` for a
    /// page below that page's address.
    pub fn translations(&self, key: Option<&str>) -> Json {
        let alternates = self.languages.alternates;
        if alternates.homes.len() < 2 {
            return json!({"alternates": [], "switch": []});
        }
        let (key, below) = key.map_or(("", ""), |k| k.split_once('|').unwrap_or((k, "")));
        let found = alternates.of_page(key);
        let current = self.site.config.site.language;
        let link = |lang: Lang, url: &str| json!({"lang": lang.code(), "url": self.urls.path(url), "permalink": self.urls.permalink(url)});
        let here: Vec<Json> = found
            .iter()
            .map(|(lang, url)| link(*lang, &format!("{url}{below}")))
            .collect();
        let switch: Vec<Json> = alternates
            .homes
            .iter()
            .map(|(lang, home)| {
                let page = found.iter().find(|(l, _)| l == lang);
                let url = page.map_or(home.clone(), |(_, url)| format!("{url}{below}"));
                let mut entry = link(*lang, &url);
                entry["name"] = json!(self.theme.text(*lang, "language.name"));
                entry["current"] = json!(*lang == current);
                entry["translated"] = json!(page.is_some());
                entry
            })
            .collect();
        json!({"alternates": here, "switch": switch})
    }

    /// The language of a translation's key that it inherits from its original (a lesson's
    /// phrases in English show their Finnish explanations), if it does.
    pub fn inherited(&self, item: &Item, key: &str) -> Option<&'static str> {
        let main = self.site.fallback.as_ref()?.config.site.language;
        (item.positions.value(key) == crate::diagnostics::Pos::INHERITED).then_some(main.code())
    }
}
