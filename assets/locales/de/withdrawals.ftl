# Auszahlungen: eine Auszahlung von TikTok erfassen, deine Aufzeichnungen mit
# der TikTok-Wallet abgleichen, und der Verlauf von beidem.

withdrawals-title = Auszahlungen

## Eine Auszahlung erfassen

withdrawals-record-title = Auszahlung erfassen
withdrawals-diamonds = Diamanten
withdrawals-requested = Beantragt
withdrawals-fee = Gebühr
withdrawals-method = Methode
withdrawals-status = Status
withdrawals-reference = Referenz
withdrawals-withdrawable = Jetzt auszahlbar: { $diamonds } ({ $money })
withdrawals-not-ready = Noch nicht bereit – was fehlt, steht in der Übersicht.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = – weniger als TikToks Mindestauszahlung von { $minimum }
withdrawals-record-button = Auszahlung erfassen
withdrawals-recorded = Auszahlung erfasst

## Die Frage vor einer Auszahlung, die TikTok nicht leisten würde

withdrawals-below-title = TikTok zahlt nicht weniger als { $minimum } aus
withdrawals-below-line = Diese Auszahlung beträgt { $money }. Erfasse sie nur, wenn TikTok sie wirklich gezahlt hat.
withdrawals-ask-title = Diese Auszahlung erfassen?
withdrawals-record-anyway = Trotzdem erfassen

## Status einer Auszahlung

withdrawals-status-pending = Ausstehend
withdrawals-status-paid = Bezahlt
withdrawals-status-failed = Fehlgeschlagen
withdrawals-status-cancelled = Storniert
withdrawals-status-changed = Status geändert

## Abgleich mit der TikTok-Wallet

withdrawals-reconcile-title = Mit TikTok abgleichen
withdrawals-reconcile-text = Laut deinen Aufzeichnungen hast du { $diamonds }. Zeigt TikTok eine andere Zahl, gib sie ein: Die Differenz wird mit ihrem Grund als Korrektur erfasst.
withdrawals-wallet-balance = Diamanten laut deiner TikTok-Wallet
withdrawals-wallet-reason = Warum sie abweichen (falls du es weißt)
withdrawals-reconcile-button = Abgleichen
withdrawals-reconciled = Deine Aufzeichnungen stimmen mit TikTok überein
withdrawals-correction-recorded = { $count ->
    [one] Korrektur um { $shown } Diamant erfasst
   *[other] Korrektur um { $shown } Diamanten erfasst
}

## Der Verlauf

withdrawals-history-title = Verlauf
withdrawals-newest-first = Neueste zuerst.
withdrawals-empty = Noch keine Auszahlungen. Wenn du bei TikTok auszahlst, erfasse es hier, damit dein Guthaben stimmt.
withdrawals-amount = Betrag
withdrawals-net = Du erhältst
withdrawals-actions = Aktionen
withdrawals-below-badge = unter Minimum
withdrawals-below-badge-title = Unter TikToks Mindestauszahlung von { $minimum } an diesem Tag: erfasst, weil du angegeben hast, dass TikTok sie gezahlt hat.

## Eine Auszahlung löschen

withdrawals-delete = Löschen
withdrawals-delete-label = Auszahlung von { $diamonds } löschen
withdrawals-delete-title = Diese Auszahlung löschen?
withdrawals-delete-line = { $diamonds } ({ $money }), beantragt am { $when }.
withdrawals-delete-effect = Dein Guthaben steigt um ihre Diamanten. Du kannst das direkt danach rückgängig machen.
withdrawals-delete-confirm = Auszahlung löschen
withdrawals-deleted = Auszahlung gelöscht
withdrawals-restore-anyway = Trotzdem wiederherstellen

## Korrekturen aus dem Abgleich

withdrawals-corrections-title = Korrekturen
withdrawals-when = Wann
withdrawals-reason = Grund
