# 初日：最初のダッシュボードの前の 4 つの質問。スキップでき、設定から
# もう一度答えられます。

firstrun-title = LiveLedger へようこそ
firstrun-intro = 残高・日付・出金チェックを正しくするための 4 つの簡単な質問です。回答はあとから設定でいつでも変更できます。
firstrun-again-title = 初日の設定
firstrun-again-intro = 初日と同じ質問です。記録した内容は変わりません。

## 質問

firstrun-language-question = 1. 言語
firstrun-language-label = 言語
firstrun-language-hint = LiveLedger はこの言語で表示し、数字・日付・金額もこの言語の書き方で表します。
firstrun-timezone-question = 2. タイムゾーン
firstrun-timezone-label = タイムゾーン
firstrun-timezone-hint = 日・週・月はこのタイムゾーンの午前 0 時に始まります。お使いのパソコンの設定を入力済みです。
firstrun-minimum-question = 3. TikTok の最低出金額
firstrun-minimum-label = 最低出金額（{ $currency }）
firstrun-minimum-hint = TikTok のウォレットを開き、出金できる最小の金額を { $currency } で書き写してください。
firstrun-pay-question = 4. 受け取り
firstrun-age = 18 歳以上で、TikTok アカウントは認証済みです
firstrun-method = TikTok で連携している受取方法（任意）
firstrun-method-placeholder = PayPal、銀行振込…
firstrun-pay-hint = TikTok は、受取方法を連携した認証済みの成人にのみ支払います。

## 回答

firstrun-save = 保存して続ける
firstrun-skip = 今はスキップ
firstrun-saved = 設定を保存しました
firstrun-demo-offer = まずは見てみたいですか？ { $demo }
firstrun-demo = 6 か月分のデモデータを読み込む
firstrun-demo-loaded = デモデータを読み込みました
firstrun-bad-timezone = 「{ $zone }」は認識できないタイムゾーンです。一覧から選んでください（例：Asia/Tokyo、Europe/Berlin）。
firstrun-bad-minimum = 最低額を数字で入力してください（例：{ $whole } または { $exact }）。
