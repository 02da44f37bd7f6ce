//! The start tags of raw HTML and their attributes, with their byte offsets, read the way the
//! HTML standard's tokenizer reads them, so that a warning can say what the sanitizer removed
//! and where it stood. The sanitizing itself is ammonia's (see `sanitize.rs`).

/// `<name attr=value …>` as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag {
    /// Lower-cased.
    pub name: String,
    /// Offset of the `<`.
    pub offset: usize,
    pub attributes: Vec<Attribute>,
    /// Whether its `>` came before the end of the text (without it, the rest of the text is
    /// part of the tag).
    pub closed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// Lower-cased.
    pub name: String,
    /// With character references decoded as far as a link's scheme needs.
    pub value: String,
    /// Offset of the name.
    pub offset: usize,
}

/// Elements whose content is text, not tags, up to their end tag.
const RAW_TEXT: [&str; 10] = [
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// Every start tag of `html`, in order. Comments, end tags, `<!…>` and `<?…>` are passed over.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(found) = html[i..].find('<') {
        let start = i + found;
        let rest = &html[start + 1..];
        i = if rest.starts_with("!--") {
            after(html, start + 4, "-->")
        } else if rest.starts_with(['!', '?', '/']) {
            after(html, start + 1, ">")
        } else if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let (tag, end) = start_tag(html, start);
            let raw_text = RAW_TEXT.contains(&tag.name.as_str());
            let end = if raw_text {
                end_tag_of(html, end, &tag.name)
            } else {
                end
            };
            tags.push(tag);
            end
        } else {
            start + 1
        };
        if i >= bytes.len() {
            break;
        }
    }
    tags
}

/// The offset just past the first `needle` at or after `from`, or the end.
fn after(html: &str, from: usize, needle: &str) -> usize {
    html.get(from..)
        .and_then(|rest| rest.find(needle))
        .map_or(html.len(), |i| from + i + needle.len())
}

/// Where raw text that started at `from` ends: at `</name`, whatever its case.
fn end_tag_of(html: &str, from: usize, name: &str) -> usize {
    let lower = html[from..].to_ascii_lowercase();
    lower
        .find(&format!("</{name}"))
        .map_or(html.len(), |i| from + i)
}

/// Reads the start tag at `start` (a `<` followed by a letter); returns it and the offset after.
fn start_tag(html: &str, start: usize) -> (StartTag, usize) {
    let bytes = html.as_bytes();
    let separator = |b: u8| b.is_ascii_whitespace() || b == b'/' || b == b'>';
    let mut i = start + 1;
    while i < bytes.len() && !separator(bytes[i]) {
        i += 1;
    }
    let name = html[start + 1..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            break;
        }
        // A name may start with `=`; after that, `=` ends it.
        let name_start = i;
        i += 1;
        while i < bytes.len() && !separator(bytes[i]) && bytes[i] != b'=' {
            i += 1;
        }
        let attribute_name = html[name_start..i].to_ascii_lowercase();
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let mut value = "";
        if j < bytes.len() && bytes[j] == b'=' {
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            let (value_start, value_end, next) = match bytes.get(j) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = html[j + 1..]
                        .find(quote as char)
                        .map_or(bytes.len(), |k| j + 1 + k);
                    (j + 1, end, (end + 1).min(bytes.len()))
                }
                _ => {
                    let mut end = j;
                    while end < bytes.len()
                        && !bytes[end].is_ascii_whitespace()
                        && bytes[end] != b'>'
                    {
                        end += 1;
                    }
                    (j, end, end)
                }
            };
            value = &html[value_start..value_end];
            i = next;
        }
        attributes.push(Attribute {
            name: attribute_name,
            value: decode_references(value),
            offset: name_start,
        });
    }
    let tag = StartTag {
        name,
        offset: start,
        attributes,
        closed: i < bytes.len(),
    };
    (tag, (i + 1).min(bytes.len()))
}

/// Decodes numeric character references and the named ones that can hide a link's scheme
/// (`&#106;avascript&colon;`). Others are left as written.
fn decode_references(value: &str) -> String {
    const NAMED: [(&str, char); 8] = [
        ("colon;", ':'),
        ("Tab;", '\t'),
        ("NewLine;", '\n'),
        ("amp;", '&'),
        ("quot;", '"'),
        ("apos;", '\''),
        ("lt;", '<'),
        ("gt;", '>'),
    ];
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        if let Some((c, len)) = numeric_reference(rest) {
            out.push(c);
            rest = &rest[len..];
        } else if let Some((name, c)) = NAMED.iter().find(|(name, _)| rest.starts_with(name)) {
            out.push(*c);
            rest = &rest[name.len()..];
        } else {
            out.push('&');
        }
    }
    out.push_str(rest);
    out
}

/// `#106;` or `#x6A` (the `;` is optional, as in browsers): the character and the length read.
fn numeric_reference(text: &str) -> Option<(char, usize)> {
    let digits = text.strip_prefix('#')?;
    let (radix, digits, prefix) = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => (16, hex, 2),
        None => (10, digits, 1),
    };
    let len = digits
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(digits.len());
    let code = u32::from_str_radix(&digits[..len], radix).ok()?;
    let semicolon = usize::from(digits[len..].starts_with(';'));
    let c = char::from_u32(code).unwrap_or('\u{FFFD}');
    Some((c, prefix + len + semicolon))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(html: &str) -> Vec<(String, Vec<(String, String)>)> {
        start_tags(html)
            .into_iter()
            .map(|t| {
                let attributes = t.attributes.into_iter().map(|a| (a.name, a.value));
                (t.name, attributes.collect())
            })
            .collect()
    }

    #[test]
    fn reads_attributes_as_browsers_do() {
        let tags = names(
            "<IMG SRC=x onerror=alert(1)><svg/onload='a()'><a href=\"&#106;ava&#x73;cript&colon;x\" download>",
        );
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            tags,
            vec![
                (
                    "img".into(),
                    pairs(&[("src", "x"), ("onerror", "alert(1)")])
                ),
                ("svg".into(), pairs(&[("onload", "a()")])),
                (
                    "a".into(),
                    pairs(&[("href", "javascript:x"), ("download", "")])
                ),
            ]
        );
    }

    #[test]
    fn passes_over_comments_end_tags_and_script_text() {
        let html =
            "<!-- <b onclick=x> --></p><script>document.write('<i onclick=y>')</SCRIPT><kbd>";
        let tags = start_tags(html);
        let found: Vec<(&str, usize)> = tags.iter().map(|t| (t.name.as_str(), t.offset)).collect();
        assert_eq!(found, [("script", 26), ("kbd", html.find("<kbd").unwrap())]);
    }
}
