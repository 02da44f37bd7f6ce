//! The two extra pages of a deck: its print page (every PDF with format, paper, pages and size)
//! and its "Nosta kortti" page for drawing cards in group sessions.

use std::collections::HashMap;

use serde_json::{Value as Json, json};

use super::Job;
use super::context::Ctx;
use crate::model::queries::cards_of;
use crate::model::types::{Kind, TypeName};
use crate::output::{PRINT_DIR, PdfInfo};

/// Where a deck's draw page goes, below the deck's URL.
pub const DRAW_DIR: &str = "nosta/";

pub(crate) fn jobs(ctx: &Ctx, pdfs: &HashMap<String, Vec<PdfInfo>>) -> Vec<Job> {
    let mut jobs = Vec::new();
    for deck_item in ctx.site.of_type(TypeName::Deck) {
        let Kind::Deck(deck) = &deck_item.kind else {
            continue;
        };
        let lang = deck_item.lang;
        let text = |key: &str| ctx.theme.text(lang, key);
        let deck_link = json!({"title": deck_item.title, "url": ctx.urls.path(&deck_item.url),
            "hyphenate": crate::model::types::value_id(&deck.hyphenate)});
        let mut crumbs = super::listing::breadcrumbs(ctx, &deck_item.source.dir);
        if let Some(last) = crumbs.last_mut() {
            last["title"] = json!(deck_item.title);
        }
        let files: Vec<Json> = pdfs
            .get(&deck_item.id)
            .into_iter()
            .flatten()
            .map(|p| {
                json!({"format": p.format, "label": text(&format!("print_format.{}.label", p.format)),
                    "description": text(&format!("print_format.{}.description", p.format)),
                    "paper": p.paper, "pages": p.pages, "bytes": p.bytes, "size_text": crate::finnish::size_text(p.bytes), "url": p.url})
            })
            .collect();
        let print_url = format!("{}{PRINT_DIR}", deck_item.url);
        jobs.push(Job {
            out: format!("{print_url}index.html"),
            template: "deck-print".into(),
            lang,
            page: json!({"type": "deck-print", "id": deck_item.id, "title": format!("{} – {}", deck_item.title, text("deck.print.title")),
                "description": deck_item.common.description, "lang": lang.code(), "url": ctx.urls.path(&print_url),
                "permalink": ctx.urls.permalink(&print_url), "deck": deck_link, "pdfs": files}),
            item: None,
            crumbs: crumbs.clone(),
            key: Some(format!("{}|{PRINT_DIR}", deck_item.source.rel)),
        });
        let cards = cards_of(ctx.site, deck_item);
        let themes: Vec<Json> = deck
            .themes
            .iter()
            .map(|t| ctx.deck_theme(deck_item, deck, &t.id))
            .collect();
        let cards: Vec<Json> = cards
            .iter()
            .map(|c| {
                let mut summary = ctx.card_summary(c);
                if let Json::Object(map) = &mut summary {
                    let labelled: Vec<Json> = map["slots"].as_array().into_iter().flatten()
                        .map(|s| json!({"key": s["key"], "label": text(&format!("card_slot.{}", s["key"].as_str().unwrap_or(""))), "text": s["text"]}))
                        .collect();
                    map.insert("slots".into(), json!(labelled));
                }
                summary
            })
            .collect();
        let draw_url = format!("{}{DRAW_DIR}", deck_item.url);
        jobs.push(Job {
            out: format!("{draw_url}index.html"),
            template: "deck-draw".into(),
            lang,
            page: json!({"type": "deck-draw", "id": deck_item.id, "title": text("deck.draw.title"), "description": deck_item.common.description,
                "lang": lang.code(), "url": ctx.urls.path(&draw_url), "permalink": ctx.urls.permalink(&draw_url),
                "deck": deck_link, "themes": themes, "cards": cards}),
            item: None,
            crumbs,
            key: Some(format!("{}|{DRAW_DIR}", deck_item.source.rel)),
        });
    }
    jobs
}
