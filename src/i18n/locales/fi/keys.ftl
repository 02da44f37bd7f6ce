# Sisältötiedostojen kenttien kuvaukset `polku schema` -komennon skeemoihin (key-TYYPPI-KENTTÄ, muuten key-KENTTÄ).

## Kaikille sisältötyypeille yhteiset kentät

key-type = Sisältötyyppi. Yleensä tätä ei tarvitse kirjoittaa, koska tyyppi tulee kansion `_index.md`-tiedostosta, esim. `type: lesson`.
key-deck-type = Sisältötyyppi. Tätä ei tarvitse kirjoittaa: `deck.yaml`-niminen tiedosto on aina korttipakka.
key-card-type = Sisältötyyppi. Tätä ei tarvitse kirjoittaa: korttipakan kansion `.md`-tiedostot ovat kortteja.
key-page-type = Sisältötyyppi. Tätä ei yleensä tarvitse kirjoittaa: `.md`-tiedosto on tavallinen sivu, ellei kansion `_index.md` määrää muuta.
key-accessibility-type = Sisältötyyppi. Saavutettavuusselosteessa pakollinen: kirjoita `type: accessibility`.

key-id = Materiaalin tunnus. Yleensä tätä ei kirjoiteta: tunnus on tiedoston nimi ilman päätettä (`kipu.yaml` → `kipu`). Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja.
key-deck-id = Pakan tunnus. Yleensä tätä ei kirjoiteta: tunnus on pakan kansion nimi, esim. `starttipakka`. Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja.

key-title = Otsikko, joka näkyy sivulla, luetteloissa ja haussa. Pakollinen, esim. `title: Tietoa materiaaleista`.
key-lesson-title = Oppitunnin nimi. Pakollinen, esim. `title: Kivusta kysyminen`.
key-term-title = Sanaston sanassa tätä ei tarvita: otsikkona näytetään kentän `term` sana.
key-deck-title = Pakan nimi. Pakollinen, esim. `title: Starttipakka`. Nimi tulostuu myös korttien takapuolelle, ellei `back`-kohdassa ole muuta tekstiä.
key-card-title = Kortin otsikko, joka tulostuu korttiin. Pakollinen, esim. `title: Ammattisanat haltuun`.
key-path-title = Polun otsikko. Pakollinen. Jos otsikossa on kaksoispiste, laita se lainausmerkkeihin, esim. `title: "Aminan polku: kielikoulutuksesta oppisopimukseen"`.
key-workshop-title = Työpajan nimi. Pakollinen, esim. `title: Starttipakka tiimipalaverissa`.
key-project-title = Hankkeessa tätä ei tarvita: otsikkona näytetään hankkeen nimi (`name`).
key-outcomes-title = Tulossivun otsikko. Pakollinen, esim. `title: Mihin SoteStartin asiakkaat siirtyivät`.
key-accessibility-title = Selosteen otsikko. Pakollinen, esim. `title: Saavutettavuusseloste`.

key-description = Lyhyt kuvaus, yksi tai kaksi virkettä ja enintään 300 merkkiä. Näkyy luetteloissa, haun tuloksissa ja hakukoneissa. Jos materiaalista puuttuu kuvaus, Polku antaa varoituksen.
key-term-description = Yleensä tätä ei tarvita: luetteloissa ja haussa näytetään sanan selkokielinen selitys tai selitys. Enintään 300 merkkiä.
key-card-description = Yleensä tätä ei tarvita: luetteloissa ja haussa näytetään kortin ensimmäinen teksti. Enintään 300 merkkiä.
key-project-description = Hankkeen lyhyt kuvaus luetteloihin ja hakuun, enintään 300 merkkiä. Pidempi esittely kirjoitetaan kenttään `summary`.

