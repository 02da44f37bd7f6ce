# `polku new` ja `polku init`: mistä ne kieltäytyvät ja miksi.

new-unknown-type = `{ $name }` ei ole sisältötyyppi
    .hint = käytä jotakin näistä: { $types }
new-no-site = kansiossa { $dir } ei ole tiedostoa site.yaml
    .hint = aja `polku new` sivuston kansiossa tai kerro kansio valinnalla --root
new-site-problems = tiedostossa site.yaml on virheitä:
    { $problems }
new-exists = { $path } on jo olemassa
    .hint = valitse toinen nimi
new-no-deck = kansiossa { $dir } ei ole tiedostoa deck.yaml
    .hint = kortit tehdään pakan kansioon; tee pakka komennolla `polku new pakka kortit/NIMI`
new-in-deck = content/{ $dir }/ on korttipakan kansio: jokainen sen Markdown-tiedosto on kortti
new-typed-folder = content/{ $at }/_index.md tekee kansion content/{ $dir }/ tiedostoista tyyppiä { $other }, ei { $kind }
new-put-untyped = tee se kansioon, jonka _index.md ei määrää muuta tyyppiä (`type`)
new-put-in = tee se kansioon { $folders }
word-or = tai
new-cannot-create = kansiota { $path } ei voi luoda: { $detail }
new-cannot-write = tiedostoa { $path } ei voi kirjoittaa: { $detail }
init-not-empty = kansio { $dir } ei ole tyhjä
    .hint = valitse uusi kansio
