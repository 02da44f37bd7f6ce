# Descriptions of the keys of content files, for the schemas of `polku schema` (key-TYPE-KEY, else key-KEY).

## Keys every content type shares

key-type = Content type. Usually you need not write it: the type comes from the folder's `_index.md` file, e.g. `type: lesson`.
key-deck-type = Content type. You need not write it: a file named `deck.yaml` is always a card deck.
key-card-type = Content type. You need not write it: the `.md` files in a deck's folder are cards.
key-page-type = Content type. Usually you need not write it: an `.md` file is a plain page unless the folder's `_index.md` says otherwise.
key-accessibility-type = Content type. Required in the accessibility statement: write `type: accessibility`.

key-id = The material's id. Usually not written: the id is the file's name without its extension (`kipu.yaml` → `kipu`). Only lowercase letters a–z, digits and hyphens.
key-deck-id = The deck's id. Usually not written: the id is the name of the deck's folder, e.g. `starttipakka`. Only lowercase letters a–z, digits and hyphens.

key-title = Title, shown on the page, in listings and in search. Required, e.g. `title: Tietoa materiaaleista`.
key-lesson-title = The lesson's name. Required, e.g. `title: Kivusta kysyminen`.
key-term-title = Not needed in a glossary term: its title is the word in `term`.
key-deck-title = The deck's name. Required, e.g. `title: Starttipakka`. It is also printed on the backs of the cards unless `back` gives another text.
key-card-title = The card's title, printed on the card. Required, e.g. `title: Ammattisanat haltuun`.
key-path-title = The path story's title. Required. If it contains a colon, put it in quotes, e.g. `title: "Aminan polku: kielikoulutuksesta oppisopimukseen"`.
key-workshop-title = The workshop's name. Required, e.g. `title: Starttipakka tiimipalaverissa`.
key-project-title = Not needed in a project: its title is the project's `name`.
key-outcomes-title = Title of the results page. Required, e.g. `title: Mihin SoteStartin asiakkaat siirtyivät`.
key-accessibility-title = The statement's title. Required, e.g. `title: Saavutettavuusseloste`.

key-description = Short description: one or two sentences, at most 300 characters. Shown in listings, search results and search engines. Polku warns when a material has none.
key-term-description = Usually not needed: listings and search show the term's plain-language explanation or its explanation. At most 300 characters.
key-card-description = Usually not needed: listings and search show the card's first text. At most 300 characters.
key-project-description = Short description of the project for listings and search, at most 300 characters. The longer introduction goes in `summary`.

key-lang = Language of the material if it is not the site's default language, e.g. `lang: sv`. It must be one of the site's languages (`site.yaml`).
key-register = Language register of the text, e.g. `register: selkokieli` (easy-to-read Finnish). `selkea` means clear standard language. The page shows a badge for it.
key-project = The project's id: the name of its file in `content/hankkeet` without the extension, e.g. `project: sotestartti`. Several projects can be written as a list. The material shows the project's name and funding.
key-project-project = Not needed in a project's own file: the file is the project.
key-outcomes-project = The project whose results these figures are: the name of its file in `content/hankkeet` without the extension, e.g. `project: sotestartti`. Required.
key-themes = The material's themes as a list, e.g. `themes: [kielitaito, perehdytys]`. Themes are listed in the site's settings file `site.yaml`; a new theme can only be added there.
key-audiences = Audiences the material is meant for, as a list, e.g. `audiences: [valmentaja, opettaja]`. Audiences are listed in the site's settings file `site.yaml`.
key-license = Licence under which the material may be used, e.g. `license: CC-BY-SA-4.0`. Shown on the page and in PDFs. The default is `CC-BY-4.0`.
key-authors = Authors as a list, e.g. `authors: [SoteStartti-hanke]`.
key-date = Publication date as YYYY-MM-DD, e.g. `date: 2024-05-15`. The page shows it the Finnish way (15.5.2024).
key-updated = Date of the last update as YYYY-MM-DD, e.g. `updated: 2024-05-15`.
key-draft = Draft: `draft: true` means the material is not published. The default is `false`.
key-keywords = Search words as a list: synonyms and parts of compound words that help search find the material, e.g. `keywords: [särky, kivunhoito]`.
key-weight = Ordering number that sets the place in the section's listing: a whole number, smallest first, e.g. `weight: 1`.
key-slug = The last part of the page's address, in place of its id: in a translation its own words, e.g. `slug: about`.
key-lesson-weight = Not needed for lessons: `order` sets their place in the series.
key-card-weight = Not needed for cards: `number` sets their place in the deck.

