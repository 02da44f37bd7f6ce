//! site.yaml, the theme and templates, and the accessibility statement.

use crate::{STATEMENT, warns_in_finnish};

rule!(
    statement_needs_gaps,
    |s| {
        s.edit(
            STATEMENT,
            "gaps:\n  - {criterion: \"1.2.2\", description: Videoilta puuttuu tekstitys.}\n",
            "",
        );
    },
    "content/saavutettavuusseloste.md:5:9: error[A11Y-GAPS]: the site is not fully compliant, but the statement lists no `gaps`\n  hint: list what is not accessible under `gaps:` with the WCAG criterion and a description",
    "content/saavutettavuusseloste.md:5:9: virhe[A11Y-GAPS]: sivusto ei täytä kaikkia saavutettavuusvaatimuksia, mutta selosteessa ei luetella puutteita (`gaps`)\n  vihje: luettele kenttään `gaps:`, mikä ei ole saavutettavaa: kustakin puutteesta WCAG-kriteeri ja kuvaus"
);

rule!(
    statement_needs_feedback,
    |s| {
        s.edit(
            STATEMENT,
            "feedback: {email: palaute@polku.test}",
            "feedback: {}",
        );
    },
    "content/saavutettavuusseloste.md:10:11: error[A11Y-FEEDBACK]: the statement gives no way to send feedback\n  hint: add `feedback.email` or `feedback.form`",
    "content/saavutettavuusseloste.md:10:11: virhe[A11Y-FEEDBACK]: selosteessa ei kerrota, miten palautetta voi lähettää\n  vihje: lisää kenttään `feedback` sähköpostiosoite (`email`) tai palautelomakkeen osoite (`form`)"
);

rule!(
    unknown_site_key,
    |s| {
        s.edit("site.yaml", "language: fi", "langauge: fi");
    },
    "site.yaml:4:1: error[UNKNOWN-KEY]: unknown key `langauge`\n  hint: did you mean `language`?",
    "site.yaml:4:1: virhe[UNKNOWN-KEY]: tuntematon kenttä `langauge`\n  vihje: tarkoititko `language`?"
);

rule!(
    site_project_exists,
    |s| {
        s.edit("site.yaml", "project: testihanke", "project: testihanke2");
    },
    "site.yaml:6:10: error[BROKEN-REF]: there is no project with the id `testihanke2`\n  hint: did you mean `testihanke`?",
    "site.yaml:6:10: virhe[BROKEN-REF]: tunnisteella `testihanke2` ei löydy hanketta\n  vihje: tarkoititko `testihanke`?"
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
    "templates/page.html: virhe[TEMPLATE]: sivun /tietoa/index.html sivupohjassa on virhe: Failed to render 'page.html': Function call 't' failed: käyttöliittymän teksti `ei.ole` puuttuu tiedostosta i18n/fi.yaml\n  vihje: korjaa sivupohja tai lisää puuttuva käyttöliittymän teksti ulkoasun käännöstiedostoihin; jos et ole muokannut sivupohjia, lähetä koko virheilmoitus sivuston tekniselle ylläpitäjälle"
);

#[test]
fn warning_outdated_statement() {
    warns_in_finnish(
        |s| {
            s.edit(STATEMENT, "prepared: 2026-11-01", "prepared: 2020-01-01");
        },
        "content/saavutettavuusseloste.md:9:11: warning[A11Y-OUTDATED]: the statement was last updated on 1.1.2020, more than 12 months ago\n  hint: review the statement and set `updated:` to the date of the review",
        "content/saavutettavuusseloste.md:9:11: varoitus[A11Y-OUTDATED]: selostetta on päivitetty viimeksi 1.1.2020, yli 12 kuukautta sitten\n  vihje: käy seloste läpi ja merkitse kenttään `updated:` tarkistuspäivä",
    );
}

#[test]
fn warning_missing_statement() {
    warns_in_finnish(
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
        "site.yaml: varoitus[A11Y-MISSING]: sivustolla ei ole saavutettavuusselostetta\n  vihje: tee tiedosto content/saavutettavuusseloste.md, jossa on rivi `type: accessibility` (laki 306/2019 vaatii selosteen)",
    );
}

rule!(
    statement_needs_supervisor,
    |s| {
        s.edit("site.yaml", "accessibility:\n  supervisor:\n    name: Traficom\n    url: https://www.saavutettavuusvaatimukset.fi\n", "");
    },
    "site.yaml:1:1: error[A11Y-SUPERVISOR]: the accessibility statement needs the supervising authority, and site.yaml has no `accessibility`\n  hint: add `accessibility: {supervisor: {name: …, url: …}}` to site.yaml",
    "site.yaml:1:1: virhe[A11Y-SUPERVISOR]: saavutettavuusselosteessa pitää kertoa valvontaviranomainen, mutta tiedostossa site.yaml ei ole kohtaa `accessibility`\n  vihje: lisää tiedostoon site.yaml kohta `accessibility: {supervisor: {name: …, url: …}}` ja siihen valvontaviranomaisen nimi ja verkko-osoite"
);

rule!(
    unknown_theme_folder,
    |s| {
        s.edit("site.yaml", "language: fi", "language: fi\ntheme: tumma");
    },
    "site.yaml: error[THEME]: there is no theme folder themes/tumma/\n  hint: remove `theme:` to use the default theme, or create the folder",
    "site.yaml: virhe[THEME]: teemakansiota themes/tumma/ ei ole\n  vihje: poista rivi `theme:`, niin käytetään oletusteemaa, tai tee kansio"
);
