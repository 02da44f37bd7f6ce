//! Addresses written in YAML that become links on the pages (site.yaml's menus and supervisor,
//! a project's organisations, contact and sources, a statement's feedback form): like links in
//! Markdown, they may only have a scheme a page can safely link to (`LINK-SCHEME`).

use crate::diagnostics::Diagnostics;
use crate::model::links::scheme_error;
use crate::model::types::Kind;
use crate::model::{Item, Site};

pub fn check(site: &Site, problems: &mut Diagnostics) {
    let config = &site.config;
    for (path, link) in config_addresses(&config.site) {
        problems.extend(scheme_error(
            link,
            config.file,
            config.positions.value(&path),
        ));
    }
    for item in &site.items {
        for (path, link) in item_addresses(item) {
            problems.extend(scheme_error(link, &item.source.file, item.value_pos(&path)));
        }
    }
}

/// Each address of site.yaml with the path of its key.
fn config_addresses(config: &crate::config::SiteConfig) -> Vec<(String, &str)> {
    let mut addresses = Vec::new();
    for (location, links) in [
        ("main", &config.menus.main),
        ("footer", &config.menus.footer),
    ] {
        for (i, link) in links.iter().enumerate() {
            addresses.push((format!("menus.{location}[{i}].link"), link.link.as_str()));
        }
    }
    if let Some(accessibility) = &config.accessibility {
        let supervisor = accessibility.supervisor.url.as_deref();
        let form = accessibility.feedback.form.as_deref();
        addresses.extend(supervisor.map(|url| ("accessibility.supervisor.url".to_string(), url)));
        addresses.extend(form.map(|form| ("accessibility.feedback.form".to_string(), form)));
    }
    addresses
}

/// Each address of an item's front matter or YAML with the path of its key.
fn item_addresses(item: &Item) -> Vec<(String, &str)> {
    let mut addresses = Vec::new();
    match &item.kind {
        Kind::Project(project) => {
            addresses.extend(
                project
                    .lead
                    .url
                    .as_deref()
                    .map(|url| ("lead.url".to_string(), url)),
            );
            for (i, partner) in project.partners.iter().enumerate() {
                let url = partner.url.as_deref();
                addresses.extend(url.map(|url| (format!("partners[{i}].url"), url)));
            }
            let contact = project.contact.as_ref().and_then(|c| c.url.as_deref());
            addresses.extend(contact.map(|url| ("contact.url".to_string(), url)));
            for (i, source) in project.sources.iter().enumerate() {
                addresses.push((format!("sources[{i}]"), source.as_str()));
            }
        }
        Kind::Accessibility(statement) => {
            let form = statement.feedback.form.as_deref();
            addresses.extend(form.map(|form| ("feedback.form".to_string(), form)));
        }
        _ => {}
    }
    addresses
}