key-lang = Materiaalin kieli, jos se on muu kuin sivuston oletuskieli, esim. `lang: sv`. Kielen täytyy olla jokin sivuston kielistä (`site.yaml`).
key-register = Tekstin kielen taso, esim. `register: selkokieli`. Arvo `selkea` tarkoittaa selkeää yleiskieltä. Sivulla näytetään tasosta merkki.
key-project = Hankkeen tunnus eli hankkeen tiedoston nimi kansiossa `content/hankkeet` ilman päätettä, esim. `project: sotestartti`. Useamman hankkeen voi kirjoittaa luettelona. Materiaalissa näytetään hankkeen nimi ja rahoitus.
key-project-project = Hankkeen omassa tiedostossa tätä ei tarvita: tiedosto itse on hanke.
key-outcomes-project = Hanke, jonka tuloksia luvut ovat: hankkeen tiedoston nimi kansiossa `content/hankkeet` ilman päätettä, esim. `project: sotestartti`. Pakollinen.
key-themes = Materiaalin teemat luettelona, esim. `themes: [kielitaito, perehdytys]`. Teemat luetellaan sivuston asetustiedostossa `site.yaml`, ja uuden teeman voi lisätä vain sinne.
key-audiences = Kohderyhmät, joille materiaali on tarkoitettu, luettelona, esim. `audiences: [valmentaja, opettaja]`. Kohderyhmät luetellaan sivuston asetustiedostossa `site.yaml`.
key-license = Lisenssi, jolla materiaalia saa käyttää, esim. `license: CC-BY-SA-4.0`. Näkyy sivulla ja PDF-tiedostoissa. Oletus on `CC-BY-4.0`.
key-authors = Tekijät luettelona, esim. `authors: [SoteStartti-hanke]`.
key-date = Julkaisupäivä muodossa VVVV-KK-PP, esim. `date: 2024-05-15`. Sivulla se näkyy suomalaisittain (15.5.2024).
key-updated = Päivityspäivä muodossa VVVV-KK-PP, esim. `updated: 2024-05-15`.
key-draft = Luonnos: `draft: true` tarkoittaa, että materiaalia ei julkaista. Oletus on `false`.
key-keywords = Hakusanat luettelona: synonyymejä ja yhdyssanojen osia, joiden avulla materiaali löytyy haulla, esim. `keywords: [särky, kivunhoito]`.
key-weight = Järjestysnumero, joka määrää paikan osion luettelossa: kokonaisluku, pienin ensin, esim. `weight: 1`.
key-slug = Osoitteen viimeinen osa tunnuksen sijaan: käännöksessä sen omalla kielellä, esim. `slug: about`.
key-lesson-weight = Oppitunneilla tätä ei tarvita: järjestyksen sarjassa määrää `order`.
key-card-weight = Korteilla tätä ei tarvita: järjestyksen pakassa määrää `number`.

## Oppitunti (lesson)

key-lesson-order = Oppitunnin järjestysnumero sarjassa: kokonaisluku, esim. `order: 6`. Pakollinen. Kahdella saman sarjan oppitunnilla ei voi olla samaa numeroa.
key-lesson-level = Oppitunnin kielitaidon taso: alin (`min`) ja ylin (`max`) taso, esim. `level: {"{"}min: A2.2, max: B1.1{"}"}`. Tasot ovat `A1.1`, `A1.2`, `A1.3`, `A2.1`, `A2.2`, `B1.1`, `B1.2`, `B2.1`, `B2.2`, `C1` ja `C2`. Pakollinen.
key-levelrange-min = Alin kielitaidon taso, esim. `min: A2.2`. Pakollinen. Se ei saa olla korkeampi kuin `max`.
key-levelrange-max = Ylin kielitaidon taso, esim. `max: B1.1`. Pakollinen. Jos oppitunti on yhdellä tasolla, kirjoita sama taso kuin kohtaan `min`.
key-situations = Hoitotyön tilanteet, joissa sanaa tarvitaan, luettelona, esim. `situations: [raportti, vuoronvaihto]`. Tilanteet luetellaan sivuston asetustiedostossa `site.yaml`.
key-lesson-situations = Hoitotyön tilanteet, joita oppitunnilla harjoitellaan, luettelona, esim. `situations: [kivun-arviointi, kirjaaminen]`. Pakollinen. Tilanteet luetellaan sivuston asetustiedostossa `site.yaml`.
key-lesson-duration_min = Oppitunnin kesto minuutteina: kokonaisluku väliltä 5–480, esim. `duration_min: 60`. Pakollinen.
key-lesson-goals = Oppitunnin tavoitteet luettelona, 1–5 kappaletta. Jokainen tavoite alkaa sanalla ”Osaat”, esim. `- Osaat kysyä asukkaalta, missä kipu tuntuu.` Pakollinen.
key-vocabulary = Oppitunnin sanat: sanaston sanojen tunnukset eli tiedostojen nimet kansiossa `content/sanasto` ilman päätettä, esim. `vocabulary: [kipu, kipea, sattua]`. Jokaisen sanan täytyy olla sanastossa.
key-phrases = Oppitunnin fraasit luettelona. Jokaisella fraasilla on `fi`, ja lisäksi sillä voi olla `explanation`, `note` ja `audio`.
key-media = Kuvat, äänet ja videot luettelona. Jokaisella on `file`; kuvalla lisäksi `alt` (tai `decorative: true`), äänitteellä `transcript` ja videolla `captions`.
key-coach_notes = Vinkit valmentajalle Markdown-tekstinä. Ne näkyvät verkossa ”Valmentajalle”-kohdan takana, mutta eivät koskaan tule oppijan tulosteisiin. Kirjoita `coach_notes: |` ja sisennetty teksti seuraaville riveille.
key-prerequisites = Oppitunnit, jotka kannattaa käydä ensin: oppituntien tunnukset eli tiedostojen nimet ilman päätettä, esim. `prerequisites: [aamutoimissa-avustaminen]`.

