//! Card decks in print: every enabled format of every deck as a PDF (krilla), with the text of
//! each card laid out with the real font first, so that text which does not fit is a build error
//! naming the card, the text and the format.

pub mod face;
mod fit;
mod glyphs;
mod hyphen;
mod icons;
pub mod impose;
mod info_card;
pub mod layout;
mod measure;
pub mod pdf;
mod pdf_back;
mod pdf_card;
mod pdf_draw;
mod pdf_error;
mod pdf_sheet;
pub mod share;

use std::collections::HashMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Text, text};
use crate::model::queries::cards_of;
use crate::model::types::{BackStyle, Deck, Kind, Paper, PrintFormat, TypeName, value_id};
use crate::model::{Item, Site};
use crate::output::{Content, Images, OutFile, PRINT_DIR, PdfInfo, Urls};
use crate::theme::Theme;
use face::{CardText, Fonts, MM};
use info_card::{fit_info_card, info_card};
use layout::Face;

/// The id of a deck's instructions PDF, in its file name and its `print_format.*` texts.
pub const INSTRUCTIONS: &str = "instructions";

/// The colour of a deck's shared back (`back: {style: shared}`).
const SHARED_BACK: [u8; 3] = [0x0b, 0x4f, 0x7c];

/// The PDFs written, per deck id, and the problems found.
#[derive(Default)]
pub struct Decks {
    pub files: Vec<OutFile>,
    pub pdfs: HashMap<String, Vec<PdfInfo>>,
    pub problems: Vec<Diagnostic>,
}

fn hex(color: &str) -> [u8; 3] {
    let v = u32::from_str_radix(color.trim_start_matches('#'), 16).unwrap_or(0);
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

/// The bundled fonts of the theme.
pub fn fonts(theme: &Theme) -> Option<Fonts> {
    let face = |name: &str| {
        theme
            .fonts
            .get(name)
            .and_then(|f| Face::new(f.bytes.to_vec()))
    };
    Some(Fonts {
        regular: face("NotoSans-Regular.ttf")?,
        bold: face("NotoSans-Bold.ttf")?,
    })
}

fn card_text(
    theme: &Theme,
    (deck_item, deck, icons): (&Item, &Deck, &HashMap<String, icons::Icon>),
    card_item: &Item,
    total: usize,
) -> Option<CardText> {
    let Kind::Card(card) = &card_item.kind else {
        return None;
    };
    let deck_theme = deck.themes.iter().find(|t| t.id == card.theme)?;
    let lang = card_item.lang;
    Some(CardText {
        title: card_item.title.clone(),
        theme: deck_theme.name.clone(),
        color: hex(&deck_theme.color),
        text_color: hex(deck_theme.text_color.as_deref().unwrap_or("#ffffff")),
        number: format!("{}/{total}", card.number),
        slots: card
            .slots()
            .into_iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    theme.text(lang, &format!("card_slot.{k}")),
                    v.to_string(),
                )
            })
            .collect(),
        footer: deck_item.title.clone(),
        emblem: None,
        icon: icons.get(&deck_theme.id).cloned(),
    })
}

/// The instructions Markdown as (is heading, text) paragraphs.
fn paragraphs(markdown: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut heading = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = true,
            Event::Start(Tag::Item) => current.push_str("• "),
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item) => {
                if !current.trim().is_empty() {
                    out.push((heading, current.trim().to_string()));
                }
                current.clear();
                heading = false;
            }
            _ => {}
        }
    }
    out
}