## Lesson

key-lesson-order = The lesson's number in its series: a whole number, e.g. `order: 6`. Required. Two lessons of the same series cannot have the same number.
key-lesson-level = The lesson's language level: lowest (`min`) and highest (`max`) level, e.g. `level: {"{"}min: A2.2, max: B1.1{"}"}`. The levels are `A1.1`, `A1.2`, `A1.3`, `A2.1`, `A2.2`, `B1.1`, `B1.2`, `B2.1`, `B2.2`, `C1` and `C2`. Required.
key-levelrange-min = Lowest language level, e.g. `min: A2.2`. Required. It may not be higher than `max`.
key-levelrange-max = Highest language level, e.g. `max: B1.1`. Required. For a lesson on one level, write the same level as in `min`.
key-situations = Care situations in which the word is needed, as a list, e.g. `situations: [raportti, vuoronvaihto]`. Situations are listed in the site's settings file `site.yaml`.
key-lesson-situations = Care situations the lesson practises, as a list, e.g. `situations: [kivun-arviointi, kirjaaminen]`. Required. Situations are listed in the site's settings file `site.yaml`.
key-lesson-duration_min = The lesson's duration in minutes: a whole number from 5 to 480, e.g. `duration_min: 60`. Required.
key-lesson-goals = The lesson's goals as a list, 1–5 of them. Each goal begins with “Osaat”, e.g. `- Osaat kysyä asukkaalta, missä kipu tuntuu.` Required.
key-vocabulary = The lesson's words: ids of glossary terms, i.e. the names of their files in `content/sanasto` without the extension, e.g. `vocabulary: [kipu, kipea, sattua]`. Every word must exist in the glossary.
key-phrases = The lesson's phrases as a list. Each phrase has `fi`, and may also have `explanation`, `note` and `audio`.
key-media = Pictures, sounds and videos as a list. Each has `file`; a picture also needs `alt` (or `decorative: true`), a sound `transcript` and a video `captions`.
key-coach_notes = Tips for the coach, as Markdown. On the web they are behind a “Valmentajalle” disclosure, and they never appear on learners' printouts. Write `coach_notes: |` and the text indented on the following lines.
key-prerequisites = Lessons worth taking first: lesson ids, i.e. their file names without the extension, e.g. `prerequisites: [aamutoimissa-avustaminen]`.

# Phrase (an item of phrases)
key-fi = The phrase in Finnish, e.g. `fi: Näytätkö, mihin kohtaan sattuu?` Required.
key-phrase-explanation = What the phrase means or when it is used, e.g. `explanation: Pyydät asukasta näyttämään kipeän paikan.`
key-note = An extra note on using the phrase, e.g. `note: Lupaa vain sellaista, minkä voit varmasti tehdä.`
key-phrase-audio = A recording of the phrase: the file's path `file` and its text alternative `transcript`, e.g. `file: aanet/fraasi.mp3` and `transcript: "#dialogi"`.

# Picture, sound or video (media)
key-file = Path of the file relative to this content file, e.g. `file: kuvat/kipuasteikko.png`. Required. The file must be inside the `content/` folder.
key-alt = Text alternative of a picture: what it shows, e.g. `alt: Kipuasteikko, jossa numerot nollasta kymmeneen.` Required for pictures unless the picture is only decorative (`decorative: true`).
key-decorative = `decorative: true` marks a purely decorative picture that needs no text alternative (`alt`). The default is `false`.
key-transcript = Text alternative of a recording: an anchor on the same page in quotes, e.g. `transcript: "#dialogi"`, or the path of a text file. Required for recordings.
key-captions = Captions of a video as a WebVTT file (`.vtt`), e.g. `captions: videot/ensimmainen-paiva.vtt`. Required for videos.
key-credit = Credit for the photographer or other maker, e.g. `credit: "Kuva: Maija Meikäläinen"`.
key-media-license = Licence of this file if it differs from the material's, e.g. `license: CC-BY-SA-4.0`.

## Glossary term

