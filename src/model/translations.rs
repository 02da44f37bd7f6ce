//! Translations: a file beside its original with the language before the extension
//! (`tietoa.sv.md`, `kipu.en.yaml`). Each of the site's other languages is a `Site` of its own,
//! made of its translations, each read over its original: a key the translation does not set is
//! the original's. Lookups of anything not translated fall back to the main language's site.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;
use serde_yaml::Value;

use super::assemble::join_rel;
use super::parse::{Parsed, Parsing, Unusable, parse, read_common};
use super::{Site, dir_url};
use crate::config::{Config, Lang};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos, text};
use crate::load::Source;

/// Keys only the original may set: a translation that sets one must set it as the original does.
pub const ORIGINAL_ONLY: [&str; 6] = ["type", "id", "number", "theme", "deck", "lang"];

/// The translations of one of the site's other languages, their names without the language.
pub struct Translations {
    pub lang: Lang,
    pub sources: Vec<Source>,
}

/// The originals, and the translations by language in `site.yaml`'s order. A file whose name
/// has a language the site does not have is reported and left out.
pub fn split(
    config: &Config,
    sources: Vec<Source>,
    problems: &mut Diagnostics,
) -> (Vec<Source>, Vec<Translations>) {
    let site = &config.site;
    let mut originals = Vec::with_capacity(sources.len());
    let mut translations: Vec<Translations> = site
        .languages
        .iter()
        .filter(|l| **l != site.language)
        .map(|&lang| Translations {
            lang,
            sources: Vec::new(),
        })
        .collect();
    for mut source in sources {
        let Some((stem, code)) = language_suffix(&source.stem) else {
            originals.push(source);
            continue;
        };
        match translations.iter_mut().find(|t| t.lang.code() == code) {
            Some(group) => {
                let ext = source.rel.rsplit_once('.').map_or("", |(_, ext)| ext);
                source.rel = join_rel(&source.dir, &format!("{stem}.{ext}"));
                source.stem = stem.to_string();
                group.sources.push(source);
            }
            None => {
                let mut codes = vec![site.language.code()];
                codes.extend(translations.iter().map(|t| t.lang.code()));
                let main = code == site.language.code();
                let hint = match main {
                    true => text!("translation-main-language.hint", code = code),
                    false => text!("translation-language.hint", code = code),
                };
                problems.push(
                    Diagnostic::error(
                        "TRANSLATION-LANGUAGE",
                        &source.file,
                        Pos::new(1, 1),
                        text!(
                            "translation-language",
                            code = code,
                            languages = codes.join(", ")
                        ),
                    )
                    .hint(hint),
                );
            }
        }
    }
    translations.retain(|t| !t.sources.is_empty());
    (originals, translations)
}

/// `("tietoa", "sv")` for the stem `tietoa.sv`: two lower-case letters after the last dot.
fn language_suffix(stem: &str) -> Option<(&str, &str)> {
    let (base, code) = stem.rsplit_once('.')?;
    let is_code = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
    (is_code && !base.is_empty()).then_some((base, code))
}

