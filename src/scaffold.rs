//! `polku new` and `polku init`: starter files that build as they are.

use std::fs;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::finnish::slug;
use crate::i18n;
use crate::load::{CONTENT_DIR, split_front_matter};
use crate::model::types::TypeName;

/// The content types by the names editors use: Finnish first, then English (`TypeName::name`).
const TYPE_NAMES: &[(&str, TypeName)] = &[
    ("oppitunti", TypeName::Lesson),
    ("sana", TypeName::Term),
    ("termi", TypeName::Term),
    ("pakka", TypeName::Deck),
    ("kortti", TypeName::Card),
    ("polku", TypeName::Path),
    ("tyopaja", TypeName::Workshop),
    ("työpaja", TypeName::Workshop),
    ("hanke", TypeName::Project),
    ("tulokset", TypeName::Outcomes),
    ("sivu", TypeName::Page),
    ("saavutettavuusseloste", TypeName::Accessibility),
];

/// The type an editor means by `name`, in Finnish or in English, in any case.
fn type_named(name: &str) -> Option<TypeName> {
    let name = name.to_lowercase();
    let finnish = TYPE_NAMES.iter().find(|(n, _)| *n == name);
    finnish
        .map(|(_, t)| *t)
        .or_else(|| TypeName::from_name(&name))
}