key-term = The word as it is shown, e.g. `term: kipu`. Required. It is also the title of the term's page.
key-word_class = Word class, e.g. `word_class: substantiivi`. Required.
key-term-explanation = Explanation of the word in one or two sentences, e.g. `explanation: Epämiellyttävä tunne kehossa.` Required.
key-plain_explanation = Explanation in easy-to-read Finnish, with short sentences and common words, e.g. `plain_explanation: Kipu tuntuu pahalta.`
key-inflections = Inflected forms, one per line: the name of the case, a colon and the form, e.g. `genetiivi: kivun`. Search also finds the word by these forms.
key-examples = Example sentences as a list, 1–3 of them, e.g. `- Onko sinulla kipua?`
key-term-translations = Translations, one per line: a two-letter language code, a colon and the translation, e.g. `en: pain`. Search also finds the word by its translations.
key-term-audio = The word's pronunciation as a recording: the file's path `file` and its text alternative `transcript`, e.g. `file: aanet/kipu.mp3`.
key-term-level = Language level the word belongs to, e.g. `level: A2.1`.
key-see_also = Related words: ids of glossary terms, i.e. the names of their files in `content/sanasto` without the extension, e.g. `see_also: [kipea, sattua]`. Every word must exist in the glossary.

## Card deck

key-subtitle = The deck's subtitle, e.g. `subtitle: Oivalluksia sote-alan työn alkuun`.
key-deck-themes = The deck's own card themes as a list, 1–8 of them. Each theme has `id`, `name`, `color` and `icon`, and may also have `text_color` and `description`. Required.
key-card_kind = Card kind, which sets the texts of the cards: an insight card (`insight`) has `insight`, `question` and `try`, a question card (`question`) only `question`, a method card (`method`) `what`, `why`, `when`, `how` and `tip`, and a free card (`free`) no set parts. Required.
key-instructions = File name of the instructions in the deck's folder, e.g. `instructions: kayttoohje.md`. They become the deck's “how to play” page and the printed instruction sheet.
key-info_card = Whether the deck gets an info card with the project, funder, licence and site address: `true` or `false`. The default is `true`.
key-back = Backs of the cards: style `style` and optional text `text`, e.g. `back: {"{"}style: theme-color, text: Starttipakka{"}"}`.
key-print = Print settings: print formats `formats` and paper size `paper`.
key-hyphenate = Whether the cards' words are hyphenated at a line's end: `when-needed` (the default) breaks only a word that cannot fit on a line of its own, `never` never hyphenates and `normal` also hyphenates where a line would otherwise stay short. Plain-language guidance says learners of Finnish read unbroken words most easily. The setting applies to the printed cards and to the web pages.

# Deck theme (an item of themes)
key-decktheme-id = The theme's id, which cards name in `theme`, e.g. `id: perehdytys`. Required. Only lowercase letters a–z, digits and hyphens.
key-decktheme-name = The theme's name, shown on the cards, e.g. `name: Perehdytys`. Required.
key-color = The theme's colour as a hex code in quotes, e.g. `color: "#234B7F"`. Required. The contrast between it and the text colour must be at least 4.5:1.
key-text_color = Colour of text on the theme colour, in quotes, e.g. `text_color: "#ffffff"`. The default is white.
key-icon = Path of the theme's icon relative to `deck.yaml`, e.g. `icon: ikonit/perehdytys.svg`. Always add one, so that the theme is recognised by more than its colour.
key-decktheme-description = Short description of the theme, e.g. `description: Hyvän perehdytyksen käytännöt ensimmäisestä päivästä alkaen.`

# Card back (back) and printing (print)
key-style = Style of the backs: `theme-color` gives each card a back in its theme's colour, `shared` gives all cards the same back. Required.
key-text = Text printed on the backs, e.g. `text: Starttipakka`. The default is the deck's name (`title`).
key-formats = Print formats made as PDFs: `a4-9` (nine cards per A4 sheet), `a4-4` (four large cards), `fold` (a sheet to fold, for printers without duplex) and `shop` (for a print shop). The default is `[a4-9, shop]`.
key-paper = Paper size of the printouts. The default is `a4`.

## Card

