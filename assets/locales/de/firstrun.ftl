# Der erste Tag: vier Fragen vor der ersten Übersicht, überspringbar und in
# den Einstellungen erneut aufrufbar.

firstrun-title = Willkommen bei LiveLedger
firstrun-intro = Vier kurze Fragen, damit Guthaben, Tage und Auszahlungs-Checks stimmen. Du kannst jede Antwort später in den Einstellungen ändern.
firstrun-again-title = Einrichtung vom ersten Tag
firstrun-again-intro = Dieselben Fragen wie am ersten Tag. An deinen Einträgen ändert sich nichts.

## Die Fragen

firstrun-language-question = 1. Deine Sprache
firstrun-language-label = Sprache
firstrun-language-hint = LiveLedger spricht sie und schreibt Zahlen, Daten und Beträge so wie sie.
firstrun-timezone-question = 2. Deine Zeitzone
firstrun-timezone-label = Zeitzone
firstrun-timezone-hint = Deine Tage, Wochen und Monate beginnen hier um Mitternacht. Wir haben die deines Computers eingetragen.
firstrun-minimum-question = 3. Die Mindestauszahlung von TikTok
firstrun-minimum-label = Mindestauszahlung ({ $currency })
firstrun-minimum-hint = Öffne deine TikTok-Wallet und übernimm den kleinsten Betrag, den du auszahlen kannst, in { $currency }.
firstrun-pay-question = 4. Auszahlung
firstrun-age = Ich bin mindestens 18 und mein TikTok-Konto ist verifiziert
firstrun-method = In TikTok verknüpfte Auszahlungsmethode (optional)
firstrun-method-placeholder = PayPal, Banküberweisung …
firstrun-pay-hint = TikTok zahlt nur an verifizierte Volljährige mit verknüpfter Auszahlungsmethode aus.

## Antworten

firstrun-save = Speichern und weiter
firstrun-skip = Jetzt überspringen
firstrun-saved = Einrichtung gespeichert
firstrun-demo-offer = Willst du dich nur umsehen? { $demo }
firstrun-demo = Sechs Monate Demodaten laden
firstrun-demo-loaded = Demodaten geladen
firstrun-bad-timezone = „{ $zone }“ ist keine Zeitzone, die wir kennen. Wähle eine aus der Liste, z. B. Europe/Berlin oder America/New_York.
firstrun-bad-minimum = Gib das Minimum als Zahl ein, z. B. { $whole } oder { $exact }.
