//! Rules for pages and the accessibility statement that the law (306/2019) asks of every
//! public-sector site.

use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
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
                    format!("`{lang}` is not a language of this site"),
                )
                .hint("use fi, sv or en"),
            );
        }
        problems.extend(site.missing_ref(
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
                "the accessibility statement says the site has not been assessed (`status: arvioimatta`)",
            )
            .hint("assess the site against WCAG 2.1 AA, then set `status` to taysin, osittain or ei (with its `gaps`)"),
        );
    }
    let partly = matches!(
        statement.status,
        ComplianceStatus::Osittain | ComplianceStatus::Ei
    );
    if partly && statement.gaps.is_empty() {
        problems.push(
            item.error("A11Y-GAPS", "status", "the site is not fully compliant, but the statement lists no `gaps`")
                .hint("list what is not accessible under `gaps:` with the WCAG criterion and a description"),
        );
    }
    if statement.feedback.email.is_none() && statement.feedback.form.is_none() {
        problems.push(
            item.error(
                "A11Y-FEEDBACK",
                "feedback",
                "the statement gives no way to send feedback",
            )
            .hint("add `feedback.email` or `feedback.form`"),
        );
    }
    if site.config.site.accessibility.is_none() {
        problems.push(
            Diagnostic::error("A11Y-SUPERVISOR", site.config.file, Pos::new(1, 1), "the accessibility statement needs the supervising authority, and site.yaml has no `accessibility`")
                .hint("add `accessibility: {supervisor: {name: …, url: …}}` to site.yaml"),
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
                format!(
                    "the statement was last updated on {}, more than 12 months ago",
                    updated.finnish()
                ),
            )
            .hint("review the statement and set `updated:` to the date of the review"),
        );
    }
}

/// Every site needs an accessibility statement (law 306/2019).
pub fn statement_present(site: &Site, problems: &mut Diagnostics) {
    if site.of_type(TypeName::Accessibility).next().is_none() {
        problems.push(
            Diagnostic::warning("A11Y-MISSING", site.config.file, Pos::default(), "the site has no accessibility statement")
                .hint("add content/saavutettavuusseloste.md with `type: accessibility` (required by law 306/2019)"),
        );
    }
}
