# Messages of rendering (src/render/) and of `polku check`'s look at the built site
# (src/check/), in English. Every message here must also be in fi/render.ftl (a test checks).

## Links in Markdown (`@/path`, files beside the content)

render-link-missing-file = the link `{ $link }` points to a file that does not exist
    .hint = { $near ->
        [none] write the path below content/; e.g. @/sanasto/kipu.yaml
       *[other] write the path below content/; did you mean @/{ $near }?
    }
render-link-without-at = the link `{ $link }` points to a content file without `@/`
    .hint = write links to content files as `@/` and the path below content/, e.g. @/{ $path }
render-media-outside = `{ $path }` points outside the content folder
    .hint = put the file in content/ and link it relative to this file

## Anchors (`#dialogi`)

render-broken-anchor = the page /{ $page } has no heading with the anchor `#{ $anchor }`

## Pictures in Markdown

render-picture-alt = the picture `{ $path }` has no alt text
    .hint = write what the picture shows between the brackets: ![Hoitaja auttaa asukasta](kuva.jpg)

## Raw HTML in Markdown (RAW-HTML)

render-html-unclosed-tag = the `<{ $name }>` tag has no `>`, so it and the rest of this text were removed
render-html-no-end-tag = the `<{ $name }>` element has no `</{ $name }>`, so it and the rest of this text were removed
render-html-removed-with-content = the `<{ $name }>` element was removed with everything in it
render-html-removed-empty = the `<{ $name }>` element was removed
render-html-removed-keeps-text = the `<{ $name }>` element was removed; the text in it stays
render-html-attribute-removed = the `{ $attribute }` attribute of `<{ $name }>` was removed
render-html =
    .hint = write it in Markdown, or set `markdown: {"{"}unsafe_html: true{"}"}` in site.yaml if you trust every editor
render-html-picture =
    .hint = show a picture in Markdown, ![what it shows](kuva.jpg): it also gets its smaller copies
render-html-heading =
    .hint = write a heading in Markdown (## Otsikko): it also gets an anchor

## Exercises (```exercise blocks)

render-exercise-kind =
    .hint = `kind` is one of: match, gap, choice, truefalse, write
render-exercise-gaps = the gap exercise has { $gaps } gaps (`___`) but { $answers } answers
    .hint = give exactly one answer for each `___`, in order
render-exercise-options = a choice exercise needs at least 2 options
    .hint = add options
render-exercise-correct = `correct` is { $correct }, but the options are numbered 1 to { $options }
    .hint = write the number of the right option, counting from 1
render-exercise-pairs = a match exercise needs at least 2 pairs
    .hint = add pairs like `- [sana, selitys]`
render-exercise-statements = a true/false exercise needs at least 1 statement
    .hint = add `- {"{"}text: …, correct: true{"}"}`
render-exercise-in-section = exercises belong in lessons, not in section pages

## Templates (TEMPLATE)

render-template = while rendering /{ $page }: { $detail }
    .hint = fix the template, or add the missing UI string to the theme's i18n files

## `polku check`: links of the built pages

check-broken-link = { $kind ->
        [outside] the link `{ $link }` leaves the site's address { $root }
       *[nowhere] the link `{ $link }` leads to no page or file of the site
    }
check-broken-anchor = the link `{ $link }` names an anchor that page does not have
    .hint = check the heading ids of the page it links to
check-link-in-text =
    .hint = correct the address in the text, or make the page it leads to
check-link-outside-template =
    .hint = links inside the site start with the site's root path; check the template that makes this page
check-link-template =
    .hint = check the template that makes this page
check-orphan = no menu, listing or link of the site leads to this page
    .hint = link to it from a page, a section listing or a menu in site.yaml

## `polku check --external`: links to other sites

check-external-checked = Checked { $links ->
        [one] 1 external link
       *[other] { $links } external links
    } on { $hosts ->
        [one] 1 host
       *[other] { $hosts } hosts
    } ({ $cached } from cache)
check-external-cache-unwritten = cannot write { $path }: { $detail }
check-external-limited = the link `{ $link }` { $why }{ $also }
    .hint = the server refused or rate-limited the check; open it in a browser to be sure
check-external-broken = the link `{ $link }` { $why }{ $also }
    .hint = open it in a browser: if the page has moved or is gone, change or remove the link; if the site is only down for now, check again later
check-also-on-one = (also on { $page })
check-also-on-few = (also on { $pages } and { $last })
check-also-on-many = (also on { $pages } and { $others } other pages)
check-answers = answers { $status }
check-answers-words = answers { $status } { $words }
check-unreachable = cannot be reached: { $reason }
check-host-not-found = its host name was not found
check-no-answer = no answer within { $seconds } seconds
check-connection-refused = the server refused the connection
check-connection-failed = the connection failed ({ $detail })
check-too-many-redirects = it redirects too many times
check-invalid-address = it is not a valid address
check-tls-failed = its secure connection (TLS) failed ({ $detail })
