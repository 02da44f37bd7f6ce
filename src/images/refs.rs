//! Where the content refers to pictures: Markdown images in every text, media objects of
//! lessons and stories, and the theme icons of decks. Each reference keeps its file and position,
//! so that a bad picture is reported where it is used.

use std::path::PathBuf;

use crate::diagnostics::Pos;
use crate::model::Site;
use crate::model::fields::MediaKind;
use crate::model::queries::{media_of, resolve_media_path, second_text};
use crate::model::types::Kind;

/// One use of a picture.
pub struct Reference {
    /// Path below content/.
    pub rel: String,
    /// The path as the content wrote it.
    pub written: String,
    pub file: PathBuf,
    pub pos: Pos,
}

/// Every reference to an existing picture inside content/; missing files and paths that leave
/// the folder are reported by validation and rendering.
pub fn collect(site: &Site) -> Vec<Reference> {
    let mut found = Vec::new();
    // A media object may be sound or video; whatever Markdown shows as an image is a picture.
    let mut add = |dir: &str, written: &str, file: &std::path::Path, pos: Pos, image: bool| {
        if !image && MediaKind::of(written) != Some(MediaKind::Image) {
            return;
        }
        if let Some(rel) = resolve_media_path(dir, written)
            && crate::load::file_problem(&site.content_dir, &rel, written).is_none()
        {
            found.push(Reference {
                rel,
                written: written.to_string(),
                file: file.to_path_buf(),
                pos,
            });
        }
    };
    for item in &site.items {
        let dir = &item.source.dir;
        for (path, media) in media_of(item) {
            add(
                dir,
                &media.file,
                &item.source.file,
                item.value_pos(&format!("{path}.file")),
                false,
            );
        }
        if let Kind::Deck(deck) = &item.kind {
            for (i, theme) in deck.themes.iter().enumerate() {
                if let Some(icon) = &theme.icon {
                    add(
                        dir,
                        icon,
                        &item.source.file,
                        item.value_pos(&format!("themes[{i}].icon")),
                        false,
                    );
                }
            }
        }
        let source = &item.source;
        let texts = std::iter::once((
            source.body.as_str(),
            source.file.as_path(),
            source.body_line,
        ))
        .chain(second_text(item));
        for (text, file, line) in texts {
            for (written, offset) in crate::markdown::pictures(text) {
                add(
                    dir,
                    &written,
                    file,
                    Pos::of_offset(text, offset, line),
                    true,
                );
            }
        }
    }
    for section in site.sections.values() {
        if let Some(source) = &section.source {
            for (written, offset) in crate::markdown::pictures(&source.body) {
                let pos = Pos::of_offset(&source.body, offset, source.body_line);
                add(&source.dir, &written, &source.file, pos, true);
            }
        }
    }
    found
}
