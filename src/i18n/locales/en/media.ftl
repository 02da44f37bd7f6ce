# Messages of the pictures (src/images/) and of the printed card decks (src/deck/), in English.
# Every message here must also be in fi/media.ftl (a test checks).

## Pictures that cannot be published

images-format = Polku cannot read pictures like `{ $path }`
    .hint = save it as JPEG (photos), PNG (drawings), WebP, GIF or SVG
images-not-a-picture = `{ $path }` is not a { $format } picture: Polku cannot tell what the file is
images-mismatch = `{ $path }` is named as a { $named } picture but is a { $found } picture
    .hint = rename it to end in .{ $extension }, or save it as { $named }
images-broken = `{ $path }` cannot be read: it is damaged or cut short ({ $reason })
images-resave =
    .hint = open it in an image editor and save it again, or replace it
images-too-large = `{ $path }` is { $width } × { $height } pixels, more than Polku reads (50 megapixels)
    .hint = make it smaller in an image editor; 3000 pixels wide is plenty for a web page
images-svg-unsafe = `{ $path }` is not published because { $reason }
    .hint = save it again without scripts or links to other files, e.g. as Inkscape's "Optimized SVG"

## Why a picture cannot be read (IMAGE-BROKEN)

images-cut-short = the file ends before the picture does
images-does-not-decode = its picture data does not decode
images-too-much-memory = it needs more memory than Polku gives one picture
images-unsupported = it uses a feature of its format that Polku cannot read
images-copies-failed = its copies could not be made

## What makes an SVG picture unsafe (SVG-UNSAFE)

images-svg-not-text = it is not text
images-svg-invalid = it is not valid SVG: { $detail }
images-svg-not-svg = it is not an SVG picture
images-svg-element = it contains a <{ $name }> element
images-svg-handler = it has an event handler (`{ $attribute }`) on <{ $name }>
images-svg-outside = it refers to `{ $target }` outside itself
images-svg-style-attribute = a style of <{ $name }> refers to a file outside it
images-svg-style-element = its <style> refers to a file outside it

## Card decks in print

deck-no-fonts = the theme has no fonts/NotoSans-Regular.ttf and NotoSans-Bold.ttf for the card decks
deck-overflow = the text of card “{ $card }” does not fit the format { $format }: `{ $slot }` runs { $mm } mm past the bottom of the card
    .hint = shorten the card's texts by about { $cut } characters, or remove { $format } from the deck's print.formats
deck-full = card “{ $card }” is { $percent } % full in the format { $format }
    .hint = a card this full is hard to read; consider shortening its texts

## Characters the card font lacks (CARD-GLYPH)

deck-glyph = { $place } has the character { $character }, which the card font cannot print
    .hint = remove the character from the text, or use a theme whose card font has it
deck-private-use = { $code } (a private-use character)
deck-unnamed = { $code } (a character with no Unicode name)

## Where a printed text was written, as the CARD-GLYPH message names it

deck-in-card = `{ $key }` of card “{ $card }”
deck-in-deck-theme = the name of the deck's theme `{ $theme }`
deck-in-deck-title = the deck's `title`
deck-in-back-text = the deck's `back.text`
deck-in-instructions = the deck's instructions
deck-in-project = the `{ $key }` of project `{ $project }`
deck-in-base-url = the site's `base_url`
deck-in-theme-words = the theme's words for { $what }
deck-words-slot = `{ $key }`
deck-words-info-title = the info card's title
deck-words-emblem = the EU emblem
deck-words-info-slot = the info card's `{ $key }`

## PDFs that could not be written (PDF)

deck-pdf-settings = krilla does not accept the PDF settings (PDF/UA-1)
deck-pdf-page-size = a page has no size
deck-pdf-not-written = the PDF could not be written: { $detail }
deck-pdf-font-embedding = the card font could not be embedded ({ $detail })
deck-pdf-too-large = the PDF is too large for its version: { $detail }
deck-pdf-other = krilla could not put the drawing together
deck-pdf-no-glyph = the card font has no glyph for the text { $characters } (remove it, or use a theme whose card font has it)
deck-pdf-inaccessible-character = the character { $character } cannot be printed in an accessible PDF
deck-pdf-no-character = a glyph of the card font stands for no character
deck-pdf-licence = the card font's licence does not allow embedding it
deck-pdf-text-too-long = a text is longer than a PDF allows
deck-pdf-no-title = the PDF has no title
deck-pdf-no-language = the PDF has no language
deck-pdf-no-alt-text = a picture has no alternative text
deck-pdf-heading-no-title = a heading has no title
deck-pdf-rule = the PDF breaks a rule of accessible PDFs (PDF/UA-1) that krilla checks