/// "cannot create/write PATH: the system's reason".
fn cannot(id: &str, path: &Path, error: std::io::Error) -> String {
    i18n::text(id, &[("path", shown(path)), ("detail", error.to_string())])
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// `oppitunti (lesson)`, the first Finnish name of a type with its English one.
fn both_names(kind: TypeName) -> String {
    let finnish = TYPE_NAMES
        .iter()
        .find(|(_, t)| *t == kind)
        .map_or("", |(n, _)| n);
    format!("{finnish} ({})", kind.name())
}

/// Writes a starter file of `type_name` at `path` (below content/); returns what was written.
/// Every text the editor has to write is marked `TODO:` (a `PLACEHOLDER` warning until it is
/// replaced), and a file that its folder would type otherwise is refused.
pub fn new_file(root: &Path, type_name: &str, path: &str) -> Result<PathBuf, String> {
    let Some(kind) = type_named(type_name) else {
        let names: Vec<String> = TypeName::ALL.into_iter().map(both_names).collect();
        return Err(i18n::with_hint(
            "new-unknown-type",
            &[("name", type_name.into()), ("types", names.join(", "))],
        ));
    };
    let config = match Config::load(root) {
        Ok(Some(config)) => config,
        Ok(None) => {
            return Err(i18n::with_hint("new-no-site", &[("dir", shown(root))]));
        }
        Err(problems) => {
            let problems = ("problems", problems.report());
            return Err(i18n::text("new-site-problems", &[problems]));
        }
    };
    let path = path.trim_start_matches("content/").trim_matches('/');
    let extension = if matches!(
        kind,
        TypeName::Term | TypeName::Project | TypeName::Outcomes
    ) {
        "yaml"
    } else {
        "md"
    };
    let file = if kind == TypeName::Deck {
        format!("{path}/deck.yaml")
    } else if path.ends_with(".md") || path.ends_with(".yaml") {
        path.to_string()
    } else {
        format!("{path}.{extension}")
    };
    let target = root.join(CONTENT_DIR).join(&file);
    if target.exists() {
        return Err(i18n::with_hint("new-exists", &[("path", shown(&target))]));
    }
    let content = root.join(CONTENT_DIR);
    let dir = file.rsplit_once('/').map_or("", |(dir, _)| dir);
    let type_line = folder_allows(&content, dir, kind)?;
    let stem = Path::new(&file)
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    let id = if kind == TypeName::Deck {
        slug(path.rsplit('/').next().unwrap_or(path))
    } else {
        slug(&stem)
    };
    let first = |map: &indexmap::IndexMap<String, String>, fallback: &str| {
        map.keys()
            .next()
            .cloned()
            .unwrap_or_else(|| fallback.to_string())
    };
    let site = &config.site;
    let deck_dir = target.parent().map(Path::to_path_buf).unwrap_or_default();
    let text = match kind {
        TypeName::Lesson => format!(
            "---\ntitle: {title}\ndescription: \"TODO: Lyhyt kuvaus oppitunnista.\"\norder: {order}\nlevel: {{min: A2.1, max: A2.2}}\nsituations: [{situation}]\nduration_min: 45\ngoals:\n  - \"TODO: Osaat kertoa tästä aiheesta lyhyesti.\"\n---\n\n## Tilanne {{#tilanne}}\n\nTODO: Kirjoita tähän tilanne.\n\n## Harjoitukset {{#harjoitukset}}\n\n```exercise\nkind: choice\ninstruction: \"TODO: Valitse oikea vaihtoehto.\"\nquestion: \"TODO: Mikä on oikein?\"\noptions: [Tämä, Tuo]\ncorrect: 1\n```\n",
            title = title_of(&stem), order = next_number(&deck_dir, "order"), situation = first(&site.situations, "")
        ),
        TypeName::Term => format!("term: {stem}\nword_class: substantiivi\nexplanation: \"TODO: Kirjoita tähän selitys.\"\nexamples:\n  - \"TODO: Kirjoita tähän esimerkkilause.\"\n"),
        TypeName::Deck => {
            fs::create_dir_all(&deck_dir).map_err(|e| cannot("new-cannot-create", &deck_dir, e))?;
            let icons = deck_dir.join("ikonit");
            fs::create_dir_all(&icons).map_err(|e| cannot("new-cannot-create", &icons, e))?;
            let icon = icons.join("teema.svg");
            fs::write(&icon, STARTER_ICON).map_err(|e| cannot("new-cannot-write", &icon, e))?;
            fs::write(deck_dir.join("kayttoohje.md"), "---\ntitle: Näin käytät kortteja\n---\n\nTODO: Kerro tässä, miten korttien kanssa toimitaan, esimerkiksi: nostakaa kortti vuorotellen ja keskustelkaa sen kysymyksestä.\n")
                .map_err(|e| cannot("new-cannot-write", &deck_dir.join("ohjeet.md"), e))?;
            format!(
                "title: {title}\ndescription: \"TODO: Lyhyt kuvaus pakasta.\"\ncard_kind: insight\ninstructions: kayttoohje.md\nthemes:\n  - id: {theme}\n    name: {name}\n    color: \"#23467a\"\n    text_color: \"#ffffff\"\n    icon: ikonit/teema.svg\n",
                title = title_of(&id), theme = first(&site.themes, "teema"), name = site.themes.values().next().cloned().unwrap_or_else(|| "Teema".into())
            )
        }
        TypeName::Card => {
            let deck = fs::read_to_string(deck_dir.join("deck.yaml")).map_err(|_| i18n::with_hint("new-no-deck", &[("dir", shown(&deck_dir))]))?;
            let theme = deck.lines().find_map(|l| l.trim().strip_prefix("- id:")).map(str::trim).unwrap_or("teema").to_string();
            format!(
                "---\ntitle: {title}\nnumber: {number}\ntheme: {theme}\ninsight: \"TODO: Kirjoita tähän oivallus.\"\nquestion: \"TODO: Mitä kysyt tästä?\"\ntry: \"TODO: Kirjoita tähän kokeiltava asia.\"\n---\n",
                title = title_of(&stem), number = next_number(&deck_dir, "number")
            )
        }
        TypeName::Path => format!(
            "---\ntitle: {title}\ndescription: \"TODO: Lyhyt kuvaus polusta.\"\nperson:\n  name: Maria\n  name_changed: true\n  age_group: 25-34\n  background: \"TODO: Kirjoita tähän taustaa ilman tunnistettavia tietoja.\"\nfictional: true\nconsent: ei-tarvita\nstarting_point: \"TODO: Kirjoita tähän, mistä polku alkoi.\"\nsteps:\n  - title: Ensimmäinen vaihe\n    service: {service}\n    description: \"TODO: Mitä tapahtui.\"\n  - title: Toinen vaihe\n    service: {service}\n    description: \"TODO: Mitä tapahtui seuraavaksi.\"\noutcome:\n  description: \"TODO: Mihin polku johti.\"\n---\n",
            title = title_of(&stem), service = first(&site.services, "")
        ),
        TypeName::Workshop => format!(
            "---\ntitle: {title}\ndescription: \"TODO: Lyhyt kuvaus työpajasta.\"\ngoal: \"TODO: Mitä osallistujat saavat aikaan.\"\naudiences: [{audience}]\nduration_min: 60\nagenda:\n  - {{minutes: 15, title: Aloitus, method: koko-ryhma}}\n  - {{minutes: 45, title: Työskentely, method: pienryhma}}\n---\n",
            title = title_of(&stem), audience = first(&site.audiences, "")
        ),
        TypeName::Project => format!(
            "name: {title}\nstatus: kaynnissa\nstart: 2026-01-01\nend: 2027-12-31\nlead:\n  name: \"TODO: Organisaation nimi\"\nfunding:\n  - funder: \"TODO: Rahoittajan nimi\"\nsummary: \"TODO: Kirjoita tähän hankkeen tiivistelmä.\"\ndescription: \"TODO: Lyhyt kuvaus hankkeesta.\"\n",
            title = title_of(&stem)
        ),
        TypeName::Outcomes => format!(
            "title: {title}\ndescription: \"TODO: Lyhyt kuvaus tuloksista.\"\nproject: {project}\nas_of: 2026-01-01\nsource: \"TODO: Mistä luvut ovat, esim. hankkeen loppuraportti\"\npopulation: {{name: Asiakkaat, count: 10}}\noverlapping: false\ncategories:\n  - {{id: tyollistyi, name: Työllistyi, count: 6}}\n  - {{id: opiskelemaan, name: Aloitti opinnot, count: 4}}\n",
            title = title_of(&stem), project = site.project.clone().unwrap_or_default()
        ),
        TypeName::Page => format!("---\ntitle: {}\n---\n\nTODO: Kirjoita tähän sivun teksti.\n", title_of(&stem)),
        TypeName::Accessibility => "---\ntype: accessibility\ntitle: Saavutettavuusseloste\nscope: \"TODO: Mitä sivustoa tai sivuston osaa seloste koskee.\"\nstatus: arvioimatta\nassessment: itsearviointi\nprepared: 2026-01-01\nfeedback:\n  email: \"TODO: palautteen sähköpostiosoite\"\n---\n\nTODO: Kerro tässä, miten sivuston saavutettavuus on arvioitu ja mitä siitä seurasi.\n".to_string(),
    };
    // A folder that does not type its files: the file says its own type.
    let text = match (type_line, text.strip_prefix("---\n")) {
        (false, _) => text,
        (true, Some(front)) => format!("---\ntype: {}\n{front}", kind.name()),
        (true, None) => format!("type: {}\n{text}", kind.name()),
    };
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(|e| cannot("new-cannot-create", parent, e))?;
    }
    fs::write(&target, text).map_err(|e| cannot("new-cannot-write", &target, e))?;
    Ok(target)
}

