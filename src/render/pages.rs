//! The per-type part of each page's context (docs/templates.md, "Templates, one per kind").

use serde_json::{Value as Json, json};

use super::context::Ctx;
use crate::finnish;
use crate::model::Item;
use crate::model::queries::{cards_of, deck_of, parse_clock};
use crate::model::types::{
    Deck, FundingPeriod, Kind, Lesson, Outcomes, PathStory, Project, Term, TypeName, Workshop,
    value_id,
};
use crate::output::PRINT_DIR;

/// The template and the `page` object of item `index`.
pub fn page(ctx: &Ctx, index: usize) -> (&'static str, Json) {
    let item = &ctx.site.items[index];
    let mut page = ctx.page_common(index);
    let extra = match &item.kind {
        Kind::Lesson(l) => lesson(ctx, index, item, l),
        Kind::Term(t) => term(ctx, item, t),
        Kind::Deck(d) => deck(ctx, index, item, d),
        Kind::Card(_) => card(ctx, item),
        Kind::Path(p) => path(ctx, item, p),
        Kind::Workshop(w) => workshop(ctx, item, w),
        Kind::Project(p) => project(ctx, item, p),
        Kind::Outcomes(o) => outcomes(ctx, item, o),
        Kind::Page(p) => json!({"menu": p.menu.as_ref().map(|m| json!({"order": m.order}))}),
        Kind::Accessibility(a) => super::statement::accessibility(ctx, item, a),
    };
    if let Json::Object(extra) = extra {
        page.extend(extra);
    }
    let neighbour = |i: Option<usize>| {
        i.map(|i| &ctx.site.items[i])
            .map(|n| json!({"title": n.title, "url": ctx.urls.path(&n.url)}))
    };
    if let Some(picture) = share_picture(ctx, item) {
        page.insert("share_image".into(), json!(ctx.urls.permalink(&picture)));
    }
    let [prev, next] = ctx.neighbours[index];
    page.insert("prev".into(), neighbour(prev).unwrap_or(Json::Null));
    page.insert("next".into(), neighbour(next).unwrap_or(Json::Null));
    (item.type_name().name(), Json::Object(page))
}

/// The link-preview picture of a card (its theme's) or a deck (its first theme's); other pages
/// use the site's (`site.share_image`).
fn share_picture(ctx: &Ctx, item: &Item) -> Option<String> {
    use crate::output::theme_share_picture;
    match &item.kind {
        Kind::Card(card) => deck_of(ctx.site, item)
            .filter(|(_, deck)| deck.themes.iter().any(|t| t.id == card.theme))
            .map(|(deck_item, _)| theme_share_picture(&deck_item.id, &card.theme)),
        Kind::Deck(deck) => deck
            .themes
            .first()
            .map(|t| theme_share_picture(&item.id, &t.id)),
        _ => None,
    }
}

fn lesson(ctx: &Ctx, index: usize, item: &Item, lesson: &Lesson) -> Json {
    let section = ctx.site.sections.get(&item.source.dir);
    let vocabulary: Vec<Json> = lesson
        .vocabulary
        .iter()
        .filter_map(|id| ctx.site.get(TypeName::Term, id))
        .map(|t| {
            let translations = if let Kind::Term(term) = &t.kind { json!(term.translations) } else { Json::Null };
            json!({"id": t.id, "term": t.title, "url": ctx.urls.path(&t.url), "translations": translations})
        })
        .collect();
    let coach_notes =
        ctx.bodies[index]
            .extra
            .as_ref()
            .map(|r| match ctx.inherited(item, "coach_notes") {
                Some(lang) => format!("<div lang=\"{lang}\">{}</div>", r.html),
                None => r.html.clone(),
            });
    let phrases_lang = ctx.inherited(item, "phrases");
    json!({
        "series": section.map(|s| json!({"title": s.title, "url": ctx.urls.path(&s.url)})),
        "order": lesson.order,
        "level": {"min": lesson.level.min.name(), "max": lesson.level.max.name(), "text": lesson.level.text()},
        "situations": ctx.vocab("situations", &lesson.situations),
        "duration_min": lesson.duration_min,
        "goals": lesson.goals,
        "vocabulary": vocabulary,
        "phrases": lesson.phrases.iter().map(|p| json!({"fi": p.fi, "explanation": p.explanation, "note": p.note, "lang": phrases_lang,
            "audio": p.audio.as_ref().map(|a| ctx.one_media(item, a))})).collect::<Vec<_>>(),
        "media": ctx.media(item, &lesson.media),
        "coach_notes_html": coach_notes,
        "prerequisites": ctx.links(&[TypeName::Lesson], &lesson.prerequisites),
        "exercises_count": ctx.bodies[index].body.exercises,
    })
}