/// The site of one other language: its translations read over their originals in `fallback`,
/// its pages below `lang/`. `config` is the site's configuration for that language.
pub fn assemble(
    config: Config,
    fallback: Arc<Site>,
    sources: Vec<Source>,
    drafts: bool,
    problems: &mut Diagnostics,
) -> Site {
    let mut site = Site::empty(config, fallback.content_dir.clone());
    site.fallback = Some(fallback.clone());
    let sources = with_decks(&fallback, sources);
    let mut found = Diagnostics::default();
    let results: Vec<_> = sources
        .into_par_iter()
        .filter_map(|source| {
            let Some(original) = original_of(&fallback, &source) else {
                let orphan = !fallback.is_unreadable(&source.rel);
                return orphan.then(|| Err(orphan_error(&source)));
            };
            Some(Ok(read_over(original, source)))
        })
        .collect();
    let mut merged = Vec::new();
    let mut own_body = HashSet::new();
    for result in results {
        match result {
            Ok((Ok(parsed), issues, body_is_own)) => {
                found.extend(issues);
                if body_is_own {
                    own_body.insert(parsed.source.rel.clone());
                }
                merged.push(parsed);
            }
            Ok((Err(failed), ..)) => {
                let (problems, unusable) = *failed;
                found.extend(problems);
                site.mark_unreadable(unusable);
            }
            Err(problem) => found.push(problem),
        }
    }
    let deck_dirs: HashSet<String> = fallback
        .sections
        .values()
        .filter(|s| s.is_deck)
        .map(|s| s.dir.clone())
        .collect();
    site.fill(merged, &deck_dirs, drafts, &mut found);
    let main = fallback.config.site.language;
    for item in &mut site.items {
        if !own_body.contains(&item.source.rel) {
            item.body_lang = Some(main);
        }
        if item.attachment.is_none()
            && let Some(original) = fallback.get(item.type_name(), &item.id)
        {
            item.attachment = original.attachment.clone();
        }
    }
    let prefix = site.prefix();
    for section in site.sections.values_mut() {
        if section.source.is_none()
            && let Some(original) = fallback.sections.get(&section.dir)
        {
            section.title = original.title.clone();
            section.common = original.common.clone();
        }
        section.url = format!("{prefix}{}", dir_url(&section.dir));
    }
    for item in &mut site.items {
        item.url = format!("{prefix}{}", item.url);
    }
    // A problem at an inherited key is the original's, reported with its own file.
    problems.extend(found.iter().filter(|d| d.pos != Pos::INHERITED).cloned());
    site
}

/// The translations, and the deck of every translated card that has none of its own: a deck
/// in this language with the original's texts, so that its cards have their pages and print.
fn with_decks(fallback: &Site, mut sources: Vec<Source>) -> Vec<Source> {
    let translated: HashSet<&str> = sources.iter().map(|s| s.rel.as_str()).collect();
    let mut decks = Vec::new();
    for source in &sources {
        let Some(card) = fallback.by_rel(&source.rel) else {
            continue;
        };
        let deck = card.type_name() == super::types::TypeName::Card;
        let deck = deck
            .then(|| super::queries::deck_of(fallback, card))
            .flatten();
        if let Some((deck, _)) = deck
            && !translated.contains(deck.source.rel.as_str())
            && !decks.iter().any(|d: &Source| d.rel == deck.source.rel)
        {
            // Every key inherited: nothing of its own to read or report.
            let mut implied = deck.source.clone();
            implied.front.clear();
            implied.body.clear();
            decks.push(implied);
        }
    }
    sources.extend(decks);
    sources
}

/// The file a translation translates: an item's, a deck's instructions or a folder's `_index`.
fn original_of<'a>(site: &'a Site, translation: &Source) -> Option<&'a Source> {
    if translation.stem == "_index" {
        return site.sections.get(&translation.dir)?.source.as_ref();
    }
    let item = site.by_rel(&translation.rel)?;
    std::iter::once(&item.source)
        .chain(&item.attachment)
        .find(|s| s.rel == translation.rel)
}

fn orphan_error(source: &Source) -> Diagnostic {
    Diagnostic::error(
        "TRANSLATION-ORPHAN",
        &source.file,
        Pos::new(1, 1),
        text!("translation-orphan", original = source.rel),
    )
    .hint(text!("translation-orphan.hint"))
}

/// The result of reading a translation over its original: the merged file, the problems of
/// its own keys, and whether it has a text of its own.
type ReadOver = (Parsing, Vec<Diagnostic>, bool);

