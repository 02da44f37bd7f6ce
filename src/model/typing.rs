//! The second step of assembly: a parsed file's type decided (its own `type`, a deck folder, its
//! section) and its type-specific keys read, with its id, title and URL made.

use serde_yaml::Value;

use super::parse::{Parsed, common_keys, default_id, is_deck_file};
use super::types::{Common, Kind, TypeName};
use super::{Item, Site, dir_url};
use crate::diagnostics::text;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::finnish::{is_slug, slug};
use crate::yaml;

/// Decides the item's type and reads its type-specific keys.
/// `Err` carries the id of a file that could not be typed.
pub(super) fn type_item(
    mut p: Parsed,
    site: &Site,
    in_deck: bool,
    problems: &mut Diagnostics,
) -> Result<Item, String> {
    problems.extend(std::mem::take(&mut p.problems));
    let section_type = site.section_type(&p.source.dir);
    let implied = if is_deck_file(&p.source) {
        Some(TypeName::Deck)
    } else if in_deck && p.source.is_markdown {
        Some(TypeName::Card)
    } else {
        section_type.map(|(t, _)| t)
    };
    let type_name = match (p.common.type_name, implied) {
        (Some(own), Some(inherited))
            if own != inherited
                && !(own == TypeName::Accessibility && inherited == TypeName::Page) =>
        {
            let folder = section_type.map_or("none".to_string(), |(_, dir)| {
                format!("content/{dir}/_index.md")
            });
            problems.push(
                Diagnostic::error(
                    "TYPE-MISMATCH",
                    &p.source.file,
                    p.positions.value("type"),
                    text!(
                        "type-mismatch",
                        own = own.name(),
                        folder = folder,
                        inherited = inherited.name()
                    ),
                )
                .hint(text!("type-mismatch.hint")),
            );
            return Err(default_id(&p.source));
        }
        (Some(own), _) => own,
        (None, Some(inherited)) => inherited,
        (None, None) if p.source.is_markdown => TypeName::Page,
        (None, None) => {
            problems.push(
                Diagnostic::error(
                    "MISSING-TYPE",
                    &p.source.file,
                    Pos::new(1, 1),
                    text!("missing-type"),
                )
                .hint(text!(
                    "missing-type.hint",
                    types = TypeName::ALL.map(|t| t.name()).join(", ")
                )),
            );
            return Err(default_id(&p.source));
        }
    };
    let mut specific = p.value.clone();
    for key in common_keys(&p.source, &p.value) {
        specific.remove(key);
    }
    // A kind read with some keys taken out still goes on, so that its references are checked
    // in the same run: the build fails on the reported mistakes anyway.
    let reading = parse_kind(type_name, Value::Mapping(specific), &p);
    // A wrong or misspelt `title` (`tittle:`) is reported as such: not as missing as well.
    let title_reported = p.title_reported || reading.reported("title");
    problems.extend(reading.found);
    let Some(kind) = reading.typed else {
        return Err(p.common.id.clone().unwrap_or_else(|| default_id(&p.source)));
    };
    let id = match &p.common.id {
        Some(id) => id.clone(),
        None => default_id(&p.source),
    };
    if !is_slug(&id) {
        problems.push(
            Diagnostic::error(
                "INVALID-ID",
                &p.source.file,
                p.positions.value("id"),
                text!("invalid-id", id = id),
            )
            .hint(text!("invalid-id.hint", example = slug(&id))),
        );
        return Err(default_id(&p.source));
    }
    let title = match (&kind, &p.common.title) {
        (_, Some(title)) => title.clone(),
        (Kind::Term(term), None) => term.term.clone(),
        (Kind::Project(project), None) => project.name.clone(),
        (_, None) if title_reported => id.clone(),
        (_, None) => {
            problems.push(
                Diagnostic::error(
                    "MISSING-KEY",
                    &p.source.file,
                    Pos::new(p.source.front_line, 1),
                    text!("missing-key", key = "title"),
                )
                .hint(text!("missing-title.hint")),
            );
            id.clone()
        }
    };
    let url = if type_name == TypeName::Deck {
        dir_url(&p.source.dir)
    } else {
        let last = p.common.slug.as_deref().map_or(id.clone(), slug);
        format!("{}{}/", dir_url(&p.source.dir), last)
    };
    let lang = p.common.lang.unwrap_or(site.config.site.language);
    Ok(Item {
        source: p.source,
        positions: p.positions,
        common: p.common,
        kind,
        id,
        title,
        lang,
        url,
        attachment: None,
        body_lang: None,
    })
}

/// The type-specific keys read as `type_name`'s: the kind, if it could be read (perhaps with some
/// keys taken out), and every mistake found on the way.
fn parse_kind(type_name: TypeName, value: Value, p: &Parsed) -> yaml::Reading<Kind> {
    fn read<T: serde::de::DeserializeOwned>(
        value: Value,
        p: &Parsed,
        kind: fn(T) -> Kind,
    ) -> yaml::Reading<Kind> {
        yaml::typed_all(value, &p.positions, &p.source.file, Common::KEYS).map(kind)
    }
    match type_name {
        TypeName::Lesson => read(value, p, Kind::Lesson),
        TypeName::Term => read(value, p, Kind::Term),
        TypeName::Deck => read(value, p, Kind::Deck),
        TypeName::Card => read(value, p, Kind::Card),
        TypeName::Path => read(value, p, Kind::Path),
        TypeName::Workshop => read(value, p, Kind::Workshop),
        TypeName::Project => read(value, p, Kind::Project),
        TypeName::Outcomes => read(value, p, Kind::Outcomes),
        TypeName::Page => read(value, p, Kind::Page),
        TypeName::Accessibility => read(value, p, Kind::Accessibility),
    }
}