fn term(ctx: &Ctx, item: &Item, term: &Term) -> Json {
    let lang = item.lang;
    json!({
        "term": term.term,
        "word_class": ctx.labelled(lang, "word_class", &value_id(&term.word_class)),
        "explanation": term.explanation,
        "plain_explanation": term.plain_explanation,
        "inflections": term.inflections.iter().map(|(form, value)| json!({"form": form, "label": ctx.theme.text(lang, &format!("inflection.{form}")), "value": value})).collect::<Vec<_>>(),
        "examples": term.examples,
        "translations": term.translations.iter().map(|(l, text)| json!({"lang": l, "label": ctx.theme.text(lang, &format!("lang.{l}")), "text": text})).collect::<Vec<_>>(),
        "audio": term.audio.as_ref().map(|a| ctx.one_media(item, a)),
        "situations": ctx.vocab("situations", &term.situations),
        "level": term.level.map(|l| l.name()),
        "see_also": ctx.site_terms(&term.see_also),
        "used_by": ctx.referrers(item, &[TypeName::Lesson]),
    })
}

impl Ctx<'_> {
    fn site_terms(&self, ids: &[String]) -> Vec<Json> {
        ids.iter()
            .filter_map(|id| self.site.get(TypeName::Term, id))
            .map(|t| json!({"id": t.id, "term": t.title, "url": self.urls.path(&t.url)}))
            .collect()
    }

    /// The theme object of a deck's theme `id`.
    pub(crate) fn deck_theme(&self, deck_item: &Item, deck: &Deck, id: &str) -> Json {
        deck.themes.iter().find(|t| t.id == id).map_or(Json::Null, |t| {
            json!({"id": t.id, "name": t.name, "color": t.color, "text_color": t.text_color.clone().unwrap_or_else(|| "#ffffff".into()),
                "icon_url": t.icon.as_ref().and_then(|i| self.file_url(deck_item, i)), "description": t.description})
        })
    }

    /// A card in listings: its summary plus number and theme id.
    pub(crate) fn card_summary(&self, card_item: &Item) -> Json {
        let mut summary = self.summary(card_item);
        if let (Json::Object(map), Kind::Card(card)) = (&mut summary, &card_item.kind) {
            map.insert("number".into(), json!(card.number));
            map.insert("theme".into(), json!(card.theme));
            map.insert(
                "slots".into(),
                card.slots()
                    .iter()
                    .map(|(k, v)| json!({"key": k, "text": v}))
                    .collect(),
            );
        }
        summary
    }
}

fn deck(ctx: &Ctx, index: usize, item: &Item, deck: &Deck) -> Json {
    let cards = cards_of(ctx.site, item);
    let themes: Vec<Json> = deck
        .themes
        .iter()
        .map(|t| {
            let mut theme = ctx.deck_theme(item, deck, &t.id);
            let these: Vec<Json> = cards
                .iter()
                .filter(|c| matches!(&c.kind, Kind::Card(card) if card.theme == t.id))
                .map(|c| ctx.card_summary(c))
                .collect();
            theme["cards"] = json!(these);
            theme
        })
        .collect();
    let instructions = &ctx.bodies[index].extra;
    json!({
        "print_url": ctx.urls.path(&format!("{}{}", item.url, PRINT_DIR)),
        "draw_url": ctx.urls.path(&format!("{}{}", item.url, super::deck_pages::DRAW_DIR)),
        "subtitle": deck.subtitle,
        "card_kind": value_id(&deck.card_kind),
        "hyphenate": value_id(&deck.hyphenate),
        "themes": themes,
        "instructions_html": instructions.as_ref().map(|r| r.html.clone()),
        "cards_count": cards.len(),
    })
}

