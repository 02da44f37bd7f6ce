//! Markdown as content is written: the dialect Polku reads (its extensions), and the walks over
//! a text that more than one step needs. Rendering it to HTML is `render`'s.

use pulldown_cmark::{Event, Options, Parser, Tag};

/// The Markdown extensions content may use.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

/// The destinations of Markdown images in `text`, with their byte offsets.
pub fn pictures(text: &str) -> Vec<(String, usize)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Image { dest_url, .. })
                if !dest_url.contains(':') && !dest_url.starts_with('/') =>
            {
                Some((dest_url.to_string(), range.start))
            }
            _ => None,
        })
        .collect()
}
