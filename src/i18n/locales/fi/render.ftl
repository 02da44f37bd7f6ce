# Sivujen tekemisen (src/render/) ja `polku check` -komennon (src/check/) viestit suomeksi.
# Jokaisen viestin on oltava myös tiedostossa en/render.ftl (testi tarkistaa).

## Linkit Markdown-tekstissä (`@/polku`, sisällön vieressä olevat tiedostot)

render-link-missing-file = linkki `{ $link }` osoittaa tiedostoon, jota ei ole
    .hint = { $near ->
        [none] kirjoita `@/` ja sen perään tiedoston polku `content/`-kansion sisällä, esimerkiksi `@/sanasto/kipu.yaml`
       *[other] kirjoita `@/` ja sen perään tiedoston polku `content/`-kansion sisällä; tarkoititko `@/{ $near }`?
    }
render-link-without-at = linkki `{ $link }` osoittaa sisältötiedostoon, mutta sen alusta puuttuu `@/`
    .hint = kirjoita linkkiin `@/` ja sen perään tiedoston polku `content/`-kansion sisällä, esimerkiksi `@/{ $path }`
render-media-outside = `{ $path }` osoittaa `content/`-kansion ulkopuolelle
    .hint = siirrä tiedosto `content/`-kansioon ja kirjoita polku suhteessa tähän tiedostoon

## Ankkurit (`#dialogi`)

render-broken-anchor = sivulla /{ $page } ei ole väliotsikkoa, jonka ankkuri on `#{ $anchor }`

## Kuvat Markdown-tekstissä

render-picture-alt = kuvalla `{ $path }` ei ole tekstivastinetta
    .hint = kirjoita hakasulkeisiin, mitä kuvassa näkyy: `![Hoitaja auttaa asukasta](kuva.jpg)`

## HTML-merkinnät Markdown-tekstissä (RAW-HTML)

render-html-unclosed-tag = poistettiin HTML-merkintä `<{ $name }>` ja kaikki sen jälkeinen teksti, koska merkinnästä puuttuu `>`
render-html-no-end-tag = poistettiin HTML-merkintä `<{ $name }>` ja kaikki sen jälkeinen teksti, koska merkinnällä ei ole loppumerkintää `</{ $name }>`
render-html-removed-with-content = poistettiin HTML-merkintä `<{ $name }>` ja kaikki sen sisältö
render-html-removed-empty = poistettiin HTML-merkintä `<{ $name }>`
render-html-removed-keeps-text = poistettiin HTML-merkintä `<{ $name }>`; sen sisällä ollut teksti jäi sivulle
render-html-attribute-removed = poistettiin HTML-merkinnän `<{ $name }>` määrite `{ $attribute }`
render-html =
    .hint = kirjoita sama asia Markdownina tai lisää `site.yaml`-tiedostoon `markdown: {"{"}unsafe_html: true{"}"}`, jos luotat kaikkiin sivuston kirjoittajiin
render-html-picture =
    .hint = lisää kuva Markdownina: `![Mitä kuvassa näkyy](kuva.jpg)`; silloin Polku tekee kuvasta myös pienemmät versiot
render-html-heading =
    .hint = kirjoita väliotsikko Markdownina (`## Otsikko`); silloin se saa myös ankkurin

## Harjoitukset (```exercise-lohkot)

render-exercise-kind =
    .hint = `kind` on jokin näistä: match, gap, choice, truefalse, write
render-exercise-gaps = aukkotehtävässä on { $gaps ->
        [one] 1 aukko
       *[other] { $gaps } aukkoa
    } (`___`), mutta { $answers ->
        [one] 1 vastaus
       *[other] { $answers } vastausta
    }
    .hint = kirjoita jokaista `___`-aukkoa kohden yksi vastaus samassa järjestyksessä
render-exercise-options = monivalintatehtävässä pitää olla vähintään 2 vaihtoehtoa
    .hint = lisää vaihtoehtoja kenttään `options`