/// Whether a file of `kind` may go into `dir` (below content/), and if so whether it needs its
/// own `type:` line: not in a folder whose `_index.md` (or one above it) gives its files another
/// type, nor into a deck's folder, where every Markdown file is a card.
fn folder_allows(content: &Path, dir: &str, kind: TypeName) -> Result<bool, String> {
    let in_deck = content.join(dir).join("deck.yaml").exists();
    match kind {
        TypeName::Deck | TypeName::Card => return Ok(false),
        _ if in_deck => {
            let dir = ("dir", dir.to_string());
            let message = i18n::text("new-in-deck", &[dir]);
            return Err(i18n::with_own_hint(message, where_to_put(content, kind)));
        }
        _ => {}
    }
    match section_type(content, dir) {
        Some((own, _)) if own == kind => Ok(false),
        Some((TypeName::Page, _)) if kind == TypeName::Accessibility => Ok(false),
        Some((other, at)) => {
            let args = [
                ("at", at),
                ("dir", dir.to_string()),
                ("other", both_names(other)),
                ("kind", both_names(kind)),
            ];
            let message = i18n::text("new-typed-folder", &args);
            Err(i18n::with_own_hint(message, where_to_put(content, kind)))
        }
        None => Ok(!matches!(kind, TypeName::Page | TypeName::Accessibility)),
    }
}

