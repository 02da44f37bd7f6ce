//! Rules for pages and the accessibility statement that the law (306/2019) asks of every
//! public-sector site.

use super::missing_ref;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos, text};
use crate::model::fields::Date;
use crate::model::types::{Accessibility, ComplianceStatus, Page, TypeName};
use crate::model::{Item, Site};

pub fn page(site: &Site, item: &Item, page: &Page, problems: &mut Diagnostics) {
    for (lang, id) in &page.translations {
        if !["fi", "sv", "en"].contains(&lang.as_str()) {
            problems.push(
                Diagnostic::error(
                    "INVALID-LANGUAGE",
                    &item.source.file,
                    item.pos(&format!("translations.{lang}")),
                    text!("validate-site-language", lang = lang),
                )
                .hint(text!("validate-site-language.hint")),
            );
        }
        problems.extend(missing_ref(
            site,
            item,
            &format!("translations.{lang}"),
            "page",
            id,
            &[TypeName::Page, TypeName::Accessibility],
        ));
    }
}

pub fn accessibility(
    site: &Site,
    item: &Item,
    statement: &Accessibility,
    problems: &mut Diagnostics,
) {
    if statement.status == ComplianceStatus::Arvioimatta {
        problems.push(
            Diagnostic::warning(
                "PLACEHOLDER",
                &item.source.file,
                item.value_pos("status"),
                text!("validate-not-assessed"),
            )
            .hint(text!("validate-not-assessed.hint")),
        );
    }
    let partly = matches!(
        statement.status,
        ComplianceStatus::Osittain | ComplianceStatus::Ei
    );
    if partly && statement.gaps.is_empty() {
        problems.push(
            item.error("A11Y-GAPS", "status", text!("validate-a11y-gaps"))
                .hint(text!("validate-a11y-gaps.hint")),
        );
    }
    if statement.feedback.email.is_none() && statement.feedback.form.is_none() {
        problems.push(
            item.error("A11Y-FEEDBACK", "feedback", text!("validate-a11y-feedback"))
                .hint(text!("validate-a11y-feedback.hint")),
        );
    }
    if site.config.site.accessibility.is_none() {
        problems.push(
            Diagnostic::error(
                "A11Y-SUPERVISOR",
                site.config.file,
                Pos::new(1, 1),
                text!("validate-a11y-supervisor"),
            )
            .hint(text!("validate-a11y-supervisor.hint")),
        );
    }
    let updated = item.common.updated.unwrap_or(statement.prepared);
    if Date::today().days() - updated.days() > 365 {
        problems.push(
            item.warning(
                "A11Y-OUTDATED",
                if item.common.updated.is_some() {
                    "updated"
                } else {
                    "prepared"
                },
                text!("validate-a11y-outdated", date = updated.finnish()),
            )
            .hint(text!("validate-a11y-outdated.hint")),
        );
    }
}

/// Every site needs an accessibility statement (law 306/2019).
pub fn statement_present(site: &Site, problems: &mut Diagnostics) {
    if site.of_type(TypeName::Accessibility).next().is_none() {
        problems.push(
            Diagnostic::warning(
                "A11Y-MISSING",
                site.config.file,
                Pos::default(),
                text!("validate-a11y-missing"),
            )
            .hint(text!("validate-a11y-missing.hint")),
        );
    }
}
