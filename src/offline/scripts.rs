//! The search bundle as a page opened from a folder (`file://`) can load it. Browsers refuse
//! `fetch` and module scripts there, and allow classic `<script src>`: so Pagefind's API becomes
//! a classic script, and every other bundle file a script that hands its bytes to
//! `polkuOffline.file` (js/offline-search.js), which answers Pagefind's `fetch` with them.

use base64::Engine;

use crate::output::BUNDLE_DIR;

/// The name a bundle file has in the ZIP, and its content there; `None` for a file that is
/// not part of the search bundle.
pub fn for_folder(path: &str, bytes: &[u8]) -> Option<Result<(String, Vec<u8>), String>> {
    let name = path.strip_prefix(BUNDLE_DIR)?.strip_prefix('/')?;
    if name == "pagefind.js" {
        let classic = std::str::from_utf8(bytes)
            .map_err(|e| e.to_string())
            .and_then(classic_api);
        return Some(classic.map(|text| (path.to_string(), text.into_bytes())));
    }
    let data = base64::engine::general_purpose::STANDARD.encode(bytes);
    let call = format!("polkuOffline.file({}, \"{data}\");\n", json_string(name));
    Some(Ok((format!("{path}.js"), call.into_bytes())))
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// Pagefind's ES module as a classic script that sets `window.polkuPagefind` to its exports.
/// `import.meta.url` only serves to find the bundle's folder, which the search page gives as
/// `basePath` instead. Fails, rather than writing a broken script, if a new Pagefind's file
/// has another shape.
pub fn classic_api(module: &str) -> Result<String, String> {
    let shape =
        || "pagefind.js no longer has the shape Polku makes a classic script of".to_string();
    let exports =
        regex::Regex::new(r"export\s*\{([\w\s,$]*)\}\s*;?\s*$").map_err(|e| e.to_string())?;
    let found = exports.captures(module).ok_or_else(shape)?;
    let (whole, names) = (found.get(0).ok_or_else(shape)?, &found[1]);
    // `export { a as b }` would need renaming: only plain names are taken.
    if names
        .split(',')
        .any(|name| name.split_whitespace().count() > 1)
    {
        return Err(shape());
    }
    let body = module[..whole.start()].replace("import.meta.url", "(void 0)");
    // Any other module syntax left would make the script fail to parse.
    if body.contains("import.meta")
        || regex::Regex::new(r"(^|[;}\n])\s*(import|export)[\s{*]")
            .map_err(|e| e.to_string())?
            .is_match(&body)
    {
        return Err(shape());
    }
    Ok(format!(
        "(function () {{\n{body}\nwindow.polkuPagefind = {{{names}}};\n}})();\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_module_becomes_a_script_that_sets_a_global() {
        let module = "var a = import.meta.url;\nvar init = () => a;\nexport {\n  init\n};\n";
        let script = classic_api(module).unwrap();
        assert_eq!(
            script,
            "(function () {\nvar a = (void 0);\nvar init = () => a;\n\nwindow.polkuPagefind = {\n  init\n};\n})();\n"
        );
        assert!(classic_api("export { a as b };").is_err());
        assert!(classic_api("var a = 1;").is_err());
    }

    #[test]
    fn the_vendored_pagefind_api_can_be_made_classic() {
        let vendored = pagefind_api();
        let script = classic_api(&vendored).unwrap();
        assert!(!script.contains("import.meta") && !script.contains("\nexport"));
        assert!(
            script.contains("window.polkuPagefind = {createInstance,"),
            "{}",
            &script[script.len() - 200..]
        );
    }

    /// The API file the build publishes, from the bundle Polku writes.
    fn pagefind_api() -> String {
        let files = crate::search::reference::browser_files(&["fi".to_string()]).unwrap();
        let (_, api) = files
            .into_iter()
            .find(|(name, _)| name == "pagefind.js")
            .unwrap();
        String::from_utf8(api).unwrap()
    }

    #[test]
    fn a_bundle_file_becomes_a_script_with_its_bytes() {
        let (name, script) = for_folder("pagefind/index/fi_1.pf_index", &[0, 255, 7])
            .unwrap()
            .unwrap();
        assert_eq!(name, "pagefind/index/fi_1.pf_index.js");
        assert_eq!(
            String::from_utf8(script).unwrap(),
            "polkuOffline.file(\"index/fi_1.pf_index\", \"AP8H\");\n"
        );
        assert!(for_folder("css/polku.css", b"").is_none());
    }
}