# Fraasi (phrases-luettelon kohta)
key-fi = Fraasi suomeksi, esim. `fi: Näytätkö, mihin kohtaan sattuu?` Pakollinen.
key-phrase-explanation = Mitä fraasi tarkoittaa tai milloin sitä käytetään, esim. `explanation: Pyydät asukasta näyttämään kipeän paikan.`
key-note = Lisähuomio fraasin käytöstä, esim. `note: Lupaa vain sellaista, minkä voit varmasti tehdä.`
key-phrase-audio = Fraasin äänite: tiedoston polku `file` ja tekstivastine `transcript`, esim. `file: aanet/fraasi.mp3` ja `transcript: "#dialogi"`.

# Kuva, ääni tai video (media)
key-file = Tiedoston polku suhteessa tähän sisältötiedostoon, esim. `file: kuvat/kipuasteikko.png`. Pakollinen. Tiedoston täytyy olla `content/`-kansion sisällä.
key-alt = Kuvan tekstivastine: mitä kuvassa näkyy, esim. `alt: Kipuasteikko, jossa numerot nollasta kymmeneen.` Pakollinen kuvalle, ellei se ole pelkkä koristekuva (`decorative: true`).
key-decorative = `decorative: true` merkitsee pelkän koristekuvan, jolle ei tarvita tekstivastinetta (`alt`). Oletus on `false`.
key-transcript = Äänitteen tekstivastine: ankkuri samalla sivulla lainausmerkeissä, esim. `transcript: "#dialogi"`, tai tekstitiedoston polku. Pakollinen äänitteelle.
key-captions = Videon tekstitys WebVTT-tiedostona (`.vtt`), esim. `captions: videot/ensimmainen-paiva.vtt`. Pakollinen videolle.
key-credit = Kuvaajan tai muun tekijän maininta, esim. `credit: "Kuva: Maija Meikäläinen"`.
key-media-license = Tämän tiedoston lisenssi, jos se on eri kuin materiaalin, esim. `license: CC-BY-SA-4.0`.

## Sanaston sana (term)

key-term = Sana sellaisena kuin se näytetään, esim. `term: kipu`. Pakollinen. Sana on myös sanan sivun otsikko.
key-word_class = Sanaluokka, esim. `word_class: substantiivi`. Pakollinen.
key-term-explanation = Sanan selitys yhdellä tai kahdella virkkeellä, esim. `explanation: Epämiellyttävä tunne kehossa.` Pakollinen.
key-plain_explanation = Selkokielinen selitys lyhyin lausein ja tavallisin sanoin, esim. `plain_explanation: Kipu tuntuu pahalta.`
key-inflections = Taivutusmuodot, kukin omalle rivilleen: sijamuodon nimi, kaksoispiste ja muoto, esim. `genetiivi: kivun`. Haku löytää sanan myös näillä muodoilla.
key-examples = Esimerkkilauseet luettelona, 1–3 kappaletta, esim. `- Onko sinulla kipua?`
key-term-translations = Käännökset, kukin omalle rivilleen: kaksikirjaiminen kielikoodi, kaksoispiste ja käännös, esim. `en: pain`. Haku löytää sanan myös käännöksen perusteella.
key-term-audio = Sanan ääntäminen äänitteenä: tiedoston polku `file` ja tekstivastine `transcript`, esim. `file: aanet/kipu.mp3`.
key-term-level = Kielitaidon taso, jolle sana kuuluu, esim. `level: A2.1`.
key-see_also = Liittyvät sanat: sanaston sanojen tunnukset eli tiedostojen nimet kansiossa `content/sanasto` ilman päätettä, esim. `see_also: [kipea, sattua]`. Jokaisen sanan täytyy olla sanastossa.

## Korttipakka (deck)