key-number = The card's number: a whole number, e.g. `number: 33`. Required. Two cards of the same deck cannot have the same number, and cards are in number order.
key-theme = The card's theme: the `id` of one of the themes listed in `deck.yaml`, e.g. `theme: ammatillisuus`. Required.
key-insight = Insight: a short observation printed on the card. Required when the deck's card kind is `insight`. Keep it short so that it fits on the card.
key-question = A question that opens the conversation and ends in a question mark. Required for the card kinds `insight` and `question`. Keep it short so that it fits on the card.
key-try = Try: a small thing to do as soon as the next shift. Optional for the card kind `insight`. Keep it short so that it fits on the card.
key-what = What: what the method is. Required when the deck's card kind is `method`. Keep it short so that it fits on the card.
key-why = Why: why the method helps. Required when the deck's card kind is `method`. Keep it short so that it fits on the card.
key-card-when = When: in which situations the method is used. Optional for the card kind `method`. Keep it short so that it fits on the card.
key-how = How: how the method is used. Required when the deck's card kind is `method`. Keep it short so that it fits on the card.
key-tip = A tip for using the method. Optional for the card kind `method`. Keep it short so that it fits on the card.

## Path story

key-person = The person in the story: background `background` (required) and `name`, `name_changed` and `age_group`. Required. Never write a real name or details by which the person could be recognised.
key-fictional = `fictional: true` if the story is entirely invented. The default is `false`.
key-composite = `composite: true` if the story is put together from the experiences of several clients. The default is `false`.
key-consent = Consent to publish the story, e.g. `consent: kirjallinen` (written). `ei-tarvita` (not needed) may only be used for an invented (`fictional: true`) or composite (`composite: true`) story. Required.
key-starting_point = Where the path began: the person's situation before the first step. Required. A long text can continue on the following lines when you write `starting_point: >-`.
key-steps = The steps of the path in order, at least two. Each step has `title`, `service` and `description`, and may also have `actor`, `duration`, `support`, `quote` and `waiting`. Required.
key-outcome = Where the path led: description `description` (required) and `category` and `when`. Required.
key-links = Lessons, cards, decks and workshops related to the path: their ids, i.e. file names without the extension, e.g. `links: [kivusta-kysyminen, nimetty-ohjaaja]`.

# Person
key-person-name = The person's name in the story. Optional. A real name may never be published: if the story is based on a real person, change the name and mark `name_changed: true`.
key-name_changed = `name_changed: true` says that the person's name has been changed. Required when the story is not fictional and the person has a name. The default is `false`.
key-age_group = Age group instead of an exact age, in quotes, e.g. `age_group: "25-34"`.
key-background = The person's background in brief, without exact age, home town or other identifying details. Required.

# Step of a path (an item of steps)
key-step-title = Name of the step, e.g. `title: Hoitotyön suomen valmennus`. Required.
key-service = The step's service from the list of services in the site's settings file `site.yaml`, e.g. `service: kielikoulutus`. Required.
key-actor = Who guided or helped in the step, e.g. `actor: SoteStartin valmentaja`.
key-duration = Duration of the step as text, e.g. `duration: 3 kk`.
key-step-description = What happened in the step. Required.
key-support = What support the person got in the step, e.g. `support: Valmentaja auttoi hankkimaan työtodistukset.`
key-quote = A quote in which the person tells about the step in their own words, e.g. `quote: Kädet muistivat työn, vaikka sanat piti opetella uudelleen.`
key-waiting = `waiting: true` marks a waiting step, such as waiting for a decision or for training to start. The default is `false`.

# Outcome of a path
key-outcome-category = Outcome category: the `id` of a category in a project's results file (`content/tulokset`), e.g. `category: oppisopimus`.
key-outcome-description = Where the path led, in one or two sentences, e.g. `description: Amina opiskelee lähihoitajaksi oppisopimuksella.` Required.
key-outcome-when = When the outcome was reached, as text, e.g. `when: Noin puolen vuoden kuluttua valmennuksen alusta`.

## Workshop