/// Checks that every card fits every enabled format, then writes the PDFs.
pub fn build(site: &Site, theme: &Theme, urls: &Urls, images: &Images) -> Decks {
    let mut decks = Decks::default();
    let Some(fonts) = fonts(theme) else {
        decks.problems.push(Diagnostic::error(
            "THEME",
            std::path::Path::new("themes"),
            Default::default(),
            text!("deck-no-fonts"),
        ));
        return decks;
    };
    for deck_item in site.of_type(TypeName::Deck) {
        let Kind::Deck(deck) = &deck_item.kind else {
            continue;
        };
        let all = cards_of(site, deck_item);
        // A deck in another language may have some of its cards only: numbered as in the
        // original deck.
        let total = match &site.fallback {
            Some(main) => main
                .get(TypeName::Deck, &deck_item.id)
                .map_or(all.len(), |d| cards_of(main, d).len()),
            None => all.len(),
        };
        let lang = deck_item.lang;
        let icons = icons::load(deck_item, deck, images, &site.content_dir);
        // A card with an error of its own (a theme not in the deck) is left out of print.
        let (items, texts): (Vec<&Item>, Vec<CardText>) = all
            .iter()
            .filter_map(|c| {
                let mut text = card_text(theme, (deck_item, deck, &icons), c, total)?;
                text.title = hyphen::mark(&text.title, lang);
                for (_, _, slot) in &mut text.slots {
                    *slot = hyphen::mark(slot, lang);
                }
                Some((*c, glyphs::normalise_card(&fonts, text)))
            })
            .unzip();
        let info = glyphs::normalise_card(&fonts, info_card(site, theme, urls, deck_item));
        let mut cards = vec![info.clone()];
        cards.extend(texts);
        // Every side laid out once per format (in parallel): the fit check and the PDF use it.
        let layouts: HashMap<PrintFormat, Vec<face::Layout>> = deck
            .print
            .formats
            .iter()
            .map(|&format| {
                let size = impose::card_size(format, deck.print.paper);
                let info = fit_info_card(&fonts, deck, info.clone(), format);
                let layout = |c: &CardText| face::layout(&fonts, size, c, deck.hyphenate);
                let mut laid = vec![layout(&info)];
                laid.par_extend(cards[1..].par_iter().map(layout));
                (format, laid)
            })
            .collect();
        let back = deck.back.as_ref().and_then(|b| b.text.as_ref());
        let back = glyphs::normalise(&fonts, back.unwrap_or(&deck_item.title), true);
        let shared = matches!(deck.back.as_ref().map(|b| b.style), Some(BackStyle::Shared));
        let backs: Vec<pdf_back::Back> = cards
            .iter()
            .enumerate()
            .map(|(i, c)| pdf_back::Back {
                color: if shared { SHARED_BACK } else { c.color },
                text_color: if shared {
                    [255, 255, 255]
                } else {
                    c.text_color
                },
                title: back.clone(),
                // The info card (first) has no theme of its own.
                theme: (!shared && i > 0).then(|| (c.theme.clone(), c.icon.clone())),
                emblem: info.emblem.clone(),
            })
            .collect();
        let instructions = deck_item
            .attachment
            .as_ref()
            .map(|a| paragraphs(&a.body))
            .unwrap_or_default()
            .into_iter()
            .map(|(heading, text)| (heading, glyphs::normalise(&fonts, &text, true)))
            .collect::<Vec<_>>();
        let printed = glyphs::Printed {
            cards: &cards,
            back: &back,
            instructions: &instructions,
        };
        let mut problems = glyphs::check(&fonts, site, deck_item, &items, &printed);
        problems.extend(fit::check_fit(deck, &items, &cards, &layouts));
        let failed = problems
            .iter()
            .any(|p| p.severity == crate::diagnostics::Severity::Error);
        decks.problems.extend(problems);
        if failed {
            continue;
        }
        let offset = site.config.site.deck.back_offset_mm;
        let paper = deck.print.paper;
        let paper_name = match paper {
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
        };
        // Each format's PDF, and the instructions' own (`None`) when the deck has them.
        let mut files: Vec<Option<PrintFormat>> =
            deck.print.formats.iter().copied().map(Some).collect();
        if !instructions.is_empty() {
            files.push(None);
        }
        let results: Vec<Result<(OutFile, PdfInfo), Text>> = files
            .par_iter()
            .map(|&format| {
                let format_id = format.map_or(INSTRUCTIONS.to_string(), |f| value_id(&f));
                let label = theme.text(deck_item.lang, &format!("print_format.{format_id}.label"));
                let title = format!("{} – {label}", deck_item.title);
                let (bytes, pages) = match format {
                    Some(format) => pdf::render(
                        &fonts,
                        &pdf::Job {
                            title,
                            cards: &cards,
                            layouts: &layouts[&format],
                            backs: &backs,
                            sheets: impose::sheets(
                                format,
                                paper,
                                cards.len(),
                                (offset.0 * MM, offset.1 * MM),
                            ),
                            bleed: impose::bleed(format),
                        },
                    )?,
                    None => pdf::render_instructions(
                        &fonts,
                        (&title, &glyphs::normalise(&fonts, &deck_item.title, true)),
                        (&instructions, deck.hyphenate),
                        impose::paper_size(paper),
                    )?,
                };
                // The language in the name of a translated deck's files, which are saved
                // beside the original's.
                let name = match site.fallback {
                    Some(_) => format!("{}-{}", deck_item.id, lang.code()),
                    None => deck_item.id.clone(),
                };
                let rel = format!("{}{PRINT_DIR}{name}-{format_id}.pdf", deck_item.url);
                let paper_text = match format {
                    Some(PrintFormat::Shop) => {
                        let (w, h) = impose::shop_page_mm();
                        format!("{w} × {h} mm")
                    }
                    _ => paper_name.to_string(),
                };
                let info = PdfInfo {
                    format: format_id,
                    paper: paper_text,
                    pages,
                    bytes: bytes.len(),
                    url: urls.path(&rel),
                };
                Ok((
                    OutFile {
                        path: rel,
                        content: Content::Bytes(bytes),
                    },
                    info,
                ))
            })
            .collect();
        for result in results {
            match result {
                Ok((file, info)) => {
                    decks.files.push(file);
                    decks
                        .pdfs
                        .entry(deck_item.id.clone())
                        .or_default()
                        .push(info);
                }
                Err(message) => decks
                    .problems
                    .push(deck_item.error("PDF", "print", message)),
            }
        }
    }
    decks
}
