# Sisältömallin säännöt (src/validate/): lukujen rajat, viittaukset, kaksoiskappaleet, summat ja
# saavutettavuus. Jokaisen viestin on oltava myös tiedostossa en/validate.ftl (testi tarkistaa)
# samassa järjestyksessä. Tunnisteet alkavat `validate-`, koska sama tunniste saa olla vain yhdessä
# kielen tiedostossa.

## Kaikkien sisältötyyppien yhteiset kentät

validate-too-long = kuvaus (`description`) on { $length } merkkiä pitkä, mutta enintään { $limit } merkkiä sallitaan
    .hint = lyhennä kuvausta: se näkyy luetteloissa ja hakutuloksissa
validate-missing-description = materiaalilta puuttuu kuvaus (`description`)
    .hint = lisää rivi `description:` ja sille yhden tai kahden virkkeen kuvaus: se näkyy luetteloissa, haussa ja linkkien esikatselussa
# $what: theme, audience, service tai situation.
validate-unknown-vocabulary = `{ $value }` ei ole tämän sivuston { $what ->
        [theme] teema
        [audience] kohderyhmä
        [service] palvelu
       *[situation] hoitotyön tilanne
    }
    .hint = { $suggestion } (luettelo on tiedostossa site.yaml)

## Määrät ja lukujen rajat

# $bound: at-least (vähintään $min), exactly (täsmälleen $min) tai between ($min–$max).
validate-count = kentässä `{ $key }` on { $count } { $count ->
        [one] kohta
       *[other] kohtaa
    }, mutta niitä pitää olla { $bound ->
        [at-least] vähintään { $min }
        [exactly] täsmälleen { $min }
       *[between] { $min }–{ $max }
    }
    .hint = { $bound ->
        [at-least] lisää kenttään `{ $key }` kohtia niin, että niitä on vähintään { $min }
        [exactly] lisää tai poista kohtia niin, että kentässä `{ $key }` on täsmälleen { $min } { $min ->
            [one] kohta
           *[other] kohtaa
        }
       *[between] lisää tai poista kohtia niin, että kentässä `{ $key }` on { $min }–{ $max } kohtaa
    }
validate-out-of-range = kentän `{ $key }` arvo on { $value }, mutta sen pitää olla { $min }–{ $max }
    .hint = kirjoita luku, joka on vähintään { $min } ja enintään { $max }

## Viittaukset muuhun sisältöön

# $what: project, term, lesson, page, material, outcomes, linkable (oppitunti, kortti, pakka tai
# työpaja) tai usable (pakka, kortti tai oppitunti).
validate-no-such-id = tunnisteella `{ $id }` ei löydy { $what ->
        [project] hanketta
        [term] sanaston sanaa
        [lesson] oppituntia
        [page] sivua
        [outcomes] hankkeen tuloksia
        [linkable] oppituntia, korttia, pakkaa tai työpajaa
        [usable] pakkaa, korttia tai oppituntia
       *[material] materiaalia
    }
validate-menu-link = valikon linkki osoittaa kohteeseen `{ $link }`, mutta sellaista tiedostoa ei ole content/-kansiossa
    .hint = kirjoita linkkiin tiedoston polku content/-kansion sisällä, esimerkiksi @/oppitunnit/_index.md

## Oppitunnit ja sanaston sanat

validate-lesson-level = alin taso { $min } on korkeampi kuin ylin taso { $max }
    .hint = vaihda kentän `level` arvot `min` ja `max` keskenään
validate-own-prerequisite = kentässä `prerequisites` on tämän oppitunnin oma tunniste: oppitunti ei voi edeltää itseään
    .hint = poista tämä tunniste
validate-language-code = `{ $lang }` ei ole kaksikirjaiminen kielikoodi
    .hint = käytä ISO 639-1 -kielikoodeja, esimerkiksi en, sv, ru tai ar
validate-duplicate-term = sana `{ $term }` on selitetty myös tiedostossa { $file }
    .hint = pidä sanasta vain yksi tiedosto ja viittaa siihen kentällä `see_also`
validate-duplicate-order = sarjassa on jo oppitunti, jonka järjestysnumero (`order`) on { $number }: { $file }
    .hint = anna jokaiselle oppitunnille oma järjestysnumero

## Korttipakat ja kortit

validate-duplicate-theme = teema `{ $theme }` on luettelossa kahdesti
    .hint = anna jokaiselle teemalle oma tunniste (`id`)