key-goal = The workshop's goal in one sentence. Required. Other thoughts can go in the body text.
key-workshop-audiences = Who the workshop is for: at least one audience from the site's settings file `site.yaml`, e.g. `audiences: [tyonantaja, tyopaikkaohjaaja]`. Required.
key-participants = Number of participants: smallest and largest, e.g. `participants: {"{"}min: 3, max: 15{"}"}`.
key-minmax-min = Smallest number of participants: a whole number, e.g. `min: 3`. Required. It may not be larger than `max`.
key-minmax-max = Largest number of participants: a whole number, e.g. `max: 15`. Required.
key-facilitators = Number of facilitators: a whole number, e.g. `facilitators: 2`.
key-workshop-duration_min = The workshop's duration in minutes: a whole number, e.g. `duration_min: 90`. Required. It must equal the sum of the agenda's (`agenda`) minutes exactly.
key-modes = Ways of holding the workshop (in person, remote, hybrid) as a list, e.g. `modes: [lahi, eta]`.
key-room = What kind of room the workshop needs, e.g. `room: Rauhallinen tila, jossa on pöytäryhmiä.`
key-materials = Things needed in the workshop, as a list, e.g. `- Tarralappuja ja tusseja`.
key-pre_task = A task participants do before the workshop.
key-start_time = Start time in quotes, e.g. `start_time: "14.00"`. The clock times of the agenda are counted from it. The default is `"9.00"`.
key-agenda = The agenda as a list. Each item has `minutes`, `title` and `method`, and may also have `description` and `facilitator_notes`. Required.
key-follow_up = How things go on after the workshop: what is agreed to be done and when it is returned to.
key-workshop-feedback = How feedback is collected from participants, e.g. `feedback: Jokainen kirjoittaa lapulle yhden asian, jonka ottaa käyttöön.`
key-uses = Decks, cards and lessons used in the workshop: their ids, i.e. file names without the extension, e.g. `uses: [starttipakka, kiitos-kantaa]`. Each must exist.

# Agenda item (an item of agenda)
key-minutes = Duration of the agenda item in minutes: a whole number, e.g. `minutes: 10`. Required. The minutes of all items must add up to the workshop's `duration_min`.
key-agendaitem-title = Name of the agenda item, e.g. `title: Kortin valinta`. Required.
key-method = Way of working in the agenda item, e.g. `method: pienryhma` (small groups). Required.
key-agendaitem-description = What is done in this agenda item.
key-facilitator_notes = Tips for the facilitator on this agenda item, e.g. what to pay attention to.

## Project

key-project-name = The project's name, which is also the title of its page, e.g. `name: SoteStartti`. Required.
key-code = The project's code, e.g. `code: S22504`.
key-project-status = The project's status, e.g. `status: kaynnissa` (running). Required.
key-start = The project's start date as YYYY-MM-DD, e.g. `start: 2021-09-01`. Required.
key-end = The project's end date as YYYY-MM-DD, e.g. `end: 2023-10-31`. Required. It cannot be before the start date.
key-lead = The lead organisation: name `name` and optional abbreviation `short` and web address `url`. Required.
key-partners = Partner organisations as a list. Each has a name `name` and optional `short` and `url`.
key-funding = Funding as a list, at least one funder. Each has `funder`, and may also have `fund`, `programme`, `period` and `granted_by`. Required.
key-regions = Regions where the project worked, as a list, e.g. `- Pohjois-Pohjanmaa`.
key-target_groups = The project's target groups in your own words, as a list, e.g. `- sosiaali- ja terveysalan työnantajat`.
key-summary = The project's summary: an introduction of a few sentences shown at the top of its page. Required. A long text can continue on the following lines when you write `summary: >-`.
key-project-goals = The project's goals as a list, one goal per item.
key-outputs = The project's outputs: ids of materials (decks, lessons, workshops, cards, path stories or terms), e.g. `outputs: [starttipakka, parasta-perehdytysta]`.
key-project-outcomes = The id of the project's results file, i.e. its name in `content/tulokset` without the extension, e.g. `outcomes: sotestartti-loppu`.
key-contact = Contact details: `name`, `email`, `phone` and `url`, all optional.
key-sources = Sources as web addresses, as a list, e.g. `- https://www.eura2014.fi/`.

# Organisation (lead and partners)
key-organisation-name = The organisation's name, e.g. `name: Oulun Diakonissalaitoksen Säätiö sr`. Required.
key-short = The organisation's abbreviation, e.g. `short: ODL`.
key-organisation-url = Address of the organisation's website, e.g. `url: https://www.odl.fi`.

# Contact details (contact)
key-contact-name = Name of the contact person or organisation.
key-contact-email = Email address, e.g. `email: palaute@example.fi`.
key-phone = Phone number, e.g. `phone: 040 123 4567`.
key-contact-url = Address of a website, e.g. `url: https://www.odl.fi`.

