//! The accessibility statement's context (law 306/2019): the statement's own fields, the
//! supervisor from site.yaml, and what the site has that the statement must speak of.

use serde_json::{Map, Value as Json, json};

use super::context::Ctx;
use crate::model::Item;
use crate::model::fields::MediaKind;
use crate::model::queries::media_of;
use crate::model::types::{Accessibility, TypeName, value_id};

/// What the statement says about pictures, sound, video and PDFs comes from what the site has:
/// `{pictures, audio, video, decks}` counts, recordings of phrases and terms included.
/// Validation makes the claims true: a picture without alt text (MEDIA-ALT), sound without a
/// transcript or video without captions is an error.
fn site_media(ctx: &Ctx) -> Json {
    let (mut audio, mut video) = (0, 0);
    for (_, m) in ctx.site.items.iter().flat_map(media_of) {
        match MediaKind::of(&m.file) {
            Some(MediaKind::Audio) => audio += 1,
            Some(MediaKind::Video) => video += 1,
            _ => {}
        }
    }
    json!({"pictures": ctx.images.pictures.len(), "audio": audio, "video": video,
        "decks": ctx.site.of_type(TypeName::Deck).count()})
}

pub(super) fn accessibility(ctx: &Ctx, item: &Item, a: &Accessibility) -> Json {
    let lang = item.lang;
    let supervisor = ctx
        .site
        .config
        .site
        .accessibility
        .as_ref()
        .map(|c| json!(c.supervisor));
    let mut out = Map::new();
    out.insert("scope".into(), json!(a.scope));
    out.insert(
        "status".into(),
        ctx.labelled(lang, "a11y_status", &value_id(&a.status)),
    );
    out.insert("gaps".into(), a.gaps.iter().map(|g| json!({"criterion": g.criterion, "description": g.description, "fixed_by": Ctx::date(g.fixed_by)})).collect());
    out.insert(
        "assessment".into(),
        ctx.labelled(lang, "assessment", &value_id(&a.assessment)),
    );
    out.insert("prepared".into(), Ctx::date(Some(a.prepared)));
    out.insert(
        "feedback".into(),
        json!({"email": a.feedback.email, "form": a.feedback.form}),
    );
    out.insert("supervisor".into(), supervisor.unwrap_or(Json::Null));
    out.insert("site_has".into(), site_media(ctx));
    Json::Object(out)
}