fn card(ctx: &Ctx, item: &Item) -> Json {
    let Kind::Card(card) = &item.kind else {
        return Json::Null;
    };
    let Some((deck_item, deck)) = deck_of(ctx.site, item) else {
        return Json::Null;
    };
    let mut used_by = ctx.referrers(item, &[TypeName::Workshop, TypeName::Path]);
    used_by.extend(ctx.referrers(deck_item, &[TypeName::Workshop]));
    // A workshop that uses both the deck and this card is listed once.
    let mut seen = std::collections::HashSet::new();
    used_by.retain(|link| seen.insert(link["url"].to_string()));
    json!({
        "deck": {"title": deck_item.title, "url": ctx.urls.path(&deck_item.url), "hyphenate": value_id(&deck.hyphenate)},
        "number": card.number,
        "theme": ctx.deck_theme(deck_item, deck, &card.theme),
        "slots": card.slots().iter().map(|(k, v)| json!({"key": k, "label": ctx.theme.text(item.lang, &format!("card_slot.{k}")), "text": v})).collect::<Vec<_>>(),
        "used_by": used_by,
    })
}

fn path(ctx: &Ctx, item: &Item, story: &PathStory) -> Json {
    let lang = item.lang;
    let person = &story.person;
    let age_group = person
        .age_group
        .map(|a| ctx.labelled(lang, "age_group", &value_id(&a)));
    let category = story.outcome.category.as_ref().and_then(|id| {
        ctx.site.of_type(TypeName::Outcomes).find_map(|o| match &o.kind {
            Kind::Outcomes(out) => out.categories.iter().find(|c| &c.id == id).map(|c| json!({"id": c.id, "name": c.name, "url": format!("{}#{}", ctx.urls.path(&o.url), c.id)})),
            _ => None,
        })
    });
    json!({
        "person": {"name": person.name, "name_changed": person.name_changed, "age_group": age_group, "background": person.background},
        "fictional": story.fictional, "composite": story.composite,
        "consent": ctx.labelled(lang, "consent", &value_id(&story.consent)),
        "starting_point": story.starting_point,
        "steps": story.steps.iter().enumerate().map(|(i, s)| json!({
            "number": i + 1, "title": s.title, "service": ctx.vocab("services", std::slice::from_ref(&s.service)).get(0).cloned(),
            "actor": s.actor, "duration": s.duration, "description": s.description, "support": s.support,
            "quote": s.quote, "waiting": s.waiting})).collect::<Vec<_>>(),
        "outcome": {"category": category, "description": story.outcome.description, "when": story.outcome.when},
        "media": ctx.media(item, &story.media),
        "links": ctx.links(&[TypeName::Lesson, TypeName::Card, TypeName::Workshop, TypeName::Deck], &story.links),
    })
}

/// `9.05` from minutes after midnight.
fn clock(minutes: u32) -> String {
    format!("{}.{:02}", (minutes / 60) % 24, minutes % 60)
}

fn workshop(ctx: &Ctx, item: &Item, w: &Workshop) -> Json {
    let lang = item.lang;
    let mut at = w
        .start_time
        .as_deref()
        .and_then(parse_clock)
        .unwrap_or(9 * 60);
    let start_time = clock(at);
    let agenda: Vec<Json> = w
        .agenda
        .iter()
        .map(|a| {
            let start = at;
            at = at.saturating_add(a.minutes);
            json!({"start": clock(start), "end": clock(at), "minutes": a.minutes, "title": a.title,
                "method": ctx.labelled(lang, "method", &value_id(&a.method)), "description": a.description, "facilitator_notes": a.facilitator_notes})
        })
        .collect();
    json!({
        "goal": w.goal,
        "participants": w.participants.map(|p| json!({"min": p.min, "max": p.max})),
        "facilitators": w.facilitators, "duration_min": w.duration_min,
        "modes": w.modes.iter().map(|m| ctx.labelled(lang, "mode", &value_id(m))).collect::<Vec<_>>(),
        "room": w.room, "materials": w.materials, "pre_task": w.pre_task, "start_time": start_time,
        "agenda": agenda, "follow_up": w.follow_up, "feedback": w.feedback,
        "uses": ctx.links(&[TypeName::Deck, TypeName::Card, TypeName::Lesson], &w.uses),
    })
}

/// A fund's name: the built-in name of a known fund id (`esr`, `esr-plus`, `eakr`, `jtf`, `amif`,
/// `maaseuturahasto`), else the text as written, which may be the fund's name already.
fn fund_name(ctx: &Ctx, lang: crate::config::Lang, fund: &str) -> String {
    let key = format!("fund.{}", fund.trim().to_lowercase());
    let name = ctx.theme.text(lang, &key);
    if name == key { fund.to_string() } else { name }
}

