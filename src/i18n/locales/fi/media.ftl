# Kuvien (src/images/) ja tulostettavien korttipakkojen (src/deck/) viestit suomeksi.
# Jokaisen viestin on oltava myös tiedostossa en/media.ftl (testi tarkistaa).

## Kuvat, joita ei voi julkaista

images-format = Polku ei osaa lukea kuvan `{ $path }` tiedostomuotoa
    .hint = tallenna kuva JPEG-muotoon (valokuvat), PNG-muotoon (piirrokset) tai WebP-, GIF- tai SVG-muotoon
images-not-a-picture = `{ $path }` ei ole { $format }-kuva: Polku ei tunnista, mikä tiedosto on
images-mismatch = `{ $path }` on nimen mukaan { $named }-kuva, mutta oikeasti se on { $found }-kuva
    .hint = muuta tiedostonimen pääte muotoon .{ $extension } tai tallenna kuva { $named }-muotoon
images-broken = kuvaa `{ $path }` ei voi lukea: tiedosto on vioittunut tai katkennut ({ $reason })
images-resave =
    .hint = avaa kuva kuvankäsittelyohjelmassa ja tallenna se uudelleen tai vaihda tilalle toinen kuva
images-too-large = kuva `{ $path }` on { $width } × { $height } pikseliä, enemmän kuin Polku lukee (50 megapikseliä)
    .hint = pienennä kuvaa kuvankäsittelyohjelmassa; verkkosivulle riittää noin 3000 pikselin leveys
images-svg-unsafe = kuvaa `{ $path }` ei julkaista, koska { $reason }
    .hint = tallenna kuva uudelleen ilman skriptejä ja linkkejä muihin tiedostoihin, esimerkiksi Inkscapen ”Optimoitu SVG” -muodossa

## Miksi kuvaa ei voi lukea (IMAGE-BROKEN)

images-cut-short = tiedosto loppuu ennen kuin kuva on kokonainen
images-does-not-decode = kuvan sisältöä ei saa luettua
images-too-much-memory = kuva tarvitsee enemmän muistia kuin Polku antaa yhdelle kuvalle
images-unsupported = kuvassa on tiedostomuodon ominaisuus, jota Polku ei osaa lukea
images-copies-failed = kuvasta ei saatu tehtyä pienempiä kopioita

## Mikä tekee SVG-kuvasta vaarallisen (SVG-UNSAFE)

images-svg-not-text = se ei ole tekstiä
images-svg-invalid = se ei ole kelvollinen SVG-kuva: { $detail }
images-svg-not-svg = se ei ole SVG-kuva
images-svg-element = siinä on merkintä <{ $name }>
images-svg-handler = sen merkinnässä <{ $name }> on tapahtumankäsittelijä (`{ $attribute }`)
images-svg-outside = se viittaa itsensä ulkopuolelle: `{ $target }`
images-svg-style-attribute = sen merkinnän <{ $name }> tyyli viittaa kuvan ulkopuoliseen tiedostoon
images-svg-style-element = sen <style>-osa viittaa kuvan ulkopuoliseen tiedostoon

## Tulostettavat korttipakat

deck-no-fonts = ulkoasusta puuttuvat korttipakkojen fontit fonts/NotoSans-Regular.ttf ja NotoSans-Bold.ttf
deck-overflow = kortin ”{ $card }” teksti ei mahdu tulostusmuotoon { $format }: kenttä `{ $slot }` menee { $mm_comma } mm kortin alareunan yli
    .hint = lyhennä kortin tekstejä noin { $cut } merkillä tai poista { $format } pakan `print.formats`-listasta
deck-full = kortti ”{ $card }” on { $percent } % täynnä tulostusmuodossa { $format }
    .hint = näin täyttä korttia on vaikea lukea; lyhennä kortin tekstejä, jos voit

## Merkit, joita korttien fontissa ei ole (CARD-GLYPH)

deck-glyph = { $place } on merkki { $character }, jota korttien fontilla ei voi tulostaa
    .hint = poista merkki tekstistä; jos merkki on tarpeen, käytä ulkoasua (`theme`), jonka korttifontissa merkki on
deck-private-use = { $code } (yksityiskäyttöinen merkki)
deck-unnamed = { $code } (merkki, jolla ei ole Unicode-nimeä)

## Missä tulostuva teksti on kirjoitettu, kuten CARD-GLYPH-viesti sen kertoo

deck-in-card = kortin ”{ $card }” kentässä `{ $key }`
deck-in-deck-theme = pakan teeman `{ $theme }` nimessä
deck-in-deck-title = pakan otsikossa (`title`)
deck-in-back-text = korttien taustapuolen tekstissä (`back.text`)
deck-in-instructions = pakan käyttöohjeessa
deck-in-project = hankkeen `{ $project }` kentässä `{ $key }`
deck-in-base-url = sivuston osoitteessa (`base_url`)
deck-in-theme-words = ulkoasun valmiissa teksteissä ({ $what })
deck-words-slot = kentän `{ $key }` otsikko
deck-words-info-title = infokortin otsikko
deck-words-emblem = EU-tunnuksen teksti
deck-words-info-slot = infokortin kohta `{ $key }`

## PDF-tiedostot, joita ei saatu tehtyä (PDF)

deck-pdf-settings = krilla-kirjasto ei hyväksy PDF-tiedoston asetuksia (PDF/UA-1)
deck-pdf-page-size = jollakin sivulla ei ole kokoa
deck-pdf-not-written = korttipakan PDF-tiedostoa ei saatu tehtyä: { $detail }
deck-pdf-font-embedding = korttien fonttia ei voitu liittää PDF-tiedostoon ({ $detail })
deck-pdf-too-large = tiedosto on liian suuri PDF-versiolleen: { $detail }
deck-pdf-other = krilla-kirjasto ei saanut koottua piirrosta
deck-pdf-no-glyph = korttien fontissa ei ole merkkiä tekstille { $characters } (poista se tai käytä ulkoasua, jonka korttifontissa merkki on)
deck-pdf-inaccessible-character = merkkiä { $character } ei voi tulostaa saavutettavaan PDF-tiedostoon
deck-pdf-no-character = korttien fontissa on merkki, joka ei vastaa mitään tekstin merkkiä
deck-pdf-licence = korttien fontin lisenssi ei salli sen liittämistä PDF-tiedostoon
deck-pdf-text-too-long = jokin teksti on pidempi kuin PDF-tiedostossa saa olla
deck-pdf-no-title = PDF-tiedostolla ei ole otsikkoa
deck-pdf-no-language = PDF-tiedostolla ei ole kieltä
deck-pdf-no-alt-text = kuvalla ei ole tekstivastinetta
deck-pdf-heading-no-title = otsikolla ei ole tekstiä
deck-pdf-rule = PDF-tiedosto rikkoo saavutettavan PDF:n sääntöä (PDF/UA-1), jonka krilla tarkistaa