render-exercise-correct = kentässä `correct` on { $correct }, mutta vaihtoehtojen numerot ovat 1–{ $options }
    .hint = kirjoita oikean vaihtoehdon numero; ensimmäinen vaihtoehto on 1
render-exercise-pairs = yhdistämistehtävässä pitää olla vähintään 2 paria
    .hint = lisää pareja muodossa `- [sana, selitys]`
render-exercise-statements = oikein vai väärin -tehtävässä pitää olla vähintään 1 väite
    .hint = lisää väite muodossa `- {"{"}text: …, correct: true{"}"}`
render-exercise-in-section = harjoitukset kuuluvat oppitunteihin, eivät osioiden luettelosivuille

## Sivupohjat (TEMPLATE)

render-template = sivun /{ $page } sivupohjassa on virhe: { $detail }
    .hint = korjaa sivupohja tai lisää puuttuva käyttöliittymän teksti ulkoasun käännöstiedostoihin; jos et ole muokannut sivupohjia, lähetä koko virheilmoitus sivuston tekniselle ylläpitäjälle

## `polku check`: valmiiden sivujen linkit

check-broken-link = { $kind ->
        [outside] linkki `{ $link }` vie pois sivuston osoitteesta { $root }
       *[nowhere] linkki `{ $link }` ei vie millekään sivuston sivulle eikä mihinkään sivuston tiedostoon
    }
check-broken-anchor = linkissä `{ $link }` on ankkuri, jota kohdesivulla ei ole
    .hint = tarkista kohdesivun väliotsikoiden ankkurit
check-link-in-text =
    .hint = korjaa osoite tekstissä tai tee sivu, johon linkki vie
check-link-outside-template =
    .hint = sivuston omien linkkien pitää alkaa sivuston osoitteen polulla; tarkista sivupohja, joka tekee tämän sivun
check-link-template =
    .hint = tarkista sivupohja, joka tekee tämän sivun
check-orphan = mikään sivuston valikko, listaus tai linkki ei johda tälle sivulle
    .hint = lisää sivulle linkki toiselta sivulta, osion listauksesta tai valikosta (`site.yaml`)

## `polku check --external`: linkit muille sivustoille

check-external-checked = Tarkistettiin { $links ->
        [one] 1 ulkoinen linkki
       *[other] { $links } ulkoista linkkiä
    } { $hosts ->
        [one] 1 palvelimelta
       *[other] { $hosts } palvelimelta
    } (näistä { $cached } oli tarkistettu jo aiemmin)
check-external-cache-unwritten = tiedostoon { $path } ei voitu kirjoittaa: { $detail }
check-external-limited = linkki `{ $link }` { $why }{ $also }
    .hint = palvelin ei antanut tarkistaa linkkiä; avaa linkki selaimessa ja varmista, että sivu aukeaa
check-external-broken = linkki `{ $link }` { $why }{ $also }
    .hint = avaa linkki selaimessa: jos sivu on siirtynyt, vaihda linkkiin uusi osoite, ja jos sivu on poistettu, poista linkki; jos sivusto on vain hetken poissa käytöstä, tarkista myöhemmin uudelleen
check-also-on-one = (myös sivulla { $page })
check-also-on-few = (myös sivuilla { $pages } ja { $last })
check-also-on-many = (myös sivuilla { $pages } ja { $others ->
        [one] 1 muulla sivulla
       *[other] { $others } muulla sivulla
    })
check-answers = antaa vastauksen { $status }
check-answers-words = antaa vastauksen { $status } { $words }
check-unreachable = ei avaudu: { $reason }
check-host-not-found = palvelimen nimeä ei löytynyt
check-no-answer = vastausta ei tullut { $seconds } sekunnissa
check-connection-refused = palvelin torjui yhteyden
check-connection-failed = yhteys epäonnistui ({ $detail })
check-too-many-redirects = osoite ohjaa eteenpäin liian monta kertaa
check-invalid-address = osoite ei ole kelvollinen
check-tls-failed = suojattu yhteys (TLS) epäonnistui ({ $detail })
