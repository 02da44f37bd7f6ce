//! What a build keeps for the next one (`polku serve`): the model, the theme, the decks and the
//! rendered pages, each with a hash of what it was made from.

use std::path::Path;
use std::sync::Arc;

use super::memo::Memo;
use super::{Failure, Options, Rendered, render_site};
use crate::config::Config;
use crate::config::Lang;
use crate::deck::Decks;
use crate::diagnostics::Diagnostics;
use crate::hash::hash_of;
use crate::images::ImageMemo;
use crate::laps::Laps;
use crate::load::Source;
use crate::model::Site;
use crate::model::types::TypeName;
use crate::output::{Content, Images, OutFile, PdfInfo, Urls};
use crate::render::{self, Rendering, Reuse, TextsAndProblems};
use crate::theme::Theme;
use std::collections::HashMap;

/// Builds a site again and again (`polku serve`), remembering what each build made so that the
/// next one redoes only what its changed inputs need.
pub struct Builder {
    pub options: Options,
    /// False for a one-shot build: nothing is kept that only a next build would use.
    remember: bool,
    /// The last model, its world and what validation found in it.
    model: Option<(u64, Site, Diagnostics)>,
    pub(super) theme: Option<(u64, Arc<Theme>)>,
    decks: Memo<Arc<Decks>>,
    pub(super) images: ImageMemo,
    /// Items' rendered texts by source path: kept only when `remember`.
    texts: Memo<TextsAndProblems>,
    /// The site's generated files (pages, feeds, `materials.json`) by output path.
    pages: Memo<Arc<[u8]>>,
    /// The `world` of the last build.
    world: Option<u64>,
}

impl Builder {
    /// A builder for many builds (`polku serve`).
    pub fn new(options: Options) -> Builder {
        Builder {
            options,
            remember: true,
            model: None,
            theme: None,
            decks: Memo::default(),
            images: ImageMemo::default(),
            texts: Memo::default(),
            pages: Memo::default(),
            world: None,
        }
    }

    /// A builder for one build (`polku build`, `polku check`), which keeps no copies of the
    /// model or the rendered bodies for a next time.
    pub fn once(options: Options) -> Builder {
        let mut builder = Builder::new(options);
        builder.remember = false;
        builder
    }

    /// Loads, validates and renders the site in memory: every step of a build but the search
    /// index and the writing.
    pub fn render(&mut self) -> Result<Rendered, Failure> {
        render_site(self)
    }

    /// The theme of the last build if none of its files changed since.
    pub(super) fn theme(
        &mut self,
        name: &str,
        languages: &[Lang],
        problems: &mut Diagnostics,
    ) -> Option<Arc<Theme>> {
        let root = &self.options.root;
        let mut files = Vec::new();
        for dir in [
            Path::new("themes").join(name),
            "templates".into(),
            "static".into(),
        ] {
            for entry in walkdir::WalkDir::new(root.join(dir))
                .into_iter()
                .filter_map(Result::ok)
            {
                let modified = entry
                    .metadata()
                    .ok()
                    .and_then(|m| Some((m.len(), m.modified().ok()?)));
                files.push((entry.into_path(), modified));
            }
        }
        let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
        let key = hash_of(&[&name, &codes, &files]);
        if let Some((known, theme)) = &self.theme
            && *known == key
        {
            return Some(theme.clone());
        }
        let theme = Arc::new(Theme::load(root, name, languages, problems)?);
        self.theme = Some((key, theme.clone()));
        Some(theme)
    }
}

