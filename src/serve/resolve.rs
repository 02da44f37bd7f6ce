//! From a request's path to a file of the built site. Only paths that name a file Polku built
//! are answered, so nothing outside the site can be reached: `..`, `%2e%2e`, backslashes,
//! empty segments and absolute paths are refused before any lookup.

use percent_encoding::percent_decode_str;

/// What a request path leads to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file of the site, by its path below the output folder.
    File(String),
    /// A folder asked for without its trailing slash: redirect to this URL path.
    Redirect(String),
    NotFound,
}

/// Resolves the URL `path` (still percent-encoded, without the query) of a site published under
/// `root` (`/` or `/materiaalit/`). `exists` tells whether the site has a file.
pub fn resolve(path: &str, root: &str, exists: impl Fn(&str) -> bool) -> Resolved {
    if path.contains('\\') {
        return Resolved::NotFound;
    }
    let Ok(decoded) = percent_decode_str(path).decode_utf8() else {
        return Resolved::NotFound;
    };
    // A path that only decoding turns into something else (`%2f`, `%5c`) is refused too.
    if decoded.contains('\\') || decoded.contains('\0') {
        return Resolved::NotFound;
    }
    // `/materiaalit` and `/` both lead to a site published at `/materiaalit/`.
    if format!("{decoded}/") == root || (decoded == "/" && root != "/") {
        return Resolved::Redirect(root.to_string());
    }
    let Some(rel) = decoded.strip_prefix(root) else {
        return Resolved::NotFound;
    };
    let segments: Vec<&str> = rel.split('/').collect();
    let last = segments.len() - 1;
    let safe = segments
        .iter()
        .enumerate()
        .all(|(i, s)| *s != ".." && *s != "." && (i == last || !s.is_empty()) && !s.contains(':'));
    if !safe {
        return Resolved::NotFound;
    }
    if rel.is_empty() || rel.ends_with('/') {
        let index = format!("{rel}index.html");
        return if exists(&index) {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if exists(rel) {
        Resolved::File(rel.to_string())
    } else if exists(&format!("{rel}/index.html")) {
        Resolved::Redirect(format!("{path}/"))
    } else {
        Resolved::NotFound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(path: &str) -> bool {
        matches!(
            path,
            "index.html" | "sanasto/index.html" | "sanasto/kipu/index.html" | "css/polku.css"
        )
    }

    fn at(path: &str) -> Resolved {
        resolve(path, "/", site)
    }

    #[test]
    fn files_and_folders() {
        assert_eq!(at("/"), Resolved::File("index.html".into()));
        assert_eq!(
            at("/sanasto/kipu/"),
            Resolved::File("sanasto/kipu/index.html".into())
        );
        assert_eq!(at("/css/polku.css"), Resolved::File("css/polku.css".into()));
        assert_eq!(at("/sanasto"), Resolved::Redirect("/sanasto/".into()));
        assert_eq!(
            at("/%73anasto/"),
            Resolved::File("sanasto/index.html".into())
        );
        assert_eq!(at("/puuttuu/"), Resolved::NotFound);
    }

    #[test]
    fn nothing_outside_the_site() {
        for path in [
            "/../etc/passwd",
            "/sanasto/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/sanasto/%2e%2e/index.html",
            "/..%2fetc/passwd",
            "/..\\etc\\passwd",
            "/%5c..%5cetc%5cpasswd",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/./index.html",
            "/%00",
            "/%ff",
        ] {
            assert_eq!(at(path), Resolved::NotFound, "{path}");
        }
    }

    #[test]
    fn under_a_sub_path() {
        let at = |path: &str| resolve(path, "/materiaalit/", site);
        assert_eq!(at("/materiaalit/"), Resolved::File("index.html".into()));
        assert_eq!(
            at("/materiaalit"),
            Resolved::Redirect("/materiaalit/".into())
        );
        assert_eq!(at("/sanasto/"), Resolved::NotFound);
        assert_eq!(at("/materiaalit/../materiaalit/"), Resolved::NotFound);
    }
}
