# Bausteine aller Ansichten: Tabellen, Dialoge, Meldungen und die Sprachwahl.

## Tabellen

widgets-actions = Aktionen
widgets-show-more = { $shown } weitere von { $left } anzeigen

## Formulare

widgets-field-error = { $field }: { $error }

## Fragen und Antworten

widgets-cancel = Abbrechen
widgets-type-to-confirm = Zum Bestätigen „{ $word }“ eingeben
widgets-are-you-sure = Bist du sicher?
widgets-record-anyway = Trotzdem erfassen
widgets-nothing-changed = Es wurde nichts geändert.
widgets-undo = Rückgängig
widgets-put-back = Wiederhergestellt
widgets-put-back-what = Wiederhergestellt: { $what }

## Sprachwahl

widgets-language-system = Systemsprache ({ $name })
