# Polku's messages to an editor, in English. Every message here must also be in fi/core.ftl (a test
# checks); sv/ may lack some, which then print in English.
# The diagnostic code (`MISSING-KEY`) is printed beside each message and is the same in every
# language, so a message can be searched for.

## How a diagnostic is printed: `file:line:col: error[CODE]: message`, then `  hint: …`.

label-error = error
label-warning = warning
label-hint = hint

## The last lines of a run.

summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    }
built = Built { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } ({ $files } files) into { $output }
built-zip = The whole site as a ZIP that works without a network: { $name } ({ $size }). Unzip it into a folder and open index.html.
nothing-written = Nothing was written.
check-ok = No errors: { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } would be built
usage-error = error: { $message }
new-written = Wrote { $path }
init-done = Created a new site in { $dir }
    Next: cd { $dir } && polku build

## `polku serve`

serve-listening = Serving the site at { $url } (Ctrl-C stops)
serve-stopping = Stopping.
serve-built = Built in { $ms } ms: { $rendered } of { $pages } pages rendered, the others unchanged
serve-failed = The preview shows the last good build.
serve-exposed = { $address } can be reached from other machines, and the preview is meant for this one
    .hint = use the default 127.0.0.1, or pass --expose to serve on { $address } anyway
serve-exposed-warning = warning: serving on { $address }: anyone who can reach this machine can read the preview
serve-cannot-start = cannot start the server: { $detail }
serve-cannot-listen = cannot listen on { $address }: { $detail }
    .hint = another program may use the port; pass another with --port
serve-stopped = the server stopped: { $detail }
serve-no-ctrl-c = cannot listen for Ctrl-C: { $detail }
serve-search-failed = error: the search index: { $detail }
panel-title = The site did not build
panel-lead = Below is the last good version: fix the file and save.
panel-close = Close

## Keys of content files (front matter and YAML files)

unknown-key = unknown key `{ $key }`
missing-key = required key `{ $key }` is missing
    .hint = add `{ $key }:` with a value
missing-key-in = required key `{ $key }` is missing in `{ $place }`
not-allowed = { $key ->
        [none] `{ $value }` is not an allowed value for the file
       *[other] `{ $value }` is not an allowed value for `{ $key }`
    }
too-large = `{ $key }` is { $value }, a number too large for it
    .hint = write a smaller number
wrong-kind = { $key ->
        [none] the file should be { $expected }, not { $found }
       *[other] `{ $key }` should be { $expected }, not { $found }
    }
    .hint = write it like this: `{ $example }`
wrong-count = `{ $key }` has the wrong number of items ({ $detail })
other-problem = `{ $key }`: { $detail }
not-a-date = `{ $key }`: `{ $value }` is not a date; write it as YYYY-MM-DD, e.g. 2023-05-15
not-ids = `{ $key }`: write an id or a list of ids

## Kinds of values, as the messages above name them.

kind-count = a whole number of 0 or more
kind-integer = a whole number
kind-number = a number
kind-text = text
kind-boolean = true or false
kind-list = a list
kind-map = keys with values
kind-empty = empty
found-text = the text "{ $value }"
found-number = the number { $value }
found-boolean = { $value }
found-list = a list
found-map = keys with values
found-empty = an empty value

## Did you mean

did-you-mean = did you mean `{ $name }`?
allowed-values = allowed: { $values }
allowed-many = allowed: { $values }, … ({ $count } in all)
nothing-to-refer = there is nothing to refer to yet

## Starter text

placeholder = starter text that was never replaced: `{ $text }`
    .hint = write the real text in its place; `polku check --strict` fails while any is left
example-address = { $address } is an example address, not a real one
    .hint = put the project's real address in its place (mail to an example address reaches no one); `polku check --strict` fails while any is left

## The type of a content file

type-mismatch = { $folder ->
        [none] this file says `type: { $own }` but this folder makes its files `{ $inherited }`
       *[other] this file says `type: { $own }` but { $folder } makes its files `{ $inherited }`
    }
    .hint = move the file to a folder of its type, or remove its `type` key
missing-type = Polku cannot tell what kind of content this file is
    .hint = add `type:` with one of: { $types }; or set `type` in the folder's _index.md
invalid-id = `{ $id }` is not a valid id
    .hint = ids use only a–z, 0–9 and -, e.g. `{ $example }`

shape =
    .hint = see the content model in docs/content-model.md for the shape of this key
missing-title =
    .hint = add `title:` with the title shown on the page