# Where a build writes: the output folder, and what Polku refuses to replace.

build-no-site = no site.yaml in { $dir }
    .hint = run polku in the site's folder, pass --root, or create a site with `polku init`
output-source-folder = Polku will not build into { $output }: { $why }, and a build replaces its output folder with everything in it
    .hint = choose a folder outside the site's { $folders } folders and site.yaml, e.g. --output public
output-why-site = it is the site's own folder
output-why-holds = it holds the site's folder { $site }
output-why-is = it is the site's { $dir }/ folder
output-why-inside = it lies inside the site's { $dir }/ folder
output-not-ours = { $dir } already exists and was not made by Polku, so Polku will not replace it
    .hint = choose another folder with --output, or pass --force to replace it
output-not-a-folder = { $path } exists and is not a folder
    .hint = choose another path with --output
output-cannot-write = cannot write { $path }: { $detail }
