# `polku new` and `polku init`: what they refuse, and why.

new-unknown-type = `{ $name }` is not a content type
    .hint = use one of { $types }
new-no-site = no site.yaml in { $dir }
    .hint = run `polku new` in the site's folder or pass --root
new-site-problems = site.yaml has problems:
    { $problems }
new-exists = { $path } already exists
    .hint = choose another name
new-no-deck = there is no deck.yaml in { $dir }
    .hint = cards go into a deck's folder; create one with `polku new deck kortit/NIMI`
new-in-deck = content/{ $dir }/ is a card deck's folder: every Markdown file in it is a card
new-typed-folder = content/{ $at }/_index.md makes the files of content/{ $dir }/ { $other }, not { $kind }
new-put-untyped = put it in a folder whose _index.md has no other `type`
new-put-in = put it in { $folders }
word-or = or
new-cannot-create = cannot create { $path }: { $detail }
new-cannot-write = cannot write { $path }: { $detail }
init-not-empty = { $dir } is not empty
    .hint = choose a new folder