/// The typed and validated model. When no front matter, config or file list changed since the
/// last build (the world is the same), the last model is taken with the new bodies put in:
/// neither typing nor validation reads a body.
pub(super) fn model(
    builder: &mut Builder,
    config: Config,
    (sources, unreadable): (Vec<Source>, &[String]),
    world: u64,
    problems: &mut Diagnostics,
    clock: &mut Laps,
) -> Site {
    let (site, found) = match builder.model.take() {
        Some((known, mut site, found)) if known == world => {
            let mut bodies: HashMap<String, Source> =
                sources.into_iter().map(|s| (s.rel.clone(), s)).collect();
            for item in &mut site.items {
                for source in std::iter::once(&mut item.source).chain(&mut item.attachment) {
                    if let Some(new) = bodies.remove(&source.rel) {
                        source.body = new.body;
                        source.body_line = new.body_line;
                    }
                }
            }
            clock.lap("assemble");
            clock.lap("validate");
            (site, found)
        }
        _ => {
            let mut found = Diagnostics::default();
            let root = &builder.options.root;
            let content = root.join(crate::load::CONTENT_DIR);
            let site = crate::model::assemble(
                config,
                content,
                (sources, unreadable),
                builder.options.drafts,
                &mut found,
            );
            clock.lap("assemble");
            crate::validate::validate(&site, &mut found);
            clock.lap("validate");
            (site, found)
        }
    };
    problems.extend(found.iter().cloned());
    if builder.remember {
        builder.model = Some((world, site.clone(), found));
    }
    site
}

/// The card decks, made again only when a deck, a card, the project, the theme or the
/// `settings` (site.yaml, options, the pictures' files) changed.
pub(super) fn decks(
    builder: &mut Builder,
    site: &Site,
    (theme, images): (&Theme, &Images),
    urls: &Urls,
    settings: u64,
) -> Arc<Decks> {
    let mut key = settings;
    for item in &site.items {
        if matches!(
            item.type_name(),
            TypeName::Deck | TypeName::Card | TypeName::Project
        ) {
            let source = &item.source;
            let attachment = item.attachment.as_ref().map(|a| &a.body);
            key = hash_of(&[&key, &source.rel, &source.front, &source.body, &attachment]);
        }
    }
    if let Some(decks) = builder.decks.get("", key) {
        return decks;
    }
    let decks = Arc::new(crate::deck::build(site, theme, urls, images));
    builder.decks.replace([(String::new(), key, decks.clone())]);
    decks
}

/// The site's pages, feeds and theme files. When `world` (every input but the items' bodies) is
/// the same as in the last build, only the pages of changed bodies are made again; `settings`
/// and `theme` hash what the bodies and pages depend on besides the model.
pub(super) fn pages(
    builder: &mut Builder,
    (site, languages, theme, urls): (&Site, &render::Languages, &Theme, &Urls),
    (pdfs, images): (&HashMap<String, Vec<PdfInfo>>, &Images),
    (world, settings, theme_key): (u64, u64, u64),
) -> (Vec<OutFile>, Rendering) {
    let world = hash_of(&[&world, &theme_key]);
    let bodies_only = builder.world == Some(world);
    builder.world = Some(world);
    let (texts, pages) = (&builder.texts, &builder.pages);
    let reuse = Reuse {
        settings: hash_of(&[&settings, &theme_key]),
        theme: theme_key,
        bodies_only,
        texts: &|rel, key| texts.get(rel, key),
        page: &|out, key| pages.get(out, key),
    };
    let mut rendering = render::render((site, languages), theme, urls, pdfs, images, &reuse);
    let made = std::mem::take(&mut rendering.pages);
    if bodies_only {
        builder.pages.update(made);
    } else {
        builder.pages.replace(made);
    }
    // Taken even when not kept: the bodies' HTML is not held through the later steps.
    let texts = std::mem::take(&mut rendering.texts);
    if builder.remember {
        builder.texts.replace(texts);
    }
    let mut files: Vec<OutFile> = builder
        .pages
        .entries()
        .map(|(path, bytes)| OutFile {
            path: path.to_string(),
            content: Content::Shared(bytes.clone()),
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for (path, file) in &theme.static_files {
        files.push(OutFile {
            path: path.clone(),
            content: Content::Shared(file.bytes.clone()),
        });
    }
    (files, rendering)
}