# Funding (an item of funding)
key-funder = The funder, e.g. `funder: Euroopan unioni, Euroopan sosiaalirahasto`. Required.
key-fund = The fund the money comes from: an id, `esr`, `esr-plus`, `eakr`, `jtf`, `amif` or `maaseuturahasto` (the page shows its name, e.g. “Euroopan sosiaalirahasto (ESR)”), or the fund’s name as it is.
key-programme = The funding programme, e.g. `programme: Kestävää kasvua ja työtä 2014–2020`.
key-period = Programme period in quotes, e.g. `period: "2014-2020"`. It sets which EU emblem the page shows.
key-granted_by = The authority that granted the funding, e.g. `granted_by: Pohjois-Pohjanmaan ELY-keskus`.

## Project results (outcomes)

key-as_of = Date the figures refer to, as YYYY-MM-DD, e.g. `as_of: 2023-10-31`. Required.
key-source = Where the figures come from, e.g. `source: SoteStartti-hankkeen loppuraportointi`. Required.
key-population = The whole group: name `name` and number `count`, e.g. `population: {"{"}name: Hankkeen henkilöasiakkaat, count: 182{"}"}`. Required.
key-overlapping = `true` if one person can belong to several categories (the figures are then not added up), or `false` if the categories are separate (their sum must then equal the whole group). Required.
key-categories = Outcome categories as a list. Each category has `id`, `name` and `count`, and may also have `part_of`. Required.
key-other_figures = Other figures as a list. Each has `name` and `count` and an optional unit `unit`.

# Whole group (population)
key-population-name = Name of the whole group, e.g. `name: Hankkeen henkilöasiakkaat`. Required.
key-population-count = Size of the whole group: a whole number, e.g. `count: 182`. Required.

# Outcome category (an item of categories)
key-category-id = The category's id, e.g. `id: tyollistyi`. Required. A path story's `category` and another category's `part_of` refer to it.
key-category-name = The category's name, shown in the table and the chart, e.g. `name: Työllistyi`. Required.
key-category-count = Number of people in the category: a whole number, e.g. `count: 64`. Required. It cannot be larger than the whole group.
key-part_of = The `id` of the category this one is part of, e.g. `part_of: tyollistyi`. A category cannot be larger than the category it is part of.

# Other figure (an item of other_figures)
key-figure-name = Name of the figure, e.g. `name: Kehittämistyöhön osallistuneet työnantajat`. Required.
key-figure-count = The figure: a whole number, e.g. `count: 10`. Required.
key-unit = Unit shown after the figure, e.g. `unit: työnantajaa`.

## Page

key-menu = Adds the page to a menu: the menu `location` and the place `order`, e.g. `menu: {"{"}location: footer, order: 4{"}"}`.
key-location = Menu the page is added to: `main` is the main menu and `footer` the footer. Required.
key-menuentry-order = The page's place in the menu: a whole number, smallest first, e.g. `order: 4`. The default is 0.
key-page-translations = The same page in other languages, one per line: language code, a colon and the page's id, e.g. `sv: om-materialet`. The language code is `fi`, `sv` or `en`.

## Accessibility statement

key-scope = What the statement covers, e.g. the site and the PDF files that can be downloaded from it. Required.
key-accessibility-status = How far the site meets the WCAG 2.1 AA requirements: fully (`taysin`), partly (`osittain`) or not (`ei`). `arvioimatta` means it has not been assessed yet and gives a warning. Required.
key-gaps = Shortcomings as a list. Each has `criterion` and `description` and an optional `fixed_by`. Required when `status` is `osittain` or `ei`.
key-assessment = Who assessed accessibility: the organisation itself (`itsearviointi`) or an outside assessor. Required.
key-prepared = Date the statement was prepared, as YYYY-MM-DD, e.g. `prepared: 2026-11-23`. Required.
key-accessibility-updated = Date the statement was last reviewed, as YYYY-MM-DD, e.g. `updated: 2026-11-23`. Review it at least once a year: a date over 12 months old gives a warning.
key-accessibility-feedback = Feedback channel: an email address `email` or the address of a feedback form `form`, at least one of them. Required.

# Shortcoming (an item of gaps)
key-criterion = Number of the WCAG success criterion in quotes, e.g. `criterion: "1.2.2"`. Required.
key-gap-description = What the shortcoming is and how it affects users. Also say whether the content is available in another way. Required.
key-fixed_by = Date by which the shortcoming will be fixed, as YYYY-MM-DD, e.g. `fixed_by: 2027-03-31`.

# Feedback channel (feedback)
key-feedback-email = Email address for accessibility feedback, e.g. `email: saavutettavuus@example.fi`.
key-form = Address of an online feedback form, e.g. `form: https://example.fi/palaute`.
