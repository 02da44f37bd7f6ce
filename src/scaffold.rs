//! `polku new` and `polku init`: starter files that build as they are.

use std::fs;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::finnish::slug;
use crate::load::CONTENT_DIR;
use crate::model::types::TypeName;

/// Writes a starter file of `type_name` at `path` (below content/); returns what was written.
pub fn new_file(root: &Path, type_name: &str, path: &str) -> Result<PathBuf, String> {
    let Some(kind) = TypeName::from_name(type_name) else {
        let names: Vec<&str> = TypeName::ALL.iter().map(|t| t.name()).collect();
        return Err(format!(
            "`{type_name}` is not a content type\n  hint: use one of {}",
            names.join(", ")
        ));
    };
    let config = match Config::load(root) {
        Ok(Some(config)) => config,
        Ok(None) => {
            return Err(format!(
                "no site.yaml in {}\n  hint: run `polku new` in the site's folder or pass --root",
                root.display()
            ));
        }
        Err(problems) => return Err(format!("site.yaml has problems:\n{}", problems.report())),
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
        return Err(format!(
            "{} already exists\n  hint: choose another name",
            target.display()
        ));
    }
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
            "---\ntitle: {title}\ndescription: Lyhyt kuvaus oppitunnista.\norder: {order}\nlevel: {{min: A2.1, max: A2.2}}\nsituations: [{situation}]\nduration_min: 45\ngoals:\n  - Osaat kertoa tästä aiheesta lyhyesti.\n---\n\n## Tilanne {{#tilanne}}\n\nKirjoita tähän tilanne.\n\n## Harjoitukset {{#harjoitukset}}\n\n```exercise\nkind: choice\ninstruction: Valitse oikea vaihtoehto.\nquestion: Mikä on oikein?\noptions: [Tämä, Tuo]\ncorrect: 1\n```\n",
            title = title_of(&stem), order = next_number(&deck_dir, "order"), situation = first(&site.situations, "")
        ),
        TypeName::Term => format!("term: {stem}\nword_class: substantiivi\nexplanation: Kirjoita tähän selitys.\nexamples:\n  - Kirjoita tähän esimerkkilause.\n"),
        TypeName::Deck => {
            fs::create_dir_all(&deck_dir).map_err(|e| format!("cannot create {}: {e}", deck_dir.display()))?;
            fs::create_dir_all(deck_dir.join("ikonit")).map_err(|e| format!("cannot create the icon folder: {e}"))?;
            fs::write(deck_dir.join("ikonit/teema.svg"), STARTER_ICON).map_err(|e| format!("cannot write the icon: {e}"))?;
            fs::write(deck_dir.join("kayttoohje.md"), "---\ntitle: Näin käytät kortteja\n---\n\nNostakaa kortti vuorotellen ja keskustelkaa sen kysymyksestä.\n")
                .map_err(|e| format!("cannot write the instructions: {e}"))?;
            format!(
                "title: {title}\ndescription: Lyhyt kuvaus pakasta.\ncard_kind: insight\ninstructions: kayttoohje.md\nthemes:\n  - id: {theme}\n    name: {name}\n    color: \"#23467a\"\n    text_color: \"#ffffff\"\n    icon: ikonit/teema.svg\n",
                title = title_of(&id), theme = first(&site.themes, "teema"), name = site.themes.values().next().cloned().unwrap_or_else(|| "Teema".into())
            )
        }
        TypeName::Card => {
            let deck = fs::read_to_string(deck_dir.join("deck.yaml")).map_err(|_| format!("there is no deck.yaml in {}\n  hint: cards go into a deck's folder; create one with `polku new deck kortit/NIMI`", deck_dir.display()))?;
            let theme = deck.lines().find_map(|l| l.trim().strip_prefix("- id:")).map(str::trim).unwrap_or("teema").to_string();
            format!(
                "---\ntitle: {title}\nnumber: {number}\ntheme: {theme}\ninsight: Kirjoita tähän oivallus.\nquestion: Mitä ajattelet tästä?\ntry: Kokeile tätä seuraavassa vuorossa.\n---\n",
                title = title_of(&stem), number = next_number(&deck_dir, "number")
            )
        }
        TypeName::Path => format!(
            "---\ntitle: {title}\ndescription: Lyhyt kuvaus polusta.\nperson:\n  name: Maria\n  name_changed: true\n  age_group: 25-34\n  background: Kirjoita tähän taustaa ilman tunnistettavia tietoja.\nfictional: true\nconsent: ei-tarvita\nstarting_point: Kirjoita tähän, mistä polku alkoi.\nsteps:\n  - title: Ensimmäinen vaihe\n    service: {service}\n    description: Mitä tapahtui.\n  - title: Toinen vaihe\n    service: {service}\n    description: Mitä tapahtui seuraavaksi.\noutcome:\n  description: Mihin polku johti.\n---\n",
            title = title_of(&stem), service = first(&site.services, "")
        ),
        TypeName::Workshop => format!(
            "---\ntitle: {title}\ndescription: Lyhyt kuvaus työpajasta.\ngoal: Osallistujat sopivat yhden perehdytyksen parannuksen.\naudiences: [{audience}]\nduration_min: 60\nagenda:\n  - {{minutes: 15, title: Aloitus, method: koko-ryhma}}\n  - {{minutes: 45, title: Työskentely, method: pienryhma}}\n---\n",
            title = title_of(&stem), audience = first(&site.audiences, "")
        ),
        TypeName::Project => format!(
            "name: {title}\nstatus: kaynnissa\nstart: 2026-01-01\nend: 2027-12-31\nlead:\n  name: Organisaation nimi\nfunding:\n  - funder: Rahoittajan nimi\nsummary: Kirjoita tähän hankkeen tiivistelmä.\ndescription: Lyhyt kuvaus hankkeesta.\n",
            title = title_of(&stem)
        ),
        TypeName::Outcomes => format!(
            "title: {title}\ndescription: Lyhyt kuvaus tuloksista.\nproject: {project}\nas_of: 2026-01-01\nsource: Hankkeen raportti\npopulation: {{name: Asiakkaat, count: 10}}\noverlapping: false\ncategories:\n  - {{id: tyollistyi, name: Työllistyi, count: 6}}\n  - {{id: opiskelemaan, name: Aloitti opinnot, count: 4}}\n",
            title = title_of(&stem), project = site.project.clone().unwrap_or_default()
        ),
        TypeName::Page => format!("---\ntitle: {}\n---\n\nKirjoita tähän sivun teksti.\n", title_of(&stem)),
        TypeName::Accessibility => "---\ntype: accessibility\ntitle: Saavutettavuusseloste\nscope: Tämä seloste koskee tätä sivustoa.\nstatus: taysin\nassessment: itsearviointi\nprepared: 2026-01-01\nfeedback:\n  email: palaute@example.fi\n---\n\nSivusto on arvioitu saavutettavuusvaatimusten mukaisesti.\n".to_string(),
    };
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(&target, text).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    Ok(target)
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
        return Err(format!(
            "{} is not empty\n  hint: choose a new folder",
            dir.display()
        ));
    }
    let content = dir.join(CONTENT_DIR);
    fs::create_dir_all(&content)
        .map_err(|e| format!("cannot create {}: {e}", content.display()))?;
    let write = |path: PathBuf, text: &str| {
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(dir.join("site.yaml"), INIT_SITE)?;
    write(
        content.join("_index.md"),
        "---\ntitle: Tervetuloa\n---\n\nTämä on uusi Polku-sivusto. Lisää materiaalia komennolla `polku new`.\n",
    )?;
    // `.polku-cache` holds what `polku check --external` remembers between runs.
    write(dir.join(".gitignore"), "/public\n/.polku-cache\n")?;
    new_file(dir, "accessibility", "saavutettavuusseloste").map(|_| ())
}
