//! site.yaml, the theme and templates, and the accessibility statement.

use crate::common::{TestSite, one_error};
use crate::{STATEMENT, warns};

rule!(
    statement_needs_gaps,
    |s| {
        s.edit(
            STATEMENT,
            "gaps:\n  - {criterion: \"1.2.2\", description: Videoilta puuttuu tekstitys.}\n",
            "",
        );
    },
    "content/saavutettavuusseloste.md:5:9: error[A11Y-GAPS]: the site is not fully compliant, but the statement lists no `gaps`\n  hint: list what is not accessible under `gaps:` with the WCAG criterion and a description"
);

rule!(
    statement_needs_feedback,
    |s| {
        s.edit(
            STATEMENT,
            "feedback: {email: palaute@example.fi}",
            "feedback: {}",
        );
    },
    "content/saavutettavuusseloste.md:10:11: error[A11Y-FEEDBACK]: the statement gives no way to send feedback\n  hint: add `feedback.email` or `feedback.form`"
);

rule!(
    unknown_site_key,
    |s| {
        s.edit("site.yaml", "language: fi", "langauge: fi");
    },
    "site.yaml:4:1: error[UNKNOWN-KEY]: unknown key `langauge`\n  hint: did you mean `language`?"
);

rule!(
    site_project_exists,
    |s| {
        s.edit("site.yaml", "project: testihanke", "project: testihanke2");
    },
    "site.yaml:6:10: error[BROKEN-REF]: there is no project with the id `testihanke2`\n  hint: did you mean `testihanke`?"
);

rule!(
    missing_ui_string,
    |s| {
        s.write(
            "templates/page.html",
            "{% extends \"base.html\" %}{% block main %}{{ t(key=\"ei.ole\") }}{% endblock %}",
        );
    },
    "templates/page.html: error[TEMPLATE]: while rendering /tietoa/index.html: Failed to render 'page.html': Function call 't' failed: the UI string `ei.ole` is missing from i18n/fi.yaml\n  hint: fix the template, or add the missing UI string to the theme's i18n files",
    "templates/page.html: virhe[TEMPLATE]: sivun /tietoa/index.html sivupohjassa on virhe: Failed to render 'page.html': Function call 't' failed: the UI string `ei.ole` is missing from i18n/fi.yaml\n  vihje: korjaa sivupohja tai lisää puuttuva käyttöliittymän teksti ulkoasun käännöstiedostoihin; jos et ole muokannut sivupohjia, lähetä koko virheilmoitus sivuston tekniselle ylläpitäjälle"
);

#[test]
fn warning_outdated_statement() {
    warns(
        |s| {
            s.edit(STATEMENT, "prepared: 2026-11-01", "prepared: 2020-01-01");
        },
        "content/saavutettavuusseloste.md:9:11: warning[A11Y-OUTDATED]: the statement was last updated on 1.1.2020, more than 12 months ago\n  hint: review the statement and set `updated:` to the date of the review",
    );
}

#[test]
fn warning_missing_statement() {
    warns(
        |s| {
            s.remove(STATEMENT);
            s.edit(
                "site.yaml",
                "    - { title: Saavutettavuusseloste, link: \"@/saavutettavuusseloste.md\" }\n",
                "",
            );
            s.edit("site.yaml", "  footer:\n", "");
        },
        "site.yaml: warning[A11Y-MISSING]: the site has no accessibility statement\n  hint: add content/saavutettavuusseloste.md with `type: accessibility` (required by law 306/2019)",
    );
}

rule!(
    statement_needs_supervisor,
    |s| {
        s.edit("site.yaml", "accessibility:\n  supervisor:\n    name: Traficom\n    url: https://www.saavutettavuusvaatimukset.fi\n", "");
    },
    "site.yaml:1:1: error[A11Y-SUPERVISOR]: the accessibility statement needs the supervising authority, and site.yaml has no `accessibility`\n  hint: add `accessibility: {supervisor: {name: …, url: …}}` to site.yaml"
);

rule!(
    unknown_theme_folder,
    |s| {
        s.edit("site.yaml", "language: fi", "language: fi\ntheme: tumma");
    },
    "site.yaml: error[THEME]: there is no theme folder themes/tumma/\n  hint: remove `theme:` to use the default theme, or create the folder"
);