validate-contrast = teeman `{ $theme }` värin { $color } ja tekstin värin kontrasti on { $ratio }, mutta sen pitää olla vähintään 4,5:1
    .hint = käytä tummempaa väriä (`color`) tai anna vaalealle värille tumma tekstin väri, esimerkiksi `text_color: "#1a1a1a"` (WCAG 1.4.3)
validate-theme-icon = teemalla `{ $theme }` ei ole kuvaketta (`icon`)
    .hint = lisää teemalle kuvake, jotta teeman tunnistaa muustakin kuin väristä ja nimestä (WCAG 1.4.1)
validate-deck-instructions =
    .hint = lisää rivi `instructions: kayttoohje.md` ja kirjoita pakan käyttöohje tiedostoon kayttoohje.md
validate-instructions-file = käyttöohjeen tiedostoa `{ $file }` ei ole samassa kansiossa kuin deck.yaml
    .hint = tee Markdown-tiedosto tai korjaa sen nimi
validate-color = `{ $color }` ei ole väri
    .hint = kirjoita väri lainausmerkkeihin risuaidan ja kuuden merkin kanssa, esimerkiksi "#23467a"
validate-card-deck = kortti ei ole korttipakan kansiossa
    .hint = siirrä kortti sen pakan kansioon, jossa on deck.yaml
validate-card-theme = `{ $theme }` ei ole pakan `{ $deck }` teema
# $kind: pakan korttityyppi `card_kind` (insight, question, method).
validate-card-slot-missing = korttityypin `{ $kind }` kortilla pitää olla teksti `{ $key }`, mutta tältä kortilta se puuttuu
    .hint = lisää tiedoston alun tietolohkoon rivi `{ $key }:` ja sille teksti
validate-card-slot-foreign = korttityypin `{ $kind }` korteissa ei voi olla tekstiä `{ $key }`
    .hint = korttityypin `{ $kind }` korteissa voivat olla nämä tekstit: { $slots }
validate-card-question = kysymys ei pääty kysymysmerkkiin
    .hint = lisää kysymyksen (`question`) loppuun "?"
validate-duplicate-number = pakassa on jo kortti, jonka numero (`number`) on { $number }: { $file }
    .hint = anna jokaiselle kortille oma numero

## Asiakkaiden polut

validate-consent = `consent: ei-tarvita` sopii vain keksittyyn tarinaan tai tarinaan, joka on koottu usean ihmisen kokemuksista
    .hint = merkitse, miten suostumus annettiin (`kirjallinen` tai `suullinen-kirjattu`), tai merkitse keksitty tarina `fictional: true` ja usean ihmisen kokemuksista koottu tarina `composite: true`
validate-person-name = todellisen osallistujan nimeä ei saa julkaista
    .hint = vaihda nimi ja lisää rivi `name_changed: true` tai poista `name` (ESR-hankkeet eivät julkaise osallistujien nimiä)
validate-outcome-category = hankkeen tuloksissa ei ole luokkaa `{ $category }`

## Työpajat

validate-workshop-goal = tavoitteessa on useampi kuin yksi virke
    .hint = kirjoita tavoite yhdeksi virkkeeksi; muut asiat voit kirjoittaa kuvaukseen tai leipätekstiin
validate-participants = kentässä `participants` vähimmäismäärä `min` ({ $min }) on suurempi kuin enimmäismäärä `max` ({ $max })
    .hint = vaihda luvut keskenään
validate-workshop-duration = työpajan kesto `duration_min` on { $duration }, mutta ohjelman (`agenda`) minuutit ovat yhteensä { $sum }
    .hint = merkitse `duration_min: { $sum }` tai korjaa ohjelman minuutit (`minutes`)
validate-clock-time = `{ $time }` ei ole kellonaika
    .hint = kirjoita kellonaika lainausmerkkeihin, esimerkiksi "9.00" tai "13.30"

## Hankkeet ja niiden tulokset

validate-project-dates = hanke päättyy ({ $end }) ennen kuin se alkaa ({ $start })
    .hint = tarkista alkupäivä `start` ja loppupäivä `end`
validate-outcomes-project =
    .hint = lisää rivi `project:` ja sen hankkeen tunniste, jonka lukuja nämä ovat
validate-duplicate-category = luokka `{ $category }` on luettelossa kahdesti
    .hint = anna jokaiselle luokalle oma tunniste (`id`)
