# Polkun viestit sisällön tekijälle suomeksi. Jokaisen viestin on oltava myös tiedostossa
# en/core.ftl (testi tarkistaa). Koodi (`MISSING-KEY`) on sama kaikilla kielillä, jotta viestiä voi
# hakea.

## Näin ilmoitus tulostuu: `tiedosto:rivi:sarake: virhe[KOODI]: viesti`, sitten `  vihje: …`.

label-error = virhe
label-warning = varoitus
label-hint = vihje

## Ajon viimeiset rivit.

summary = { $errors ->
        [one] 1 virhe
       *[other] { $errors } virhettä
    }, { $warnings ->
        [one] 1 varoitus
       *[other] { $warnings } varoitusta
    }, { $files ->
        [one] 1 tiedostossa
       *[other] { $files } tiedostossa
    }
built = Rakennettiin { $pages ->
        [one] { $pages } sivu
       *[other] { $pages } sivua
    } ({ $files } tiedostoa) kansioon { $output }
built-zip = Koko sivusto ZIP-tiedostona, joka toimii ilman verkkoyhteyttä: { $name } ({ $size }). Pura se kansioon ja avaa index.html.
nothing-written = Mitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.
check-ok = Ei virheitä: { $pages ->
        [one] { $pages } sivu
       *[other] { $pages } sivua
    } voidaan rakentaa
usage-error = virhe: { $message }
new-written = Kirjoitettiin { $path }
init-done = Uusi sivusto luotiin kansioon { $dir }
    Seuraavaksi: cd { $dir } && polku build

## `polku serve`

serve-listening = Sivusto näkyy osoitteessa { $url } (Ctrl-C lopettaa)
serve-stopping = Lopetetaan.
serve-built = Rakennettiin { $ms } ms:ssa: { $rendered }/{ $pages } sivua tehtiin uudelleen, muut ennallaan
serve-failed = Esikatselussa näkyy viimeisin toimiva versio.
serve-exposed = osoitteeseen { $address } pääsee muiltakin koneilta, ja esikatselu on tarkoitettu vain tälle koneelle
    .hint = käytä oletusosoitetta 127.0.0.1 tai valitse --expose, jos haluat silti näyttää esikatselun osoitteessa { $address }
serve-exposed-warning = varoitus: esikatselu näkyy osoitteessa { $address }: kuka tahansa, joka pääsee tähän koneeseen, voi lukea sitä
serve-cannot-start = palvelinta ei voi käynnistää: { $detail }
serve-cannot-listen = osoitetta { $address } ei voi käyttää: { $detail }
    .hint = jokin toinen ohjelma voi käyttää samaa porttia; valitse toinen valinnalla --port
serve-stopped = palvelin pysähtyi: { $detail }
serve-no-ctrl-c = Ctrl-C-näppäilyä ei voi kuunnella: { $detail }
serve-search-failed = virhe: hakuhakemisto: { $detail }
panel-title = Sivustoa ei voitu rakentaa
panel-lead = Alla on viimeisin toimiva versio. Korjaa tiedosto ja tallenna: sivu latautuu itsestään.
panel-close = Sulje

## Sisältötiedostojen kentät (etukenttä ja YAML-tiedostot)

unknown-key = tuntematon kenttä `{ $key }`
missing-key = pakollinen kenttä `{ $key }` puuttuu
    .hint = lisää rivi `{ $key }:` ja sille arvo
missing-key-in = pakollinen kenttä `{ $key }` puuttuu kohdasta `{ $place }`
not-allowed = { $key ->
        [none] `{ $value }` ei käy tämän tiedoston arvoksi
       *[other] `{ $value }` ei käy kentän `{ $key }` arvoksi
    }
too-large = kentän `{ $key }` arvo { $value } on liian suuri luku
    .hint = kirjoita pienempi luku
wrong-kind = { $key ->
        [none] tiedostossa pitää olla { $expected }, nyt siinä on { $found }
       *[other] kentässä `{ $key }` pitää olla { $expected }, nyt siinä on { $found }
    }
    .hint = kirjoita esimerkiksi näin: `{ $example }`
wrong-count = kentässä `{ $key }` on väärä määrä kohtia ({ $detail })
other-problem = `{ $key }`: { $detail }
not-a-date = kentän `{ $key }` arvo `{ $value }` ei ole päivämäärä; kirjoita päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2023-05-15
not-ids = kenttään `{ $key }` pitää kirjoittaa tunniste tai luettelo tunnisteista

## Arvojen lajit, kuten yllä olevat viestit ne nimeävät.

kind-count = kokonaisluku (0 tai suurempi)
kind-integer = kokonaisluku
kind-number = luku
kind-text = tekstiä
kind-boolean = true tai false (kyllä tai ei)
kind-list = luettelo
kind-map = kenttiä arvoineen
kind-empty = tyhjä
found-text = teksti "{ $value }"
found-number = luku { $value }
found-boolean = { $value }
found-list = luettelo
found-map = kenttiä arvoineen
found-empty = tyhjä arvo

## Tarkoititko

did-you-mean = tarkoititko `{ $name }`?
allowed-values = sallitut: { $values }
allowed-many = sallitut: { $values }, … (kaikkiaan { $count })
nothing-to-refer = viitattavaa ei ole vielä

## Pohjateksti

placeholder = pohjatekstiä ei ole korvattu: `{ $text }`
    .hint = kirjoita oikea teksti sen tilalle; `polku check --strict` ei hyväksy sivustoa, ennen kuin kaikki on korvattu
example-address = { $address } on esimerkkiosoite, ei oikea osoite
    .hint = vaihda tilalle hankkeen oikea osoite (esimerkkiosoitteeseen lähetetty viesti ei mene perille); `polku check --strict` ei hyväksy sivustoa, ennen kuin kaikki on vaihdettu

## Sisältötiedoston tyyppi

type-mismatch = { $folder ->
        [none] tiedostossa lukee `type: { $own }`, mutta tämän kansion tiedostot ovat tyyppiä `{ $inherited }`
       *[other] tiedostossa lukee `type: { $own }`, mutta { $folder } tekee kansion tiedostoista tyyppiä `{ $inherited }`
    }
    .hint = siirrä tiedosto oman tyyppinsä kansioon tai poista siitä rivi `type:`
missing-type = Polku ei tiedä, millaista sisältöä tiedosto on
    .hint = lisää rivi `type:` ja jokin näistä: { $types }; tai kirjoita `type:` kansion tiedostoon _index.md
invalid-id = `{ $id }` ei kelpaa tunnisteeksi (id)
    .hint = tunnisteessa saa olla vain kirjaimia a–z, numeroita 0–9 ja viivoja -, esimerkiksi `{ $example }`

shape =
    .hint = kentän muoto on kuvattu oppaassa Näin lisäät materiaalia ja sisältömallissa (docs/content-model.md)
missing-title =
    .hint = lisää rivi `title:` ja sille sivulla näkyvä otsikko