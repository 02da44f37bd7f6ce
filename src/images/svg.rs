//! SVG pictures are copied as they are, but only if they cannot run code or fetch anything:
//! a script in a picture of a public-sector site would run with the site's own rights.

use roxmltree::Document;

use crate::diagnostics::{Text, text};

/// `Err` says what makes the SVG unsafe; `Ok` gives its size when it states one.
pub fn check(text: &str) -> Result<Option<(u32, u32)>, Text> {
    let document = Document::parse(text).map_err(|e| text!("images-svg-invalid", detail = e))?;
    let root = document.root_element();
    if root.tag_name().name() != "svg" {
        return Err(text!("images-svg-not-svg"));
    }
    for node in document.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        if name == "script" || name == "foreignObject" {
            return Err(text!("images-svg-element", name = name));
        }
        for attribute in node.attributes() {
            let key = attribute.name();
            let value = attribute.value().trim();
            if key.to_ascii_lowercase().starts_with("on") {
                return Err(text!("images-svg-handler", attribute = key, name = name));
            }
            if key == "href" && !(value.starts_with('#') || value.starts_with("data:image/")) {
                return Err(text!("images-svg-outside", target = value));
            }
            if key == "style" && refers_outside(value) {
                return Err(text!("images-svg-style-attribute", name = name));
            }
        }
        if name == "style" && node.text().is_some_and(refers_outside) {
            return Err(text!("images-svg-style-element"));
        }
    }
    let size = |key: &str| {
        root.attribute(key)
            .and_then(|v| v.trim_end_matches("px").parse::<f32>().ok())
            .map(|v| v.round() as u32)
    };
    Ok(size("width").zip(size("height")))
}

/// CSS that loads something: `@import` or a `url(…)` that is not a fragment or inline data.
fn refers_outside(css: &str) -> bool {
    let css = css.to_ascii_lowercase();
    css.contains("@import")
        || css.split("url(").skip(1).any(|rest| {
            let target = rest.trim_start_matches(['"', '\'', ' ']);
            !(target.starts_with('#') || target.starts_with("data:"))
        })
}

#[cfg(test)]
mod tests {
    use super::check;

    const OPEN: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="24" height="24">"#;

    fn svg(inner: &str) -> String {
        format!("{OPEN}{inner}</svg>")
    }

    #[test]
    fn plain_pictures_pass_with_their_size() {
        let text = svg(
            r##"<defs><path id="a" d="M0 0h24v24z"/></defs><use href="#a" style="fill:url(#g)"/>"##,
        );
        assert_eq!(check(&text), Ok(Some((24, 24))));
    }

    #[test]
    fn scripts_handlers_and_outside_references_are_refused() {
        for (inner, why) in [
            ("<script>alert(1)</script>", "<script>"),
            (
                r#"<circle r="3" onclick="alert(1)"/>"#,
                "event handler (`onclick`)",
            ),
            (
                r#"<foreignObject><p>x</p></foreignObject>"#,
                "<foreignObject>",
            ),
            (
                r#"<image xlink:href="https://example.com/a.png"/>"#,
                "refers to `https://example.com/a.png`",
            ),
            (r#"<use href="muu.svg#a"/>"#, "refers to `muu.svg#a`"),
            (
                r#"<style>@import url(https://x.fi/a.css);</style>"#,
                "<style>",
            ),
            (
                r#"<rect style="fill:url(https://x.fi/a.svg)"/>"#,
                "style of <rect>",
            ),
        ] {
            let err = check(&svg(inner)).unwrap_err().to_string();
            assert!(err.contains(why), "{inner}: {err}");
        }
        assert!(check("<html><script/></html>").is_err());
        assert!(
            check("not xml")
                .unwrap_err()
                .to_string()
                .starts_with("it is not valid SVG")
        );
    }
}
