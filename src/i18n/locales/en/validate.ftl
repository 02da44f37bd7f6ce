# The rules of the content model (src/validate/): ranges, references, duplicates, sums,
# accessibility. Every message here must also be in fi/validate.ftl (a test checks), in the same
# order. Ids start with `validate-`, as an id may be in only one file of a language.

## Keys every content type shares

validate-too-long = `description` is { $length } characters long; the limit is { $limit }
    .hint = shorten it: it is shown in listings and search results
validate-missing-description = this material has no `description`
    .hint = add a one- or two-sentence `description:` for listings, search and link previews
# $what: theme, audience, service or situation.
validate-unknown-vocabulary = `{ $value }` is not a { $what ->
        [theme] theme
        [audience] audience
        [service] service
       *[situation] care situation
    } of this site
    .hint = { $suggestion } (the list is in site.yaml)

## Counts and ranges of numbers

# $bound: at-least ($min or more), exactly ($min) or between ($min to $max).
validate-count = `{ $key }` has { $count } { $count ->
        [one] item
       *[other] items
    }; it needs { $bound ->
        [at-least] at least { $min }
        [exactly] exactly { $min }
       *[between] { $min } to { $max }
    }
    .hint = write { $bound ->
        [at-least] at least { $min }
        [exactly] exactly { $min }
       *[between] { $min } to { $max }
    } items under `{ $key }`
validate-out-of-range = `{ $key }` is { $value }; it must be from { $min } to { $max }
    .hint = write a number from { $min } to { $max }

## References to other content

# $what: project, term, lesson, page, material, outcomes, linkable (a lesson, card, deck or
# workshop) or usable (a deck, card or lesson).
validate-no-such-id = there is no { $what ->
        [project] project
        [term] glossary term
        [lesson] lesson
        [page] page
        [outcomes] outcome statistics
        [linkable] lesson, card, deck or workshop
        [usable] deck, card or lesson
       *[material] material
    } with the id `{ $id }`
validate-menu-link = the menu links to `{ $link }`, which is not a file in content/
    .hint = write the path below content/, e.g. @/oppitunnit/_index.md

## Lessons and glossary terms

validate-lesson-level = the lowest level { $min } is above the highest level { $max }
    .hint = swap `level.min` and `level.max`
validate-own-prerequisite = a lesson cannot be its own prerequisite
    .hint = remove this id
validate-language-code = `{ $lang }` is not a two-letter language code
    .hint = use ISO 639-1 codes such as en, sv, ru, ar
validate-duplicate-term = the word `{ $term }` is also defined in { $file }
    .hint = keep one entry and point to it with `see_also`
validate-duplicate-order = the series already has a lesson with order { $number }: { $file }
    .hint = give each lesson its own order

## Card decks and cards

validate-duplicate-theme = the theme `{ $theme }` is listed twice
    .hint = give each theme its own id
validate-contrast = the theme `{ $theme }` has a contrast of { $ratio } between { $color } and its text colour; at least 4,5:1 is needed
    .hint = use a darker `color`, or set `text_color` (e.g. "#1a1a1a") for a light colour (WCAG 1.4.3)
validate-theme-icon = the theme `{ $theme }` has no `icon`
    .hint = add an icon so that the theme is not told apart by colour and name only (WCAG 1.4.1)
validate-deck-instructions =
    .hint = add `instructions: kayttoohje.md` and write the how-to-play text in that file
validate-instructions-file = the instructions file `{ $file }` does not exist next to deck.yaml
    .hint = create the Markdown file or correct its name
validate-color = `{ $color }` is not a colour
    .hint = write colours as hex codes in quotes, e.g. "#23467a"
validate-card-deck = this card is not in a deck's folder
    .hint = move it next to a deck.yaml
validate-card-theme = `{ $theme }` is not a theme of the deck `{ $deck }`
# $kind: the deck's `card_kind` (insight, question, method).
validate-card-slot-missing = { $kind } cards need the text `{ $key }`, and this card has none
    .hint = add `{ $key }:` to the front matter
validate-card-slot-foreign = `{ $key }` is not a text of { $kind } cards
    .hint = { $kind } cards have: { $slots }
validate-card-question = the question does not end with a question mark
    .hint = end the `question` with "?"
