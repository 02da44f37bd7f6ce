# Sivuston tiedostojen lukeminen: kansiot ja nimet, merkistö, etukenttä, YAML-kirjoitusasu,
# tunnisteet ja osoitteet, viittaukset tiedostosta toiseen, site.yaml ja teema.

## YAML-kirjoitusasu (YAML-SYNTAX)

yaml-open-quote = tässä alkavaa lainausmerkkiä ei ole suljettu
    .hint = lopeta teksti samalla lainausmerkillä (' tai ") tai poista tämä merkki
yaml-open-bracket = tässä alkavaa merkkiä `{ $open }` ei ole suljettu merkillä `{ $close }`
    .hint = lisää `{ $close }` { $what ->
        [list] luettelon
       *[other] kenttien
    } loppuun tai laita lainausmerkit sellaisen tekstin ympärille, jossa on `,` tai `{ $close }`
yaml-no-colon = rivi ei ole muotoa `kenttä: arvo` eikä luettelon kohta, koska kentän nimen perästä puuttuu `:`
    .hint = lisää kentän nimen perään `: `, aloita luettelon kohta merkeillä `- ` tai siirrä teksti edelliselle riville
yaml-duplicate-key = kenttä `{ $key }` on tässä toiseen kertaan
    .hint = jätä kahdesta vain toinen: kentän saa kirjoittaa vain kerran
yaml-tab = rivi on sisennetty sarkaimella (Tab); YAML-tiedostossa sisennetään vain välilyönneillä
    .hint = korvaa sarkain välilyönneillä
yaml-cannot-start = arvo ei voi alkaa merkillä `{ $first }` ilman lainausmerkkejä
    .hint = laita teksti lainausmerkkeihin, esimerkiksi "{ $first }…"
yaml-alias-limit = tässä olevat `*nimi`-viittaukset toistavat ankkureitaan liian monta kertaa (arvot kasvaisivat loputtomasti)
    .hint = kirjoita arvot auki viittausten (`&nimi`, `*nimi`) sijaan
yaml-number-too-large = luku { $number } on liian suuri
    .hint = kirjoita pienempi luku tai laita se lainausmerkkeihin, jos se on tarkoitettu tekstiksi
yaml-other = tiedostoa ei voi lukea YAML-muotoisena: { $detail }
    .hint = tarkista sisennykset ja laita lainausmerkit sellaisen tekstin ympärille, jossa on `: ` tai joka alkaa erikoismerkillä

## Tiedostot ja kansiot (READ, FILE-NAME, SYMLINK, ENCODING, CONTROL-CHAR, FRONT-MATTER)

load-cannot-read = ei voi lukea: { $detail }
load-cannot-read-file = tiedostoa ei voi lukea: { $detail }
load-file-name = tiedoston tai kansion nimessä on merkkejä, jotka eivät ole UTF-8-tekstiä (merkityt kirjaimet), joten Polku ei voi käyttää sitä
    .hint = nimeä se uudelleen tiedostonhallinnassa; käytä kirjaimia, numeroita ja yhdysmerkkejä
load-symlink = tämä on symbolinen linkki (pikakuvake); Polku ei lue linkkejä, joten se jätetään pois sivustolta
    .hint = kopioi linkin paikalle itse tiedosto tai kansio
load-file-missing = tiedostoa `{ $written }` ei ole (etsittiin: content/{ $rel })
    .hint = tarkista kirjoitusasu ja että polku alkaa tämän tiedoston kansiosta
load-through-link = `{ $written }` kulkee symbolisen linkin content/{ $link } kautta, eikä Polku seuraa linkkejä
    .hint = kopioi linkin content/{ $link } paikalle itse tiedosto tai kansio
load-encoding = tiedosto ei ole UTF-8-tekstiä
    .hint = tallenna tiedosto tekstieditorissa UTF-8-muodossa
load-control-char = tiedostossa on { $count ->
        [one] { $count } näkymätön ohjausmerkki
       *[other] { $count } näkymätöntä ohjausmerkkiä
    } (ensimmäinen on { $code }); ne jätettiin pois
    .hint = poista ne tekstieditorissa; niitä tulee usein PDF-tiedostosta tai muusta ohjelmasta kopioidun tekstin mukana
load-front-matter = tässä alkavaa etukenttää (front matter) ei ole suljettu
    .hint = lopeta etukenttä rivillä, jolla on pelkkä `---`

## Tunnisteet, osoitteet ja viittaukset (YAML-SYNTAX, DUPLICATE-ID, URL-CONFLICT, LINK-SCHEME)

model-not-keys = tämän YAML-osan pitää koostua riveistä muotoa `kenttä: arvo`
    .hint = aloita jokainen rivi kentän nimellä, esimerkiksi `title: Kivusta kysyminen`
model-duplicate-id = tunniste `{ $id }` on jo käytössä tiedostossa { $other }
    .hint = anna toiselle tiedostolle toinen tunniste (nimeä tiedosto uudelleen tai kirjoita sille rivi `id:`)
model-url-conflict = tämä sivu julkaistaisiin osoitteessa /{ $url } samoin kuin { $other }
    .hint = nimeä tiedosto uudelleen tai kirjoita sille toinen `id:`
model-link-scheme = linkki `{ $link }` alkaa `{ $scheme }:`, eikä Polku julkaise sellaisia linkkejä
    .hint = linkitä osoitteella, joka alkaa http:, https:, mailto: tai tel:, polulla tästä tiedostosta, #ankkurilla tai @/polulla content/-kansion sisällä
## site.yaml ja teema (INVALID-VALUE, INVALID-ID, THEME, TEMPLATE)

config-base-url = kentässä `base_url` pitää olla koko osoite, ei `{ $base }`
    .hint = kirjoita se muodossa https://example.fi/ tai https://example.fi/materiaalit/
config-invalid-id = `{ $id }` kohdassa `{ $name }` ei kelpaa tunnisteeksi
    .hint = tunnisteessa saa olla vain kirjaimia a–z, numeroita 0–9 ja viivoja -, esimerkiksi `{ $example }`
theme-missing = teemakansiota themes/{ $name }/ ei ole
    .hint = poista rivi `theme:`, niin käytetään oletusteemaa, tai tee kansio
theme-template = { $detail }
    .hint = korjaa sivupohjan kirjoitusasu (ohje: https://keats.github.io/tera/docs/)
theme-ui-string-missing = käyttöliittymän teksti `{ $key }` puuttuu tiedostosta i18n/{ $code }.yaml
translation-language = tiedoston nimessä on kieli ”{ $code }”, mutta sivuston kielet ovat { $languages }
    .hint = jos tämä on käännös, lisää kieli site.yaml-tiedoston `languages`-listaan; muuten nimeä tiedosto ilman pistettä ja kahta kirjainta ennen päätettä
translation-main-language = { $code }
    .hint = ”{ $code }” on sivuston pääkieli: alkuperäinen tiedosto kirjoitetaan ilman kielikoodia, joten poista nimestä ”.{ $code }”
translation-orphan = tämä on käännös tiedostosta { $original }, mutta sitä tiedostoa ei ole
    .hint = käännös kirjoitetaan alkuperäisen viereen samalla nimellä ja kielikoodilla (tietoa.md → tietoa.sv.md); tarkista alkuperäisen nimi tai tee ensin alkuperäinen
translation-field = käännös asettaa kentän `{ $key }` eri arvoon kuin alkuperäinen { $original }
    .hint = `{ $key }` on sama kaikilla kielillä ja tulee alkuperäisestä: poista rivi käännöksestä
translation-stale = alkuperäistä { $original } on päivitetty { $theirs }, käännöstä viimeksi { $mine }
    .hint = tarkista, mitä alkuperäisessä muuttui, korjaa käännös ja päivitä sen `updated`-päivämäärä
