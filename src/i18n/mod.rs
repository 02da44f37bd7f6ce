//! The words an editor reads, in the editor's language: diagnostics and their hints, the build
//! summary, and the lines of `build`, `check`, `serve`, `new` and `init`. The texts are Project
//! Fluent files (`locales/fi/*.ftl`, `en/`, `sv/`), built into the binary; code names the
//! message (`missing-key`) and its arguments, Fluent picks the words and the plural forms. A
//! message a language lacks falls back to English.
//!
//! The language is the site's (`language:` in site.yaml) unless `--lang` or `POLKU_LANG` says
//! otherwise; the CLI sets it once per run ([`set_language`]), everything else asks for it.

use std::path::Path;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use serde::Deserialize;

/// A language of the site and its content.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
pub enum Lang {
    #[serde(rename = "fi")]
    Fi,
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// The Fluent files, one folder per language (`fi/`, `en/`, `sv/`), one file per part of Polku
/// (`core.ftl`, `validate.ftl`…), so that each part's messages are read in one place.
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/i18n/locales");

/// The languages Polku speaks.
const LANGS: [Lang; 3] = [Lang::Fi, Lang::En, Lang::Sv];

/// The Fluent files of `lang`, as (name, text), in name order.
fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&str, &str)> = LOCALES
        .get_dir(lang.code())
        .map(|dir| {
            dir.files()
                .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The environment variable that picks the language of Polku's messages (`fi`, `sv`, `en`).
pub const ENV: &str = "POLKU_LANG";

static CHOSEN: OnceLock<Lang> = OnceLock::new();

static BUNDLES: LazyLock<Vec<(Lang, FluentBundle<FluentResource>)>> = LazyLock::new(|| {
    LANGS
        .iter()
        .map(|&lang| {
            let id = lang.code().parse().expect("a language code");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Terminal text: no Unicode isolation marks around arguments.
            bundle.set_use_isolating(false);
            for (name, source) in files(lang) {
                let resource = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|(_, errors)| panic!("locales/{name}: {errors:?}"));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("locales/{name}: {errors:?}"));
            }
            (lang, bundle)
        })
        .collect()
});

/// Sets the language of this run's messages (the first call wins).
pub fn set_language(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language of this run's messages: English until [`set_language`] is called (the
/// library's own tests, and code that runs before the site is known).
pub fn language() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

/// The language for a run on the site in `root`: `flag` (`--lang`), else `POLKU_LANG`, else
/// the site's `language:`, else Finnish. An unknown code is an error naming the known ones.
pub fn choose(flag: Option<&str>, root: &Path) -> Result<Lang, String> {
    let asked = flag
        .map(str::to_string)
        .or_else(|| std::env::var(ENV).ok().filter(|v| !v.is_empty()));
    if let Some(code) = asked {
        return parse(&code).ok_or_else(|| {
            format!("`{code}` is not a language of Polku's messages: fi, sv or en")
        });
    }
    let site = std::fs::read_to_string(root.join("site.yaml")).unwrap_or_default();
    let site: serde_yaml::Value = serde_yaml::from_str(&site).unwrap_or_default();
    let language = site.get("language").and_then(|v| v.as_str());
    Ok(language.and_then(parse).unwrap_or(Lang::Fi))
}

fn parse(code: &str) -> Option<Lang> {
    let base = code.split(['-', '_']).next().unwrap_or_default();
    LANGS
        .into_iter()
        .find(|lang| lang.code().eq_ignore_ascii_case(base))
}

/// The message `id` (or `id.attribute`) in this run's language, with `args`.
pub fn text(id: &str, args: &[(&str, String)]) -> String {
    text_in(language(), id, args)
}

/// A message for the CLI's user with its hint below it, as Polku prints what stops a command:
/// the message `id` and its `.hint`, in this run's language.
pub fn with_hint(id: &str, args: &[(&str, String)]) -> String {
    with_own_hint(text(id, args), text(&format!("{id}.hint"), args))
}

/// `message` with `hint` below it, labelled in this run's language.
pub fn with_own_hint(message: String, hint: String) -> String {
    format!("{message}\n  {}: {hint}", text("label-hint", &[]))
}

/// The message `id` (or `id.attribute`) in `lang`, or in English where `lang` lacks it.
pub fn text_in(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    try_text_in(lang, id, args)
        .or_else(|| try_text_in(Lang::En, id, args))
        .unwrap_or_else(|| panic!("no message `{id}` in locales/en/"))
}

/// The message `id` (or `id.attribute`) in `lang` exactly, if that language has it.
pub fn try_text_in(lang: Lang, id: &str, args: &[(&str, String)]) -> Option<String> {
    let (_, bundle) = BUNDLES.iter().find(|(l, _)| *l == lang)?;
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, argument(value));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "{id} ({}): {errors:?}", lang.code());
    Some(text.into_owned())
}