key-subtitle = Pakan alaotsikko, esim. `subtitle: Oivalluksia sote-alan työn alkuun`.
key-deck-themes = Pakan omat korttiteemat luettelona, 1–8 kappaletta. Jokaisella teemalla on `id`, `name`, `color` ja `icon`, ja lisäksi sillä voi olla `text_color` ja `description`. Pakollinen.
key-card_kind = Korttityyppi, joka määrää korttien tekstit: oivalluskortissa (`insight`) ovat `insight`, `question` ja `try`, kysymyskortissa (`question`) pelkkä `question`, menetelmäkortissa (`method`) `what`, `why`, `when`, `how` ja `tip`, ja vapaassa kortissa (`free`) ei ole valmiita kohtia. Pakollinen.
key-instructions = Käyttöohjeen tiedostonimi pakan kansiossa, esim. `instructions: kayttoohje.md`. Ohjeesta tulee pakan ”näin pelaat” -sivu ja tulostettava ohjearkki.
key-info_card = Tuleeko pakkaan infokortti, jossa ovat hanke, rahoittaja, lisenssi ja sivuston osoite: `true` tai `false`. Oletus on `true`.
key-back = Korttien takapuoli: tyyli `style` ja vapaaehtoinen teksti `text`, esim. `back: {"{"}style: theme-color, text: Starttipakka{"}"}`.
key-print = Tulostusasetukset: tulostusmuodot `formats` ja paperikoko `paper`.
key-hyphenate = Tavutetaanko korttien sanoja rivin lopussa: `when-needed` (oletus) tavuttaa vain sanan, joka ei mahdu omalle rivilleen, `never` ei tavuta koskaan ja `normal` tavuttaa myös, kun rivi jäisi muuten vajaaksi. Selkokielen ohjeiden mukaan suomen oppijalle on helpointa, kun sanoja ei katkaista. Asetus koskee sekä tulostettavia kortteja että verkkosivuja.

# Pakan teema (themes-luettelon kohta)
key-decktheme-id = Teeman tunnus, johon kortit viittaavat kentässä `theme`, esim. `id: perehdytys`. Pakollinen. Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yhdysviivoja.
key-decktheme-name = Teeman nimi, joka näkyy korteissa, esim. `name: Perehdytys`. Pakollinen.
key-color = Teeman väri heksadesimaalimuodossa lainausmerkeissä, esim. `color: "#234B7F"`. Pakollinen. Värin ja tekstin värin kontrastin täytyy olla vähintään 4,5:1.
key-text_color = Tekstin väri teeman värin päällä lainausmerkeissä, esim. `text_color: "#ffffff"`. Oletus on valkoinen.
key-icon = Teeman kuvakkeen polku suhteessa `deck.yaml`-tiedostoon, esim. `icon: ikonit/perehdytys.svg`. Kuvake kannattaa aina lisätä, jotta teeman tunnistaa muustakin kuin väristä.
key-decktheme-description = Teeman lyhyt kuvaus, esim. `description: Hyvän perehdytyksen käytännöt ensimmäisestä päivästä alkaen.`

# Takapuoli (back) ja tulostus (print)
key-style = Takapuolen tyyli: `theme-color` tarkoittaa, että jokaisen kortin takapuoli on sen teeman värinen, ja `shared`, että kaikilla korteilla on sama takapuoli. Pakollinen.
key-text = Takapuolelle tulostuva teksti, esim. `text: Starttipakka`. Oletus on pakan nimi (`title`).
key-formats = Tulostusmuodot, joista tehdään PDF-tiedostot: `a4-9` (yhdeksän korttia A4-arkille), `a4-4` (neljä isokokoista korttia), `fold` (taitettava arkki, kun tulostin ei tulosta kaksipuolisesti) ja `shop` (painotaloa varten). Oletus on `[a4-9, shop]`.
key-paper = Tulosteiden paperikoko. Oletus on `a4`.

## Kortti (card)