/// Where files of `kind` go on this site: the folders that type their files so.
fn where_to_put(content: &Path, kind: TypeName) -> String {
    let mut folders: Vec<String> = walkdir::WalkDir::new(content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "_index.md" && index_type(e.path()) == Some(kind))
        .filter_map(|e| {
            e.path()
                .parent()?
                .strip_prefix(content)
                .ok()
                .map(Path::to_path_buf)
        })
        .map(|dir| format!("content/{}/", dir.to_string_lossy()))
        .collect();
    folders.sort();
    match folders.is_empty() {
        true => i18n::text("new-put-untyped", &[]),
        false => {
            let or = format!(" {} ", i18n::text("word-or", &[]));
            i18n::text("new-put-in", &[("folders", folders.join(&or))])
        }
    }
}

/// The type the nearest `_index.md` at or above `dir` gives its files, and that folder.
fn section_type(content: &Path, dir: &str) -> Option<(TypeName, String)> {
    let mut dir = dir.trim_matches('/');
    loop {
        if let Some(kind) = index_type(&content.join(dir).join("_index.md")) {
            return Some((kind, dir.to_string()));
        }
        if dir.is_empty() {
            return None;
        }
        dir = dir.rsplit_once('/').map_or("", |(parent, _)| parent);
    }
}

/// The `type:` of a section's `_index.md` front matter.
fn index_type(file: &Path) -> Option<TypeName> {
    let text = fs::read_to_string(file).ok()?;
    let (front, _) = split_front_matter(&text).ok()?;
    let value: serde_yaml::Value = serde_yaml::from_str(front?.0).ok()?;
    TypeName::from_name(value.get("type")?.as_str()?)
}

/// A plain circle: a placeholder the editor replaces with the theme's own icon.
const STARTER_ICON: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><circle cx=\"12\" cy=\"12\" r=\"8\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/></svg>\n";

fn title_of(stem: &str) -> String {
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One more than the largest `key: N` among the Markdown files of `dir`.
fn next_number(dir: &Path, key: &str) -> u32 {
    let prefix = format!("{key}:");
    let largest = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|e| fs::read_to_string(e.path()).ok())
        .flat_map(|text| {
            text.lines()
                .filter_map(|l| {
                    l.strip_prefix(&prefix)
                        .and_then(|n| n.trim().parse::<u32>().ok())
                })
                .collect::<Vec<_>>()
        })
        .max();
    largest.map_or(1, |n| n + 1)
}

const INIT_SITE: &str = "title: Uusi sivusto\ndescription: Materiaaleja, jotka julkaistaan Polulla.\nbase_url: https://example.fi/\nlanguage: fi\nthemes:\n  perehdytys: Perehdytys\naudiences:\n  tyonantaja: Työnantajat\nsituations:\n  aamutoimet: Aamutoimet\nservices:\n  valmennus: Valmennus\nmenus:\n  footer:\n    - { title: Saavutettavuusseloste, link: \"@/saavutettavuusseloste.md\" }\naccessibility:\n  supervisor:\n    name: Liikenne- ja viestintävirasto Traficom\n    url: https://www.saavutettavuusvaatimukset.fi\n";

/// Creates a minimal site in `dir`: site.yaml, a home page and an accessibility statement.
pub fn init(dir: &Path) -> Result<(), String> {
    if dir.exists()
        && fs::read_dir(dir)
            .map_err(|e| e.to_string())?
            .next()
            .is_some()
    {
        return Err(i18n::with_hint("init-not-empty", &[("dir", shown(dir))]));
    }
    let content = dir.join(CONTENT_DIR);
    fs::create_dir_all(&content).map_err(|e| cannot("new-cannot-create", &content, e))?;
    let write = |path: PathBuf, text: &str| {
        fs::write(&path, text).map_err(|e| cannot("new-cannot-write", &path, e))
    };
    write(dir.join("site.yaml"), INIT_SITE)?;
    write(
        content.join("_index.md"),
        "---\ntitle: Tervetuloa\n---\n\nTODO: Kirjoita tähän etusivun teksti. Lisää materiaalia komennolla `polku new`.\n",
    )?;
    // `.polku-cache` holds what `polku check --external` remembers between runs.
    write(dir.join(".gitignore"), "/public\n/.polku-cache\n")?;
    new_file(dir, "accessibility", "saavutettavuusseloste").map(|_| ())
}