/// An argument as Fluent reads it: a number (for plural forms) where it prints as it is written,
/// otherwise text, so that what an editor wrote (`#1e3`, `007`, `infinity`) is never shown as
/// another number.
fn argument(value: &str) -> FluentValue<'_> {
    match value.parse::<FluentNumber>() {
        Ok(number) if number.as_string() == value => FluentValue::Number(number),
        _ => FluentValue::from(value),
    }
}

/// The ids of every message (and `message.attribute`) of `lang`'s files, for tests.
pub fn ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for (name, source) in files(lang) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{name}: {errors:?}"));
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let id = message.id.name;
                if message.value.is_some() {
                    ids.push(id.to_string());
                }
                ids.extend(
                    message
                        .attributes
                        .iter()
                        .map(|a| format!("{id}.{}", a.id.name)),
                );
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_and_english_have_the_same_messages() {
        let mut fi = ids(Lang::Fi);
        let mut en = ids(Lang::En);
        fi.sort();
        en.sort();
        assert_eq!(fi, en);
        // Swedish may lack messages (they print in English), never have others.
        assert!(ids(Lang::Sv).iter().all(|id| en.contains(id)));
    }

    #[test]
    fn plural_forms_and_fallback() {
        let summary = |lang, e: usize, w: usize, f: usize| {
            let args = [
                ("errors", e.to_string()),
                ("warnings", w.to_string()),
                ("files", f.to_string()),
            ];
            text_in(lang, "summary", &args)
        };
        assert_eq!(
            summary(Lang::Fi, 1, 2, 1),
            "1 virhe, 2 varoitusta, 1 tiedostossa"
        );
        assert_eq!(summary(Lang::En, 1, 2, 1), "1 error, 2 warnings in 1 file");
        assert_eq!(summary(Lang::Sv, 2, 1, 3), "2 fel, 1 varning i 3 filer");
        let pages = |n: &str| [("pages", n.to_string())];
        assert_eq!(
            text_in(Lang::Fi, "check-ok", &pages("1")),
            "Ei virheitä: 1 sivu voidaan rakentaa"
        );
        assert_eq!(
            text_in(Lang::Fi, "check-ok", &pages("21")),
            "Ei virheitä: 21 sivua voidaan rakentaa"
        );
        // A message Swedish lacks is English.
        let args = [("key", "level".to_string())];
        assert_eq!(
            text_in(Lang::Sv, "missing-key", &args),
            "required key `level` is missing"
        );
        assert_eq!(
            text_in(Lang::Fi, "missing-key.hint", &args),
            "lisää rivi `level:` ja sille arvo"
        );
    }

    #[test]
    fn text_that_looks_like_a_number_is_printed_as_written() {
        for written in ["1e3", "007", "+5", "infinity", "nan", "1_000"] {
            let args = [("key", written.to_string())];
            assert_eq!(
                text_in(Lang::En, "unknown-key", &args),
                format!("unknown key `{written}`")
            );
        }
        let args = [("key", "2.50".to_string())];
        assert_eq!(
            text_in(Lang::En, "unknown-key", &args),
            "unknown key `2.50`"
        );
    }

    #[test]
    fn large_numbers_print_exactly_and_plurals_follow_counts() {
        let range = |value: &str| {
            let args = [
                ("key", "count".to_string()),
                ("value", value.to_string()),
                ("min", "0".to_string()),
                ("max", "1000000".to_string()),
            ];
            text_in(Lang::En, "validate-out-of-range", &args)
        };
        assert_eq!(
            range("18446744073709551615"),
            "`count` is 18446744073709551615; it must be from 0 to 1000000"
        );
        assert_eq!(range("1e5"), "`count` is 1e5; it must be from 0 to 1000000");
        // Plural forms still follow a number.
        let count = |n: &str| {
            let args = [
                ("key", "steps".to_string()),
                ("count", n.to_string()),
                ("bound", "at-least".to_string()),
                ("min", "2".to_string()),
                ("max", usize::MAX.to_string()),
            ];
            text_in(Lang::Fi, "validate-count", &args)
        };
        assert_eq!(
            count("1"),
            "kentässä `steps` on 1 kohta, mutta niitä pitää olla vähintään 2"
        );
        assert_eq!(
            count("0"),
            "kentässä `steps` on 0 kohtaa, mutta niitä pitää olla vähintään 2"
        );
    }

    #[test]
    fn the_language_is_the_flag_the_environment_or_the_sites() {
        let site = std::env::temp_dir().join(format!("polku-i18n-{}", std::process::id()));
        std::fs::create_dir_all(&site).unwrap();
        std::fs::write(site.join("site.yaml"), "language: sv\n").unwrap();
        assert_eq!(choose(Some("en-GB"), &site), Ok(Lang::En));
        assert!(
            choose(Some("de"), &site)
                .unwrap_err()
                .contains("fi, sv or en")
        );
        if std::env::var_os(ENV).is_none() {
            assert_eq!(choose(None, &site), Ok(Lang::Sv));
            assert_eq!(choose(None, &site.join("missing")), Ok(Lang::Fi));
        }
        std::fs::remove_dir_all(&site).unwrap();
    }
}
