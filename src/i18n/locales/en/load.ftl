# Reading the site's files: folders and names, text encoding, front matter, YAML syntax, ids and
# addresses, references between files, site.yaml and the theme.

## YAML syntax (YAML-SYNTAX)

yaml-open-quote = the quotation mark here is never closed
    .hint = end the text with the same quotation mark (' or "), or remove this one
yaml-open-bracket = the `{ $open }` here is not closed with a matching `{ $close }`
    .hint = add `{ $close }` where the { $what } ends, or put quotes around text that contains `,` or `{ $close }`
yaml-no-colon = this line is neither `key: value` nor a list item, so its key has no `:`
    .hint = add `: ` after the key, start a list item with `- `, or put the text on the line before
yaml-duplicate-key = the key `{ $key }` is given a second time here
    .hint = keep one of the two: a key may be given once
yaml-tab = a tab is used for indentation here; YAML indents with spaces only
    .hint = replace the tab with spaces
yaml-cannot-start = a value cannot start with `{ $first }` unless it is in quotes
    .hint = put the text in quotes, e.g. "{ $first }…"
yaml-alias-limit = the `*name` references here repeat their anchors too many times (the values would grow without limit)
    .hint = write the values out instead of referring to anchors (`&name`, `*name`)
yaml-number-too-large = the number { $number } is too large
    .hint = write a smaller number, or put it in quotes if it is meant as text
yaml-other = this is not valid YAML: { $detail }
    .hint = check the indentation and put quotes around text that contains `: ` or starts with a special character

## Files and folders (READ, FILE-NAME, SYMLINK, ENCODING, CONTROL-CHAR, FRONT-MATTER)

load-cannot-read = cannot read: { $detail }
load-cannot-read-file = cannot read this file: { $detail }
load-file-name = the name of this file or folder is not UTF-8 text (the marked letters), so Polku cannot use it
    .hint = rename it in your file manager, using letters, numbers and hyphens
load-symlink = this is a symbolic link; Polku does not read links, so it is left out of the site
    .hint = put the file or folder itself here in place of the link
load-file-missing = the file `{ $written }` does not exist (looked for content/{ $rel })
    .hint = check the spelling and that the path is relative to this file
load-through-link = `{ $written }` goes through the symbolic link content/{ $link }, which Polku does not follow
    .hint = copy the file or folder itself to content/{ $link } in place of the link
load-encoding = this file is not UTF-8 text
    .hint = save the file as UTF-8 in your editor
load-control-char = this file has { $count } invisible control { $count ->
        [one] character
       *[other] characters
    } (the first is { $code }); they were left out
    .hint = delete them in your editor; they often come with text copied from a PDF or another program
load-front-matter = the front matter that starts here is not closed
    .hint = end the front matter with a line that has only `---` on it

## Ids, addresses and references (YAML-SYNTAX, DUPLICATE-ID, URL-CONFLICT, LINK-SCHEME)

model-not-keys = the YAML here must be a set of `key: value` lines
    .hint = start each line with a key, e.g. `title: Kivusta kysyminen`
model-duplicate-id = the { $kind } id `{ $id }` is already used by { $other }
    .hint = give one of the two files another id (rename the file or set `id:`)
model-url-conflict = this page would be published at /{ $url } like { $other }
    .hint = rename the file or set another `id:`
model-link-scheme = the link `{ $link }` uses `{ $scheme }:`, which Polku does not publish
    .hint = link with http:, https:, mailto: or tel:, a path relative to this file, #anchor or @/path below content/
## site.yaml and the theme (INVALID-VALUE, INVALID-ID, THEME, TEMPLATE)

config-base-url = `base_url` must be an absolute address, not `{ $base }`
    .hint = write it like https://example.fi/ or https://example.fi/materiaalit/
config-invalid-id = `{ $id }` in `{ $name }` is not a valid id
    .hint = ids use a–z, 0–9 and -, e.g. `{ $example }`
theme-missing = there is no theme folder themes/{ $name }/
    .hint = remove `theme:` to use the default theme, or create the folder
theme-template = { $detail }
    .hint = fix the template syntax (see https://keats.github.io/tera/docs/)
theme-ui-string-missing = the UI string `{ $key }` is missing from i18n/{ $code }.yaml
translation-language = the file name has the language “{ $code }”, but the site's languages are { $languages }
    .hint = if this is a translation, add the language to `languages` in site.yaml; otherwise name the file without a dot and two letters before the extension
translation-main-language = { $code }
    .hint = “{ $code }” is the site's main language: the original is written without a language code, so take “.{ $code }” out of the name
translation-orphan = this is a translation of { $original }, but that file does not exist
    .hint = a translation is written beside its original with the same name and a language code (tietoa.md → tietoa.sv.md); check the original's name, or write the original first
translation-field = the translation sets `{ $key }` to another value than its original { $original }
    .hint = `{ $key }` is the same in every language and comes from the original: take the line out of the translation
translation-stale = the original { $original } was updated on { $theirs }, the translation last on { $mine }
    .hint = check what changed in the original, correct the translation and update its `updated` date
