# Polkus meddelanden till redaktören på svenska. Det som saknas här skrivs ut på engelska.

label-error = fel
label-warning = varning
label-hint = tips

summary = { $errors ->
        [one] 1 fel
       *[other] { $errors } fel
    }, { $warnings ->
        [one] 1 varning
       *[other] { $warnings } varningar
    } i { $files ->
        [one] 1 fil
       *[other] { $files } filer
    }
built = Byggde { $pages } sidor ({ $files } filer) i { $output }
built-zip = Hela webbplatsen som ZIP-fil som fungerar utan nätförbindelse: { $name } ({ $size }). Packa upp den i en mapp och öppna index.html.
nothing-written = Ingenting skrevs.
check-ok = Inga fel: { $pages } sidor kan byggas
