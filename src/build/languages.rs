//! The site's other languages in the build: each one's site made from its translations and
//! validated, then its decks and pages made, below its folder (`sv/`).

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value as Json;

use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::model::Site;
use crate::model::translations::{Alternates, Translations};
use crate::output::{Content, Images, OutFile, Urls};
use crate::render;
use crate::theme::Theme;

/// The site in each of its other languages, validated. Problems at keys a translation inherits
/// are its original's, and the main language's problems (site.yaml's) are not repeated.
pub(super) fn views(
    site: &Arc<Site>,
    translations: Vec<Translations>,
    drafts: bool,
    problems: &mut Diagnostics,
) -> Vec<Site> {
    let mut views = Vec::new();
    for group in translations {
        let mut found = Diagnostics::default();
        let config = site.config.for_language(group.lang);
        let view = crate::model::translations::assemble(
            config,
            site.clone(),
            group.sources,
            drafts,
            &mut found,
        );
        let mut checked = Diagnostics::default();
        crate::validate::validate(&view, &mut checked);
        found.extend(checked.iter().filter(|d| d.pos != Pos::INHERITED).cloned());
        add_new(problems, found.iter().cloned());
        views.push(view);
    }
    views
}

/// Adds the problems `problems` does not have yet.
pub(super) fn add_new(problems: &mut Diagnostics, found: impl IntoIterator<Item = Diagnostic>) {
    for problem in found {
        if !problems.iter().any(|p| *p == problem) {
            problems.push(problem);
        }
    }
}

/// What the other languages' sites made: their files, the sitemap entries of their pages, and
/// each site with its sections' HTML (for the search index).
pub(super) struct Made {
    pub(super) files: Vec<OutFile>,
    pub(super) sitemap: Vec<Json>,
    pub(super) views: Vec<(Site, HashMap<String, String>)>,
    /// Pages that went through their template: all of them.
    pub(super) rendered: usize,
}

/// The decks and pages of each other language (every page made afresh: a translated site is
/// small), the sitemap entries of its pages, and each language's site with its sections' HTML
/// for the search index.
pub(super) fn render(
    views: Vec<Site>,
    (theme, urls, images): (&Theme, &Urls, &Images),
    alternates: &Alternates,
    problems: &mut Diagnostics,
) -> Made {
    let mut files = Vec::new();
    let mut sitemap = Vec::new();
    let mut made = Vec::new();
    let mut rendered = 0;
    for view in views {
        let decks = crate::deck::build(&view, theme, urls, images);
        add_new(problems, decks.problems);
        files.extend(decks.files);
        let languages = render::Languages {
            alternates,
            sitemap: Vec::new(),
        };
        let rendering = render::render(
            (&view, &languages),
            theme,
            urls,
            &decks.pdfs,
            images,
            &render::Reuse::nothing(),
        );
        add_new(problems, rendering.problems);
        rendered += rendering.rendered;
        sitemap.extend(rendering.sitemap);
        files.extend(rendering.pages.into_iter().map(|(path, _, bytes)| OutFile {
            path,
            content: Content::Shared(bytes),
        }));
        made.push((view, rendering.section_html));
    }
    Made {
        files,
        sitemap,
        views: made,
        rendered,
    }
}