key-number = Kortin numero: kokonaisluku, esim. `number: 33`. Pakollinen. Kahdella saman pakan kortilla ei voi olla samaa numeroa, ja kortit ovat numerojärjestyksessä.
key-theme = Kortin teema: jonkin `deck.yaml`-tiedostossa luetellun teeman `id`, esim. `theme: ammatillisuus`. Pakollinen.
key-insight = Oivallus: lyhyt havainto, joka tulostuu korttiin. Pakollinen, kun pakan korttityyppi on `insight`. Kirjoita lyhyesti, jotta teksti mahtuu kortille.
key-question = Kysymys, joka avaa keskustelun ja päättyy kysymysmerkkiin. Pakollinen korttityypeissä `insight` ja `question`. Kirjoita lyhyesti, jotta teksti mahtuu kortille.
key-try = Kokeile: pieni teko, jonka voi tehdä jo seuraavassa työvuorossa. Korttityypissä `insight` vapaaehtoinen. Kirjoita lyhyesti, jotta teksti mahtuu kortille.
key-what = Mitä: mistä menetelmässä on kyse. Pakollinen, kun pakan korttityyppi on `method`. Kirjoita lyhyesti, jotta teksti mahtuu kortille.
key-why = Miksi: miksi menetelmä auttaa. Pakollinen, kun pakan korttityyppi on `method`. Kirjoita lyhyesti, jotta teksti mahtuu kortille.
key-card-when = Milloin: missä tilanteissa menetelmää käytetään. Korttityypissä `method` vapaaehtoinen. Kirjoita lyhyesti, jotta teksti mahtuu kortille.
key-how = Miten: miten menetelmää käytetään. Pakollinen, kun pakan korttityyppi on `method`. Kirjoita lyhyesti, jotta teksti mahtuu kortille.
key-tip = Vinkki menetelmän käyttöön. Korttityypissä `method` vapaaehtoinen. Kirjoita lyhyesti, jotta teksti mahtuu kortille.

## Asiakkaan polku (path)

key-person = Tarinan henkilö: tausta `background` (pakollinen) sekä `name`, `name_changed` ja `age_group`. Pakollinen. Älä koskaan kirjoita oikeaa nimeä tai tietoja, joista ihmisen voisi tunnistaa.
key-fictional = `fictional: true`, jos tarina on kokonaan kuvitteellinen. Oletus on `false`.
key-composite = `composite: true`, jos tarina on koottu usean asiakkaan kokemuksista. Oletus on `false`.
key-consent = Suostumus tarinan julkaisemiseen, esim. `consent: kirjallinen`. Arvoa `ei-tarvita` saa käyttää vain kuvitteellisessa (`fictional: true`) tai usean ihmisen kokemuksista kootussa (`composite: true`) tarinassa. Pakollinen.
key-starting_point = Mistä polku alkoi: henkilön tilanne ennen ensimmäistä vaihetta. Pakollinen. Pitkän tekstin voit jatkaa seuraaville riveille, kun kirjoitat `starting_point: >-`.
key-steps = Polun vaiheet järjestyksessä, vähintään kaksi. Jokaisella vaiheella on `title`, `service` ja `description`, ja lisäksi sillä voi olla `actor`, `duration`, `support`, `quote` ja `waiting`. Pakollinen.
key-outcome = Mihin polku johti: kuvaus `description` (pakollinen) sekä `category` ja `when`. Pakollinen.
key-links = Polkuun liittyvät oppitunnit, kortit, korttipakat ja työpajat: niiden tunnukset eli tiedostojen nimet ilman päätettä, esim. `links: [kivusta-kysyminen, nimetty-ohjaaja]`.

# Henkilö (person)
key-person-name = Henkilön nimi tarinassa. Vapaaehtoinen. Oikeaa nimeä ei saa julkaista: jos tarina perustuu todelliseen ihmiseen, vaihda nimi ja merkitse `name_changed: true`.
key-name_changed = `name_changed: true` kertoo, että henkilön nimi on vaihdettu. Pakollinen, jos tarina ei ole kuvitteellinen ja henkilöllä on nimi. Oletus on `false`.
key-age_group = Ikäryhmä tarkan iän sijaan, lainausmerkeissä, esim. `age_group: "25-34"`.
key-background = Henkilön tausta lyhyesti, ilman tarkkaa ikää, asuinkuntaa tai muita tunnistettavia tietoja. Pakollinen.

# Polun vaihe (steps-luettelon kohta)
key-step-title = Vaiheen nimi, esim. `title: Hoitotyön suomen valmennus`. Pakollinen.
key-service = Vaiheen palvelu sivuston asetustiedoston `site.yaml` palveluluettelosta, esim. `service: kielikoulutus`. Pakollinen.
key-actor = Kuka vaiheessa ohjasi tai auttoi, esim. `actor: SoteStartin valmentaja`.
key-duration = Vaiheen kesto tekstinä, esim. `duration: 3 kk`.
key-step-description = Mitä vaiheessa tapahtui. Pakollinen.
key-support = Millaista tukea henkilö sai vaiheessa, esim. `support: Valmentaja auttoi hankkimaan työtodistukset.`
key-quote = Lainaus, jossa henkilö kertoo vaiheesta omin sanoin, esim. `quote: Kädet muistivat työn, vaikka sanat piti opetella uudelleen.`
key-waiting = `waiting: true` merkitsee odottamisvaiheen, esimerkiksi päätöksen tai koulutuksen alkamisen odottamisen. Oletus on `false`.