/// The project object (docs/templates.md), also used for `site.project`.
pub fn project(ctx: &Ctx, item: &Item, p: &Project) -> Json {
    let emblem = p
        .funding
        .iter()
        .find_map(|f| f.period)
        .map(|period| match period {
            FundingPeriod::Esr2014 => "esr-2014-2020",
            FundingPeriod::Eu2021 => "eu-2021-2027",
        });
    let funding_line = p
        .funding
        .iter()
        .map(|f| {
            [Some(&f.funder), f.programme.as_ref(), f.granted_by.as_ref()]
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect::<Vec<_>>()
        .join("; ");
    let org = |o: &crate::model::types::Organisation| json!({"name": o.name, "short": o.short, "url": o.url});
    let outcomes = p
        .outcomes
        .as_ref()
        .and_then(|id| ctx.site.get(TypeName::Outcomes, id))
        .and_then(|o| match &o.kind {
            // The project page shows the figures too: the same object as the outcomes page.
            Kind::Outcomes(figures) => {
                let mut shown = outcomes(ctx, o, figures);
                shown["title"] = json!(o.title);
                shown["url"] = json!(ctx.urls.path(&o.url));
                Some(shown)
            }
            _ => None,
        });
    json!({
        "id": item.id, "title": item.title, "url": ctx.urls.path(&item.url), "lang": item.lang.code(),
        "name": p.name, "code": p.code,
        "status": ctx.labelled(item.lang, "status", &value_id(&p.status)),
        "start": Ctx::date(Some(p.start)), "end": Ctx::date(Some(p.end)),
        "lead": org(&p.lead), "partners": p.partners.iter().map(org).collect::<Vec<_>>(),
        "funding": p.funding.iter().map(|f| json!({"funder": f.funder, "fund": f.fund.as_ref().map(|id| fund_name(ctx, item.lang, id)), "programme": f.programme,
            "period": f.period.map(|x| value_id(&x)), "granted_by": f.granted_by})).collect::<Vec<_>>(),
        "emblem": emblem, "funding_line": funding_line,
        "regions": p.regions, "target_groups": p.target_groups, "summary": p.summary, "goals": p.goals,
        "outputs": ctx.links(&[TypeName::Deck, TypeName::Lesson, TypeName::Workshop, TypeName::Card, TypeName::Path, TypeName::Term], &p.outputs),
        "outcomes": outcomes,
        "contact": p.contact.as_ref().map(|c| json!({"name": c.name, "email": c.email, "phone": c.phone, "url": c.url})),
        "sources": p.sources,
    })
}

const CHART_WIDTH: u64 = 600;
const BAR_ROW: u64 = 40;

/// A bar's width in the chart; in u128, as a page is rendered even when its counts failed
/// validation.
fn bar_width(count: u64, scale: u64) -> u64 {
    (u128::from(count) * u128::from(CHART_WIDTH) / u128::from(scale.max(1))) as u64
}

fn outcomes(ctx: &Ctx, item: &Item, o: &Outcomes) -> Json {
    let population = o.population.count;
    let scale = o
        .categories
        .iter()
        .map(|c| c.count)
        .max()
        .unwrap_or(1)
        .max(population)
        .max(1);
    let categories: Vec<Json> = o
        .categories
        .iter()
        .map(|c| {
            let parent = c.part_of.as_ref().and_then(|p| o.categories.iter().find(|x| &x.id == p)).map(|p| json!({"id": p.id, "name": p.name}));
            json!({"id": c.id, "name": c.name, "count": c.count, "count_text": finnish::number(c.count),
                "percent_text": finnish::percent(c.count, population), "part_of": parent,
                "bar_width": bar_width(c.count, scale)})
        })
        .collect();
    let bars: Vec<Json> = o
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| json!({"y": i as u64 * BAR_ROW, "width": bar_width(c.count, scale), "label": c.name, "value_text": finnish::number(c.count)}))
        .collect();
    let project = item
        .common
        .project
        .0
        .first()
        .and_then(|id| ctx.site.get(TypeName::Project, id))
        .map(|p| ctx.link(p));
    json!({
        "project": project, "as_of": Ctx::date(Some(o.as_of)), "source": o.source,
        "population": {"name": o.population.name, "count": population, "count_text": finnish::number(population)},
        "overlapping": o.overlapping, "categories": categories,
        "other_figures": o.other_figures.iter().map(|f| json!({"name": f.name, "count_text": finnish::number(f.count), "unit": f.unit})).collect::<Vec<_>>(),
        "chart": {"width": CHART_WIDTH, "height": o.categories.len() as u64 * BAR_ROW, "bars": bars},
    })
}
