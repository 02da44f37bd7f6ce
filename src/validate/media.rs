//! Media objects: the file must exist inside `content/`, and pictures, sound and video must have
//! their text alternatives (WCAG 2.1 AA: 1.1.1, 1.2.1, 1.2.2).

use std::path::Path;

use crate::diagnostics::{Diagnostics, text};
use crate::load::file_problem;
use crate::model::Item;
use crate::model::fields::{Media, MediaKind};
use crate::model::queries::resolve_media_path;

/// Checks media objects of one item against the files under `content_dir`.
pub struct MediaCheck<'a> {
    pub item: &'a Item,
    pub content_dir: &'a Path,
}

impl MediaCheck<'_> {
    /// A file referenced at `path` (a key path in the item's YAML): inside content/ and present.
    pub fn file(&self, path: &str, file: &str, problems: &mut Diagnostics) -> Option<String> {
        let Some(rel) = resolve_media_path(&self.item.source.dir, file) else {
            problems.push(
                self.item
                    .error(
                        "MEDIA-PATH",
                        path,
                        text!("validate-media-path", file = file),
                    )
                    .hint(text!("validate-media-path.hint")),
            );
            return None;
        };
        if let Some((code, message, hint)) = file_problem(self.content_dir, &rel, file) {
            problems.push(self.item.error(code, path, message).hint(hint));
            return None;
        }
        Some(rel)
    }

    /// One media object at `path`.
    pub fn media(&self, path: &str, media: &Media, problems: &mut Diagnostics) {
        let file_path = format!("{path}.file");
        let Some(kind) = MediaKind::of(&media.file) else {
            problems.push(
                self.item
                    .error(
                        "MEDIA-FORMAT",
                        &file_path,
                        text!("validate-media-format", file = media.file),
                    )
                    .hint(text!("validate-media-format.hint")),
            );
            return;
        };
        self.file(&file_path, &media.file, problems);
        match kind {
            MediaKind::Image
                if !media.decorative
                    && media.alt.as_deref().is_none_or(|a| a.trim().is_empty()) =>
            {
                problems.push(
                    self.item
                        .error(
                            "MEDIA-ALT",
                            path,
                            text!("validate-media-alt", file = media.file),
                        )
                        .hint(text!("validate-media-alt.hint")),
                )
            }
            MediaKind::Audio if media.transcript.is_none() => problems.push(
                self.item
                    .error(
                        "MEDIA-TRANSCRIPT",
                        path,
                        text!("validate-media-transcript", file = media.file),
                    )
                    .hint(text!("validate-media-transcript.hint")),
            ),
            MediaKind::Video if media.captions.is_none() => problems.push(
                self.item
                    .error(
                        "MEDIA-CAPTIONS",
                        path,
                        text!("validate-media-captions", file = media.file),
                    )
                    .hint(text!("validate-media-captions.hint")),
            ),
            _ => {}
        }
        if let Some(transcript) = media.transcript.as_deref().filter(|t| !t.starts_with('#')) {
            self.file(&format!("{path}.transcript"), transcript, problems);
        }
        if let Some(captions) = &media.captions {
            if !captions.ends_with(".vtt") {
                problems.push(
                    self.item
                        .error(
                            "MEDIA-CAPTIONS",
                            &format!("{path}.captions"),
                            text!("validate-captions-format", file = captions),
                        )
                        .hint(text!("validate-captions-format.hint")),
                );
            } else {
                self.file(&format!("{path}.captions"), captions, problems);
            }
        }
    }

    pub fn all(&self, key: &str, media: &[Media], problems: &mut Diagnostics) {
        for (i, m) in media.iter().enumerate() {
            self.media(&format!("{key}[{i}]"), m, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_content() {
        assert_eq!(
            resolve_media_path("kortit/pakka", "ikonit/a.svg").as_deref(),
            Some("kortit/pakka/ikonit/a.svg")
        );
        assert_eq!(
            resolve_media_path("kortit/pakka", "../../kuva.jpg").as_deref(),
            Some("kuva.jpg")
        );
        assert_eq!(resolve_media_path("kortit", "../../etc/passwd"), None);
        assert_eq!(resolve_media_path("", "/etc/passwd"), None);
    }
}