# Polun tulos (outcome)
key-outcome-category = Tulosluokka: jonkin hankkeen tulostiedoston (`content/tulokset`) luokan `id`, esim. `category: oppisopimus`.
key-outcome-description = Mihin polku johti, yhdellä tai kahdella virkkeellä, esim. `description: Amina opiskelee lähihoitajaksi oppisopimuksella.` Pakollinen.
key-outcome-when = Milloin tulos saavutettiin, tekstinä, esim. `when: Noin puolen vuoden kuluttua valmennuksen alusta`.

## Työpaja (workshop)

key-goal = Työpajan tavoite yhtenä virkkeenä. Pakollinen. Muut ajatukset voi kirjoittaa leipätekstiin.
key-workshop-audiences = Kenelle työpaja on tarkoitettu: vähintään yksi kohderyhmä sivuston asetustiedostosta `site.yaml`, esim. `audiences: [tyonantaja, tyopaikkaohjaaja]`. Pakollinen.
key-participants = Osallistujamäärä: pienin ja suurin, esim. `participants: {"{"}min: 3, max: 15{"}"}`.
key-minmax-min = Pienin osallistujamäärä: kokonaisluku, esim. `min: 3`. Pakollinen. Se ei saa olla suurempi kuin `max`.
key-minmax-max = Suurin osallistujamäärä: kokonaisluku, esim. `max: 15`. Pakollinen.
key-facilitators = Vetäjien määrä: kokonaisluku, esim. `facilitators: 2`.
key-workshop-duration_min = Työpajan kesto minuutteina: kokonaisluku, esim. `duration_min: 90`. Pakollinen. Keston täytyy olla täsmälleen sama kuin ohjelman (`agenda`) minuuttien summa.
key-modes = Toteutustavat luettelona, esim. `modes: [lahi, eta]`.
key-room = Millainen tila työpajaan tarvitaan, esim. `room: Rauhallinen tila, jossa on pöytäryhmiä.`
key-materials = Työpajassa tarvittavat tarvikkeet luettelona, esim. `- Tarralappuja ja tusseja`.
key-pre_task = Ennakkotehtävä, jonka osallistujat tekevät ennen työpajaa.
key-start_time = Alkamisaika lainausmerkeissä, esim. `start_time: "14.00"`. Ohjelman kellonajat lasketaan sen perusteella. Oletus on `"9.00"`.
key-agenda = Ohjelma luettelona. Jokaisella kohdalla on `minutes`, `title` ja `method`, ja lisäksi sillä voi olla `description` ja `facilitator_notes`. Pakollinen.
key-follow_up = Miten työpajan jälkeen jatketaan: mitä sovitaan tehtäväksi ja milloin asiaan palataan.
key-workshop-feedback = Miten osallistujilta kerätään palautetta, esim. `feedback: Jokainen kirjoittaa lapulle yhden asian, jonka ottaa käyttöön.`
key-uses = Työpajassa käytettävät korttipakat, kortit ja oppitunnit: niiden tunnukset eli tiedostojen nimet ilman päätettä, esim. `uses: [starttipakka, kiitos-kantaa]`. Jokaisen täytyy olla olemassa.

# Ohjelman kohta (agenda-luettelon kohta)
key-minutes = Ohjelman kohdan kesto minuutteina: kokonaisluku, esim. `minutes: 10`. Pakollinen. Kaikkien kohtien minuuttien summan täytyy olla sama kuin työpajan `duration_min`.
key-agendaitem-title = Ohjelman kohdan nimi, esim. `title: Kortin valinta`. Pakollinen.
key-method = Ohjelman kohdan työtapa, esim. `method: pienryhma`. Pakollinen.
key-agendaitem-description = Mitä ohjelman kohdassa tehdään.
key-facilitator_notes = Vinkit vetäjälle tähän ohjelman kohtaan, esim. mihin kannattaa kiinnittää huomiota.

## Hanke (project)