/// A translation read over its original: every key of the original it does not set, its
/// positions marked inherited; its own Markdown body, or the original's if it has none.
fn read_over(original: &Source, translation: Source) -> ReadOver {
    let original = match parse(original.clone()) {
        Ok(parsed) => parsed,
        Err(failed) => return (Err(failed), Vec::new(), false),
    };
    let own = match parse(translation) {
        Ok(parsed) => parsed,
        Err(failed) => return (Err(failed), Vec::new(), false),
    };
    let mut issues = Vec::new();
    let file = &own.source.file;
    for key in ORIGINAL_ONLY {
        let (Some(mine), theirs) = (own.value.get(key), original.value.get(key)) else {
            continue;
        };
        // The same value, or (for `lang`) the language of the file's name, is no mistake.
        let agrees =
            theirs == Some(mine) || (key == "lang" && mine.as_str() == Some(&lang_of(file)));
        if !agrees {
            issues.push(
                Diagnostic::error(
                    "TRANSLATION-FIELD",
                    file,
                    own.positions.value(key),
                    text!(
                        "translation-field",
                        key = key,
                        original = original.source.rel
                    ),
                )
                .hint(text!("translation-field.hint", key = key)),
            );
        }
    }
    let dated = |p: &Parsed| p.common.updated.or(p.common.date);
    if let (Some(mine), Some(theirs)) = (dated(&own), dated(&original))
        && theirs > mine
    {
        let at = match own.common.updated {
            Some(_) => own.positions.value("updated"),
            None => own.positions.value("date"),
        };
        issues.push(
            Diagnostic::warning(
                "TRANSLATION-STALE",
                file,
                at,
                text!(
                    "translation-stale",
                    original = original.source.rel,
                    theirs = theirs.finnish(),
                    mine = mine.finnish()
                ),
            )
            .hint(text!("translation-stale.hint")),
        );
    }
    let mut value = original.value.clone();
    let mut positions = own.positions.clone();
    for (key, v) in &own.value {
        let Some(name) = key.as_str() else { continue };
        if !ORIGINAL_ONLY.contains(&name) {
            value.insert(key.clone(), v.clone());
        }
    }
    value.remove("lang");
    for key in original.value.keys().filter_map(Value::as_str) {
        if !own.value.contains_key(key) || ORIGINAL_ONLY.contains(&key) {
            positions.inherit(&original.positions, key);
        }
    }
    let mut source = own.source;
    let body_is_own = !source.body.trim().is_empty() || !source.is_markdown;
    if !body_is_own {
        source.body = original.source.body.clone();
        source.body_line = original.source.body_line;
    }
    let reading = read_common(&source, &value, &positions);
    let title_reported = reading.reported("title");
    let Some(common) = reading.typed else {
        let unusable = Unusable::of(&source);
        return (Err(Box::new((reading.found, unusable))), issues, false);
    };
    issues.extend(reading.found);
    let parsed = Parsed {
        source,
        positions,
        value,
        common,
        problems: Vec::new(),
        title_reported,
    };
    (Ok(parsed), issues, body_is_own)
}

/// The language code in a translation's file name.
fn lang_of(file: &std::path::Path) -> String {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    language_suffix(stem).map_or(String::new(), |(_, code)| code.to_string())
}

/// Where each page is in every language it exists in: the addresses of an item's or a
/// section's translations (by the original's path below `content/`), and each language's home.
#[derive(Debug, Default, Clone)]
pub struct Alternates {
    /// Every language with pages, the main one first, and its home page's address.
    pub homes: Vec<(Lang, String)>,
    pages: HashMap<String, Vec<(Lang, String)>>,
}

impl Alternates {
    /// The alternates of the main language's site and its translations.
    pub fn of(sites: &[&Site]) -> Alternates {
        let mut alternates = Alternates::default();
        for site in sites {
            let lang = site.config.site.language;
            if let Some(home) = site.sections.get("") {
                alternates.homes.push((lang, home.url.clone()));
            }
            let items = site.items.iter().map(|i| (i.source.rel.clone(), &i.url));
            let sections = site.sections.values().filter(|s| !s.is_deck);
            let sections = sections.map(|s| (section_key(&s.dir), &s.url));
            for (key, url) in items.chain(sections) {
                let urls = alternates.pages.entry(key).or_default();
                urls.push((lang, url.clone()));
            }
        }
        alternates
    }

    /// The languages a page is in, with its address in each: `key` is the original's path
    /// below `content/` (see [`section_key`] for a folder). Empty for a page in one language.
    pub fn of_page(&self, key: &str) -> &[(Lang, String)] {
        match self.pages.get(key) {
            Some(urls) if urls.len() > 1 => urls,
            _ => &[],
        }
    }
}

/// The key of a folder's page in [`Alternates`]: its `_index.md`'s path.
pub fn section_key(dir: &str) -> String {
    join_rel(dir, "_index.md")
}