validate-outcomes-exceeds = luokassa `{ $category }` on { $count } { $count ->
        [one] henkilö
       *[other] henkilöä
    }, mutta koko joukossa on vain { $population }
    .hint = tarkista luokan ja koko joukon luvut lähteestä
validate-no-such-category = tässä tiedostossa ei ole luokkaa `{ $category }`
validate-outcomes-part = luokka `{ $category }` on luokan `{ $parent }` osa, mutta siinä on enemmän ihmisiä ({ $count }) kuin koko luokassa `{ $parent }` ({ $parent_count })
    .hint = osa ei voi olla suurempi kuin kokonaisuus: tarkista molemmat luvut
validate-outcomes-sum = luokat on merkitty erillisiksi (`overlapping: false`), mutta niiden luvut ovat yhteensä { $sum }, kun koko joukossa on { $population }
    .hint = jos sama ihminen voi kuulua useaan luokkaan, merkitse `overlapping: true`; muuten korjaa luvut

## Sivut ja saavutettavuusseloste

validate-site-language = `{ $lang }` ei ole tämän sivuston kieli
    .hint = käytä kielikoodia fi, sv tai en
validate-not-assessed = saavutettavuusselosteen mukaan sivuston saavutettavuutta ei ole arvioitu (`status: arvioimatta`)
    .hint = arvioi sivusto WCAG 2.1 AA -vaatimusten mukaan ja merkitse sitten kenttään `status` arvo taysin, osittain tai ei (ja puutteet kenttään `gaps`)
validate-a11y-gaps = sivusto ei täytä kaikkia saavutettavuusvaatimuksia, mutta selosteessa ei luetella puutteita (`gaps`)
    .hint = luettele kenttään `gaps:`, mikä ei ole saavutettavaa: kustakin puutteesta WCAG-kriteeri ja kuvaus
validate-a11y-feedback = selosteessa ei kerrota, miten palautetta voi lähettää
    .hint = lisää kenttään `feedback` sähköpostiosoite (`email`) tai palautelomakkeen osoite (`form`)
validate-a11y-supervisor = saavutettavuusselosteessa pitää kertoa valvontaviranomainen, mutta tiedostossa site.yaml ei ole kohtaa `accessibility`
    .hint = lisää tiedostoon site.yaml kohta `accessibility: {"{"}supervisor: {"{"}name: …, url: …{"}"}{"}"}` ja siihen valvontaviranomaisen nimi ja verkko-osoite
validate-a11y-outdated = selostetta on päivitetty viimeksi { $date }, yli 12 kuukautta sitten
    .hint = käy seloste läpi ja merkitse kenttään `updated:` tarkistuspäivä
validate-a11y-missing = sivustolla ei ole saavutettavuusselostetta
    .hint = tee tiedosto content/saavutettavuusseloste.md, jossa on rivi `type: accessibility` (laki 306/2019 vaatii selosteen)

## Kuvat, äänet ja videot

validate-media-path = `{ $file }` osoittaa content/-kansion ulkopuolelle
    .hint = siirrä tiedosto content/-kansioon ja kirjoita sen polku suhteessa tähän tiedostoon, esimerkiksi kuvat/kuva.jpg
validate-media-format = Polku ei tunne tiedoston `{ $file }` muotoa
    .hint = käytä kuvana jpg-, png-, webp-, gif- tai svg-tiedostoa, äänenä mp3-, ogg- tai m4a-tiedostoa ja videona mp4- tai webm-tiedostoa
validate-media-alt = kuvalla `{ $file }` ei ole vaihtoehtoista tekstiä (`alt`)
    .hint = kirjoita kenttään `alt:`, mitä kuvassa näkyy, tai merkitse pelkkä koristekuva rivillä `decorative: true`
validate-media-transcript = äänitiedostolla `{ $file }` ei ole tekstivastinetta (`transcript`)
    .hint = lisää rivi `transcript: "#dialogi"` (tämän sivun väliotsikon ankkuri) tai tekstitiedoston polku (WCAG 1.2.1)
validate-media-captions = videolla `{ $file }` ei ole tekstitystä (`captions`)
    .hint = lisää rivi `captions:` ja sille WebVTT-tekstitystiedoston (.vtt) polku (WCAG 1.2.2)
validate-captions-format = `{ $file }` ei ole WebVTT-tekstitystiedosto
    .hint = tekstityksen pitää olla .vtt-tiedosto