key-project-name = Hankkeen nimi, joka on myös hankkeen sivun otsikko, esim. `name: SoteStartti`. Pakollinen.
key-code = Hankekoodi, esim. `code: S22504`.
key-project-status = Hankkeen tila, esim. `status: kaynnissa`. Pakollinen.
key-start = Hankkeen alkupäivä muodossa VVVV-KK-PP, esim. `start: 2021-09-01`. Pakollinen.
key-end = Hankkeen loppupäivä muodossa VVVV-KK-PP, esim. `end: 2023-10-31`. Pakollinen. Loppupäivä ei voi olla ennen alkupäivää.
key-lead = Päätoteuttaja: nimi `name` sekä vapaaehtoiset lyhenne `short` ja verkko-osoite `url`. Pakollinen.
key-partners = Osatoteuttajat luettelona. Jokaisella on nimi `name` sekä vapaaehtoiset `short` ja `url`.
key-funding = Rahoitus luettelona, vähintään yksi rahoittaja. Jokaisella on `funder`, ja lisäksi sillä voi olla `fund`, `programme`, `period` ja `granted_by`. Pakollinen.
key-regions = Alueet, joilla hanke toimi, luettelona, esim. `- Pohjois-Pohjanmaa`.
key-target_groups = Hankkeen kohderyhmät omin sanoin luettelona, esim. `- sosiaali- ja terveysalan työnantajat`.
key-summary = Hankkeen tiivistelmä: muutaman virkkeen esittely, joka näkyy hankkeen sivun alussa. Pakollinen. Pitkän tekstin voit jatkaa seuraaville riveille, kun kirjoitat `summary: >-`.
key-project-goals = Hankkeen tavoitteet luettelona, yksi tavoite kohtaa kohden.
key-outputs = Hankkeen tuotokset: materiaalien (korttipakkojen, oppituntien, työpajojen, korttien, polkujen tai sanojen) tunnukset, esim. `outputs: [starttipakka, parasta-perehdytysta]`.
key-project-outcomes = Hankkeen tulostiedoston tunnus eli tiedoston nimi kansiossa `content/tulokset` ilman päätettä, esim. `outcomes: sotestartti-loppu`.
key-contact = Yhteystiedot: `name`, `email`, `phone` ja `url`, kaikki vapaaehtoisia.
key-sources = Lähteet verkko-osoitteina luettelona, esim. `- https://www.eura2014.fi/`.

# Organisaatio (lead ja partners)
key-organisation-name = Organisaation nimi, esim. `name: Oulun Diakonissalaitoksen Säätiö sr`. Pakollinen.
key-short = Organisaation lyhenne, esim. `short: ODL`.
key-organisation-url = Organisaation verkkosivun osoite, esim. `url: https://www.odl.fi`.

# Yhteystiedot (contact)
key-contact-name = Yhteyshenkilön tai organisaation nimi.
key-contact-email = Sähköpostiosoite, esim. `email: palaute@example.fi`.
key-phone = Puhelinnumero, esim. `phone: 040 123 4567`.
key-contact-url = Verkkosivun osoite, esim. `url: https://www.odl.fi`.

# Rahoitus (funding-luettelon kohta)
key-funder = Rahoittaja, esim. `funder: Euroopan unioni, Euroopan sosiaalirahasto`. Pakollinen.
key-fund = Rahasto, josta rahoitus tulee: tunnus `esr`, `esr-plus`, `eakr`, `jtf`, `amif` tai `maaseuturahasto` (sivulla näkyy rahaston nimi, esim. ”Euroopan sosiaalirahasto (ESR)”), tai rahaston nimi sellaisenaan.
key-programme = Rahoitusohjelma, esim. `programme: Kestävää kasvua ja työtä 2014–2020`.
key-period = Ohjelmakausi lainausmerkeissä, esim. `period: "2014-2020"`. Kausi määrää, millainen EU-tunnus sivulla näytetään.
key-granted_by = Rahoituksen myöntäjä, esim. `granted_by: Pohjois-Pohjanmaan ELY-keskus`.

## Hankkeen tulokset (outcomes)

key-as_of = Päivä, johon luvut perustuvat, muodossa VVVV-KK-PP, esim. `as_of: 2023-10-31`. Pakollinen.
key-source = Mistä luvut ovat peräisin, esim. `source: SoteStartti-hankkeen loppuraportointi`. Pakollinen.
key-population = Koko joukko: nimi `name` ja lukumäärä `count`, esim. `population: {"{"}name: Hankkeen henkilöasiakkaat, count: 182{"}"}`. Pakollinen.
key-overlapping = `true`, jos sama ihminen voi kuulua useaan luokkaan (lukuja ei silloin lasketa yhteen), tai `false`, jos luokat ovat erillisiä (niiden summan täytyy olla sama kuin koko joukko). Pakollinen.
key-categories = Tulosluokat luettelona. Jokaisella luokalla on `id`, `name` ja `count`, ja lisäksi sillä voi olla `part_of`. Pakollinen.
key-other_figures = Muut luvut luettelona. Jokaisella on `name` ja `count` sekä vapaaehtoinen yksikkö `unit`.

