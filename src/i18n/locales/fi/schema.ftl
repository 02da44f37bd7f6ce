# `polku schema`: what it tells the editor, and the descriptions of the keys in the schemas
# (VS Code shows them beside a key and as the message of a wrong value).

schema-written = Kirjoitettiin { $count } sisältötyypin skeemat kansioon { $dir }.
schema-settings-written = Kirjoitettiin { $path }: kun avaat sivuston kansion VS Codessa ja asennat YAML-laajennuksen (Red Hat), se täydentää kentät ja alleviivaa virheet .yaml-tiedostoissa jo kirjoittaessa.
schema-settings-nothing = Sivustolla ei ole vielä yhtään .yaml-sisältötiedostoa (esimerkiksi sanaston sanaa), joten VS Coden asetuksiin ei ole vielä mitään kirjoitettavaa: aja `polku schema` uudelleen, kun lisäät sellaisen.
schema-settings-outside = Skeemat kirjoitettiin sivuston kansion ulkopuolelle, joten tiedostoon { $path } ei koskettu.
schema-settings-current = { $path } käyttää jo näitä skeemoja.
schema-settings-differs = { $path } on jo olemassa, eikä Polku muuta sitä. Jotta VS Code käyttäisi skeemoja, lisää siihen tämä:
    { $settings }
schema-markdown-note = Markdown-tiedostojen (.md) alkutietoja VS Coden YAML-laajennus ei tarkista: niiden virheet näkyvät komennoilla `polku check` ja `polku serve`.
schema-write-failed = skeemoja ei voitu kirjoittaa kansioon { $path }: { $error }
schema-title = Polun sisältötyyppi { $type }
schema-allowed = Sallitut arvot: { $values }.
