# `polku schema`: what it tells the editor, and the descriptions of the keys in the schemas
# (VS Code shows them beside a key and as the message of a wrong value).

schema-written = Wrote the schemas of { $count } content types into { $dir }.
schema-settings-written = Wrote { $path }: open the site's folder in VS Code with the YAML extension (Red Hat) installed, and it completes keys and underlines mistakes in .yaml files as you type.
schema-settings-nothing = The site has no .yaml content file yet (a glossary term, for example), so there is nothing to put in VS Code's settings: run `polku schema` again when you add one.
schema-settings-outside = The schemas went outside the site's folder, so { $path } was left as it is.
schema-settings-current = { $path } already uses these schemas.
schema-settings-differs = { $path } exists already, and Polku does not change it. For VS Code to use the schemas, add this to it:
    { $settings }
schema-markdown-note = VS Code's YAML extension does not check the front matter of Markdown files (.md): `polku check` and `polku serve` show their mistakes.
schema-write-failed = could not write the schemas into { $path }: { $error }
schema-title = Polku content type { $type }
schema-allowed = Allowed values: { $values }.