validate-duplicate-number = the deck already has a card with number { $number }: { $file }
    .hint = give each card its own number

## Path stories

validate-consent = `consent: ei-tarvita` is only allowed for fictional or composite stories
    .hint = record how consent was given (`kirjallinen` or `suullinen-kirjattu`), or mark the story `fictional: true` or `composite: true`
validate-person-name = a real participant's name may not be published
    .hint = change the name and add `name_changed: true`, or remove `name` (ESF projects do not publish participants' names)
validate-outcome-category = `{ $category }` is not a category of the project's outcome statistics

## Workshops

validate-workshop-goal = the goal has more than one sentence
    .hint = write the goal as one sentence; put the rest in the description or the body
validate-participants = `participants.min` ({ $min }) is larger than `participants.max` ({ $max })
    .hint = swap the two numbers
validate-workshop-duration = `duration_min` is { $duration } but the agenda's minutes add up to { $sum }
    .hint = set `duration_min: { $sum }` or correct the agenda's `minutes`
validate-clock-time = `{ $time }` is not a clock time
    .hint = write it like "9.00" or "13.30", in quotes

## Projects and their outcome statistics

validate-project-dates = the project ends ({ $end }) before it starts ({ $start })
    .hint = check `start` and `end`
validate-outcomes-project =
    .hint = add `project:` with the id of the project these figures are from
validate-duplicate-category = the category `{ $category }` is listed twice
    .hint = give each category its own id
validate-outcomes-exceeds = the category `{ $category }` has { $count } people, more than the whole population of { $population }
    .hint = check the figures against the source
validate-no-such-category = there is no category `{ $category }` in this file
validate-outcomes-part = the category `{ $category }` ({ $count }) is part of `{ $parent }` but larger than it ({ $parent_count })
    .hint = a part cannot be larger than the whole: check both figures
validate-outcomes-sum = the categories are marked separate (`overlapping: false`) but add up to { $sum }, not to the population of { $population }
    .hint = mark them `overlapping: true` if a person can be in several categories, or correct the figures

## Pages and the accessibility statement

validate-site-language = `{ $lang }` is not a language of this site
    .hint = use fi, sv or en
validate-not-assessed = the accessibility statement says the site has not been assessed (`status: arvioimatta`)
    .hint = assess the site against WCAG 2.1 AA, then set `status` to taysin, osittain or ei (with its `gaps`)
validate-a11y-gaps = the site is not fully compliant, but the statement lists no `gaps`
    .hint = list what is not accessible under `gaps:` with the WCAG criterion and a description
validate-a11y-feedback = the statement gives no way to send feedback
    .hint = add `feedback.email` or `feedback.form`
validate-a11y-supervisor = the accessibility statement needs the supervising authority, and site.yaml has no `accessibility`
    .hint = add `accessibility: {"{"}supervisor: {"{"}name: …, url: …{"}"}{"}"}` to site.yaml
validate-a11y-outdated = the statement was last updated on { $date }, more than 12 months ago
    .hint = review the statement and set `updated:` to the date of the review
validate-a11y-missing = the site has no accessibility statement
    .hint = add content/saavutettavuusseloste.md with `type: accessibility` (required by law 306/2019)

## Pictures, sound and video

validate-media-path = `{ $file }` points outside the content folder
    .hint = put the file in content/ and write its path relative to this file, e.g. kuvat/kuva.jpg
validate-media-format = Polku does not know the format of `{ $file }`
    .hint = use a picture (jpg, png, webp, gif, svg), sound (mp3, ogg, m4a) or video (mp4, webm) file
validate-media-alt = the picture `{ $file }` has no `alt` text
    .hint = describe what the picture shows in `alt:`, or mark a purely decorative picture with `decorative: true`
validate-media-transcript = the sound file `{ $file }` has no `transcript`
    .hint = add `transcript: "#dialogi"` (a heading anchor on this page) or the path of a text file (WCAG 1.2.1)
validate-media-captions = the video `{ $file }` has no `captions`
    .hint = add `captions:` with the path of a WebVTT (.vtt) file (WCAG 1.2.2)
validate-captions-format = `{ $file }` is not a WebVTT file
    .hint = captions must be a .vtt file
