//! Markdown to HTML with pulldown-cmark: heading anchors, Finnish quotation marks, `@/` links
//! resolved to URLs (broken ones and refused schemes are errors, `links.rs`), ```exercise blocks
//! turned into forms, and raw HTML through the sanitizer (`sanitize.rs`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};
use serde_json::Value as Json;

use super::exercise;
use super::links;
use super::sanitize::{self, RawPiece};
use crate::diagnostics::{Diagnostic, Pos, Text, text};
use crate::markdown::options;
use crate::model::Site;
use crate::model::links::scheme_error;
use crate::model::queries::resolve_media_path;
use crate::output::{Images, Urls};

/// A Markdown text and where it stands.
pub struct Input<'a> {
    pub text: &'a str,
    /// File line of the text's first line.
    pub first_line: usize,
    pub file: &'a Path,
    /// Folder below content/ that relative paths start from.
    pub dir: &'a str,
    /// URL (below the root) of the page it is shown on, for `#anchor` links.
    pub page_url: &'a str,
    /// The site's processed pictures.
    pub images: &'a Images,
    /// The language the text is written in: its quotation marks (”…” in Finnish and Swedish,
    /// “…” in English).
    pub lang: crate::config::Lang,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// A link to `#anchor` on a page, checked once every page's anchors are known.
#[derive(Debug, Clone)]
pub struct AnchorLink {
    pub page_url: String,
    pub anchor: String,
    pub file: PathBuf,
    pub pos: Pos,
}

#[derive(Debug, Default, Clone)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<Heading>,
    pub anchors: HashSet<String>,
    pub anchor_links: Vec<AnchorLink>,
    pub exercises: usize,
    /// How many pictures the text shows.
    pub pictures: usize,
}

/// Renders an exercise's context to HTML (the `partials/exercise.html` template).
pub type ExerciseRenderer<'a> = &'a (dyn Fn(&Json) -> Result<String, Text> + Sync);

