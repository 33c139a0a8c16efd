# Le premier jour : quatre questions avant le premier tableau de bord, que
# l'on peut passer et retrouver dans les Paramètres.

firstrun-title = Bienvenue dans LiveLedger
firstrun-intro = Quatre questions rapides pour que votre solde, vos jours et vos vérifications avant retrait soient justes. Vous pourrez changer chaque réponse plus tard dans les Paramètres.
firstrun-again-title = Configuration du premier jour
firstrun-again-intro = Les mêmes questions que le premier jour. Rien de ce que vous avez enregistré ne change.

## Les questions

firstrun-language-question = 1. Votre langue
firstrun-language-label = Langue
firstrun-language-hint = LiveLedger vous parle dans cette langue et écrit les nombres, les dates et les montants à sa façon.
firstrun-timezone-question = 2. Votre fuseau horaire
firstrun-timezone-label = Fuseau horaire
firstrun-timezone-hint = Vos jours, semaines et mois commencent à minuit dans ce fuseau. Nous avons indiqué celui de votre ordinateur.
firstrun-minimum-question = 3. Le retrait minimum de TikTok
firstrun-minimum-label = Retrait minimum ({ $currency })
firstrun-minimum-hint = Ouvrez votre portefeuille TikTok et recopiez le plus petit montant qu'il vous permet de retirer, en { $currency }.
firstrun-pay-question = 4. Être payé
firstrun-age = J'ai 18 ans ou plus et mon compte TikTok est vérifié
firstrun-method = Mode de paiement associé dans TikTok (facultatif)
firstrun-method-placeholder = PayPal, virement bancaire…
firstrun-pay-hint = TikTok ne verse qu'aux personnes majeures vérifiées ayant associé un mode de paiement.

## Réponses

firstrun-save = Enregistrer et continuer
firstrun-skip = Passer pour l'instant
firstrun-saved = Configuration enregistrée
firstrun-demo-offer = Vous voulez juste jeter un œil ? { $demo }
firstrun-demo = Charger six mois de données de démonstration
firstrun-demo-loaded = Données de démonstration chargées
firstrun-bad-timezone = « { $zone } » n'est pas un fuseau horaire que nous connaissons. Choisissez-en un dans la liste, par ex. Europe/Paris ou America/Montreal.
firstrun-bad-minimum = Saisissez le minimum sous forme de nombre, par ex. { $whole } ou { $exact }.
