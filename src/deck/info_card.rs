//! The info card that opens every deck: the project, its funding with the EU emblem, the
//! licence and the deck's address, shortened where a print format has no room for it all.

use super::face::{self, CardText, Fonts};
use super::impose;
use crate::model::types::{Deck, FundingPeriod, Kind, PrintFormat, TypeName};
use crate::model::{Item, Site};
use crate::output::Urls;
use crate::theme::Theme;

/// The project a deck is from: its own `project`, or the site's.
pub(super) fn project_of<'a>(site: &'a Site, deck_item: &Item) -> Option<&'a Item> {
    deck_item
        .common
        .project
        .0
        .first()
        .or(site.config.site.project.as_ref())
        .and_then(|id| site.get(TypeName::Project, id))
}

/// The info card: project, funding, licence and address.
pub(super) fn info_card(site: &Site, theme: &Theme, urls: &Urls, deck_item: &Item) -> CardText {
    let lang = deck_item.lang;
    let project = project_of(site, deck_item);
    let mut slots = Vec::new();
    if let Some(p) = project {
        slots.push((
            "project".into(),
            theme.text(lang, "deck.info.project"),
            p.title.clone(),
        ));
        if let Kind::Project(project) = &p.kind {
            let funding: Vec<String> = project
                .funding
                .iter()
                .map(|f| {
                    // With a funding period the EU emblem names the fund: the line then names
                    // the authority that granted it.
                    let funder = if f.period.is_some() && f.granted_by.is_some() {
                        None
                    } else {
                        Some(&f.funder)
                    };
                    [funder, f.granted_by.as_ref()]
                        .into_iter()
                        .flatten()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect();
            slots.push((
                "funding".into(),
                theme.text(lang, "deck.info.funding"),
                funding.join("; "),
            ));
        }
    }
    // The EU emblem of the project's funding period (the words of the 2014–2020 ESF emblem, or
    // "Euroopan unionin osarahoittama" from 2021 on), drawn with the flag.
    let emblem = project
        .and_then(|p| match &p.kind {
            Kind::Project(project) => project.funding.iter().find_map(|f| f.period),
            _ => None,
        })
        .map(|period| match period {
            FundingPeriod::Esr2014 => vec![
                theme.text(lang, "eu.union"),
                theme.text(lang, "eu.esf"),
                theme.text(lang, "eu.slogan_2014_2020"),
            ],
            FundingPeriod::Eu2021 => vec![theme.text(lang, "eu.cofunded")],
        });
    let license = deck_item.common.license.unwrap_or_default();
    slots.push((
        "license".into(),
        theme.text(lang, "deck.info.license"),
        theme.text(lang, &format!("license.{}", license.id())),
    ));
    // An example address (the example site's own, or a new site's) is left off: a printed card
    // cannot be corrected, and `polku check` already warns about it.
    let address = urls.permalink(&deck_item.url);
    if !crate::diagnostics::is_example(&address) {
        slots.push(("site".into(), theme.text(lang, "deck.info.site"), address));
    }
    CardText {
        title: theme.text(lang, "deck.info.title"),
        theme: deck_item.title.clone(),
        color: [0x0b, 0x4f, 0x7c],
        text_color: [255, 255, 255],
        number: "i".into(),
        slots,
        footer: deck_item.title.clone(),
        emblem,
        icon: None,
    }
}

/// The info card as it fits one print format: where it would not, its funding line and then
/// its project line give way (the EU emblem still credits the funder). Each format keeps all it
/// has room for.
pub(super) fn fit_info_card(
    fonts: &Fonts,
    deck: &Deck,
    mut card: CardText,
    format: PrintFormat,
) -> CardText {
    let size = impose::card_size(format, deck.print.paper);
    let fits = |card: &CardText| {
        face::layout(fonts, size, card, deck.hyphenate)
            .overflow()
            .is_none()
    };
    for optional in ["funding", "project"] {
        if fits(&card) {
            break;
        }
        card.slots.retain(|(key, _, _)| key != optional);
    }
    card
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_info_card_too_full_for_large_print_drops_its_funding_line_there_only() {
        let deck: Deck =
            serde_yaml::from_str("themes: []\ncard_kind: insight\nprint: {formats: [a4-9, a4-4]}")
                .unwrap();
        let slot = |key: &str, text: &str| (key.to_string(), key.to_uppercase(), text.to_string());
        let card = CardText {
            title: "Tietoa pakasta".into(),
            theme: "Pakka".into(),
            color: [0, 0, 0],
            text_color: [255, 255, 255],
            number: "i".into(),
            slots: vec![
                slot("project", "Hanke"),
                slot(
                    "funding",
                    &"Rahoittajan pitkä nimi, joka jatkuu ja jatkuu. ".repeat(4),
                ),
                slot("license", "CC BY 4.0"),
                slot("site", "https://example.fi/kortit/pakka/"),
            ],
            footer: "Pakka".into(),
            emblem: Some(vec!["Euroopan unioni".into()]),
            icon: None,
        };
        let fonts = face::test_fonts();
        let keys = |format| {
            let fitted = fit_info_card(&fonts, &deck, card.clone(), format);
            fitted.slots.into_iter().map(|s| s.0).collect::<Vec<_>>()
        };
        assert_eq!(keys(PrintFormat::A4x4), ["project", "license", "site"]);
        assert_eq!(
            keys(PrintFormat::A4x9),
            ["project", "funding", "license", "site"]
        );
    }
}