pub fn render(
    input: &Input,
    site: &Site,
    urls: &Urls,
    render_exercise: ExerciseRenderer,
    problems: &mut Vec<Diagnostic>,
) -> Rendered {
    let events: Vec<(Event, std::ops::Range<usize>)> = Parser::new_ext(input.text, options())
        .into_offset_iter()
        .collect();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut rendered = Rendered::default();
    let mut raw_html: Vec<RawPiece> = Vec::new();
    // For each link open: whether it leads to a page in another language.
    let mut cross_language: Vec<bool> = Vec::new();
    let sanitizing = !site.config.site.markdown.unsafe_html;
    // Raw HTML in a picture's alt text is written as escaped text, so it is not sanitized.
    let mut alt_text_until = 0;
    let mut heading_anchor: Option<String> = None;
    let pos = |offset: usize| Pos::of_offset(input.text, offset, input.first_line);
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let end = find_end(&events, i);
                let title = plain_text(&events[i + 1..end], input.lang);
                let id = unique(
                    &mut rendered.anchors,
                    id.as_deref()
                        .map_or_else(|| links::anchor(&title), str::to_string),
                );
                rendered.toc.push(Heading {
                    level: heading_number(*level),
                    id: id.clone(),
                    title,
                });
                // The heading and a link to it, side by side: outside the heading, the link
                // leaves the heading's name alone, and its name is the heading's (no UI text).
                out.push(Event::Html("<div class=\"heading-row\">".into()));
                heading_anchor = Some(id.clone());
                out.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: Some(id.into()),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
                i += 1;
                continue;
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.trim() == "exercise" =>
            {
                let end = find_end(&events, i);
                let yaml: String = events[i + 1..end]
                    .iter()
                    .filter_map(|(e, _)| {
                        if let Event::Text(t) = e {
                            Some(t.as_ref())
                        } else {
                            None
                        }
                    })
                    .collect();
                let first_line = pos(range.start).line + 1;
                rendered.exercises += 1;
                match exercise::parse(&yaml, input.file, first_line) {
                    Ok(ex) => match render_exercise(&ex.context(rendered.exercises)) {
                        Ok(html) => {
                            rendered
                                .anchors
                                .insert(format!("harjoitus-{}", rendered.exercises));
                            out.push(Event::Html(html.into()));
                        }
                        Err(message) => problems.push(Diagnostic::error(
                            "TEMPLATE",
                            input.file,
                            pos(range.start),
                            message,
                        )),
                    },
                    Err(problem) => problems.push(problem),
                }
                i = end + 1;
                continue;
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = links::resolve_link(
                    input,
                    site,
                    urls,
                    dest_url,
                    pos(range.start),
                    &mut rendered,
                    problems,
                );
                // A page not translated into this text's language: the link says the
                // language it leads to.
                let other = dest_url.strip_prefix("@/").and_then(|target| {
                    let file = target.split('#').next().unwrap_or(target);
                    crate::model::links::target_language(site, file)
                });
                cross_language.push(other.is_some());
                match other {
                    Some(lang) => {
                        let title = match title.is_empty() {
                            true => String::new(),
                            false => format!(" title=\"{}\"", super::picture::escape(title)),
                        };
                        let open = format!(
                            "<a href=\"{}\" hreflang=\"{}\"{title}>",
                            super::picture::escape(&dest),
                            lang.code()
                        );
                        out.push(Event::InlineHtml(open.into()));
                    }
                    None => out.push(Event::Start(Tag::Link {
                        link_type: *link_type,
                        dest_url: dest.into(),
                        title: title.clone(),
                        id: id.clone(),
                    })),
                }
            }
            Event::End(TagEnd::Link) => match cross_language.pop() {
                Some(true) => out.push(Event::InlineHtml("</a>".into())),
                _ => out.push(Event::End(TagEnd::Link)),
            },
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let end = find_end(&events, i);
                let alt = plain_text(&events[i + 1..end], input.lang);
                if alt.trim().is_empty() {
                    problems.push(
                        Diagnostic::error(
                            "MEDIA-ALT",
                            input.file,
                            pos(range.start),
                            text!("render-picture-alt", path = dest_url),
                        )
                        .hint(text!("render-picture-alt.hint")),
                    );
                }
                let dest = match scheme_error(dest_url, input.file, pos(range.start)) {
                    Some(problem) if !links::is_inline_picture(dest_url) => {
                        problems.push(problem);
                        dest_url.to_string()
                    }
                    _ => links::resolve_asset(
                        input,
                        site,
                        urls,
                        dest_url,
                        pos(range.start),
                        problems,
                    ),
                };
                let picture =
                    resolve_media_path(input.dir, dest_url).and_then(|rel| input.images.get(&rel));
                if let Some(picture) = picture {
                    let first = rendered.pictures == 0;
                    rendered.pictures += 1;
                    let html = super::picture::picture_html(picture, &dest, &alt, first, urls);
                    out.push(Event::Html(html.into()));
                    i = end + 1;
                    continue;
                }
                alt_text_until = end;
                out.push(Event::Start(Tag::Image {
                    link_type: *link_type,
                    dest_url: dest.into(),
                    title: title.clone(),
                    id: id.clone(),
                }));
            }
            // A wide table scrolls in its own keyboard-reachable box instead of the page.
            Event::Start(Tag::Table(alignments)) => {
                out.push(Event::Html(
                    "<div class=\"table-wrap\" tabindex=\"0\">".into(),
                ));
                out.push(Event::Start(Tag::Table(alignments.clone())));
            }
            Event::End(pulldown_cmark::TagEnd::Table) => {
                out.push(Event::End(pulldown_cmark::TagEnd::Table));
                out.push(Event::Html("</div>".into()));
            }
            Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
                out.push(Event::End(pulldown_cmark::TagEnd::Heading(*level)));
                if let Some(id) = heading_anchor.take() {
                    let id = super::picture::escape(&id);
                    let link = format!(
                        "<a class=\"heading-anchor\" href=\"#{id}\" aria-labelledby=\"{id}\" data-search=\"skip\">#</a></div>"
                    );
                    out.push(Event::Html(link.into()));
                }
            }
            Event::Text(text) => out.push(Event::Text(quotes(text, input.lang))),
            Event::Html(html) | Event::InlineHtml(html) if sanitizing && i >= alt_text_until => {
                raw_html.push(RawPiece::new(out.len(), input.text, range, html));
                out.push(event.clone());
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    rendered.html = sanitize::to_html(out, &raw_html, input, problems);
    rendered
}

/// Index of the event that closes the element opened at `start`.
fn find_end(events: &[(Event, std::ops::Range<usize>)], start: usize) -> usize {
    let mut depth = 0;
    for (i, (event, _)) in events.iter().enumerate().skip(start) {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    events.len() - 1
}

fn plain_text(events: &[(Event, std::ops::Range<usize>)], lang: crate::config::Lang) -> String {
    events
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => Some(quotes(t, lang).into_string()),
            _ => None,
        })
        .collect()
}

fn heading_number(level: HeadingLevel) -> u8 {
    level as u8
}

fn unique(seen: &mut HashSet<String>, id: String) -> String {
    let mut candidate = id.clone();
    let mut n = 2;
    while seen.contains(&candidate) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    seen.insert(candidate.clone());
    candidate
}

/// Smart punctuation gives English quotes; Finnish uses ” and ’ on both sides.
/// Quotation marks as the text's language writes them: Finnish and Swedish close a quotation
/// with the opening mark's shape (”…”, ’…’); English keeps “…” and ‘…’.
fn quotes(text: &CowStr, lang: crate::config::Lang) -> CowStr<'static> {
    if lang == crate::config::Lang::En {
        return text.to_string().into();
    }
    let replaced: String = text
        .chars()
        .map(|c| match c {
            '“' | '”' => '”',
            '‘' | '’' => '’',
            c => c,
        })
        .collect();
    replaced.into()
}
