# Mihin rakennettu sivusto kirjoitetaan: tuloskansio, ja mitä Polku ei suostu korvaamaan.

build-no-site = kansiossa { $dir } ei ole tiedostoa site.yaml
    .hint = aja polku sivuston kansiossa, kerro kansio valinnalla --root tai tee uusi sivusto komennolla `polku init`
output-source-folder = Polku ei rakenna sivustoa kansioon { $output }: { $why }, ja rakentaminen korvaa tuloskansion kaikkine tiedostoineen
    .hint = valitse kansio sivuston kansioiden { $folders } ja tiedoston site.yaml ulkopuolelta, esimerkiksi --output public
output-why-site = se on sivuston oma kansio
output-why-holds = sen sisällä on sivuston kansio { $site }
output-why-is = se on sivuston { $dir }/-kansio
output-why-inside = se on sivuston { $dir }/-kansion sisällä
output-not-ours = { $dir } on jo olemassa eikä Polku tehnyt sitä, joten Polku ei korvaa sitä
    .hint = valitse toinen kansio valinnalla --output tai korvaa kansio valinnalla --force
output-not-a-folder = { $path } on olemassa, eikä se ole kansio
    .hint = valitse toinen polku valinnalla --output
output-cannot-write = tiedostoa { $path } ei voi kirjoittaa: { $detail }