# Koko joukko (population)
key-population-name = Koko joukon nimi, esim. `name: Hankkeen henkilöasiakkaat`. Pakollinen.
key-population-count = Koko joukon koko: kokonaisluku, esim. `count: 182`. Pakollinen.

# Tulosluokka (categories-luettelon kohta)
key-category-id = Luokan tunnus, esim. `id: tyollistyi`. Pakollinen. Asiakkaan polun `category` ja toisen luokan `part_of` viittaavat tähän tunnukseen.
key-category-name = Luokan nimi, joka näkyy taulukossa ja kaaviossa, esim. `name: Työllistyi`. Pakollinen.
key-category-count = Luokkaan kuuluvien määrä: kokonaisluku, esim. `count: 64`. Pakollinen. Luku ei voi olla suurempi kuin koko joukko.
key-part_of = Sen luokan `id`, jonka osa tämä luokka on, esim. `part_of: tyollistyi`. Luokka ei voi olla suurempi kuin luokka, jonka osa se on.

# Muu luku (other_figures-luettelon kohta)
key-figure-name = Luvun nimi, esim. `name: Kehittämistyöhön osallistuneet työnantajat`. Pakollinen.
key-figure-count = Luku: kokonaisluku, esim. `count: 10`. Pakollinen.
key-unit = Yksikkö, joka näytetään luvun perässä, esim. `unit: työnantajaa`.

## Tavallinen sivu (page)

key-menu = Lisää sivun valikkoon: valikko `location` ja paikka `order`, esim. `menu: {"{"}location: footer, order: 4{"}"}`.
key-location = Valikko, johon sivu lisätään: `main` on päävalikko ja `footer` alatunniste. Pakollinen.
key-menuentry-order = Sivun paikka valikossa: kokonaisluku, pienin ensin, esim. `order: 4`. Oletus on 0.
key-page-translations = Saman sivun versiot muilla kielillä, kukin omalle rivilleen: kielikoodi, kaksoispiste ja sivun tunnus, esim. `sv: om-materialet`. Kielikoodi on `fi`, `sv` tai `en`.

## Saavutettavuusseloste (accessibility)

key-scope = Mitä seloste koskee, esim. sivusto ja sivustolta ladattavat PDF-tiedostot. Pakollinen.
key-accessibility-status = Saavutettavuuden tila WCAG 2.1 AA -tason vaatimuksiin nähden: täysin (`taysin`), osittain (`osittain`) tai ei lainkaan (`ei`) vaatimusten mukainen. Arvo `arvioimatta` tarkoittaa, ettei arviota ole vielä tehty, ja siitä tulee varoitus. Pakollinen.
key-gaps = Puutteet luettelona. Jokaisella puutteella on `criterion` ja `description` sekä vapaaehtoinen `fixed_by`. Pakollinen, jos `status` on `osittain` tai `ei`.
key-assessment = Kuka saavutettavuuden arvioi: organisaatio itse (`itsearviointi`) vai ulkopuolinen arvioija. Pakollinen.
key-prepared = Selosteen laatimispäivä muodossa VVVV-KK-PP, esim. `prepared: 2026-11-23`. Pakollinen.
key-accessibility-updated = Päivä, jona seloste viimeksi tarkistettiin, muodossa VVVV-KK-PP, esim. `updated: 2026-11-23`. Tarkista seloste vähintään kerran vuodessa: yli 12 kuukautta vanhasta päivästä tulee varoitus.
key-accessibility-feedback = Palautekanava: sähköpostiosoite `email` tai palautelomakkeen osoite `form`, vähintään toinen. Pakollinen.

# Puute (gaps-luettelon kohta)
key-criterion = WCAG-onnistumiskriteerin numero lainausmerkeissä, esim. `criterion: "1.2.2"`. Pakollinen.
key-gap-description = Mikä puute on ja miten se vaikuttaa käyttäjään. Kerro myös, saako sisällön muulla tavalla. Pakollinen.
key-fixed_by = Päivä, johon mennessä puute korjataan, muodossa VVVV-KK-PP, esim. `fixed_by: 2027-03-31`.

# Palautekanava (feedback)
key-feedback-email = Sähköpostiosoite, johon saavutettavuuspalautteen voi lähettää, esim. `email: saavutettavuus@example.fi`.
key-form = Verkossa olevan palautelomakkeen osoite, esim. `form: https://example.fi/palaute`.
