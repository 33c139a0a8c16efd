# コマンドラインの言葉: 表の見出し、セル、確認、日次とインサイトのレポート、
# ライブ集計の状態行、CLI 自身のエラー。数値は言語の書き方で文字列として
# 渡されます。$count は複数形を選ぶだけです。再入力するコマンド・オプション・値
# (`--apply`、`liveledger restore FILE`、`--book DAY`) はどの言語でもそのままです。

## 表の見出し。

cli-col-id = ID
cli-col-deleted = 削除日時
cli-col-what = 内容
cli-col-start = 開始
cli-col-hours = 時間
cli-col-title = タイトル
cli-col-gifts = ギフト
cli-col-diamonds = ダイヤモンド
cli-col-value = 金額
cli-col-viewers = 視聴者
cli-col-diamonds-per-hour = ダイヤモンド/時
cli-col-per-1k-viewers = 視聴者1,000人あたり
cli-col-at = 日時
cli-col-gift = ギフト
cli-col-coins = コイン
cli-col-count = 個数
cli-col-sender = 送り主
cli-col-note = 備考
cli-col-requested = 申請日時
cli-col-gross = 総額
cli-col-fee = 手数料
cli-col-net = 受取額
cli-col-currency = 通貨
cli-col-method = 受取方法
cli-col-status = ステータス
cli-col-reason = 理由
cli-col-effective = 適用開始
cli-col-diamonds-per-coin = ダイヤモンド/コイン
cli-col-money-per-diamond = 金額/ダイヤモンド
cli-col-min-withdrawal = 最低出金額
cli-col-max-per-day = 1日の上限
cli-col-session = LIVE配信
cli-col-day = 日付
cli-col-rate = レート
cli-col-imported = インポート日時
cli-col-file = ファイル
cli-col-format = 形式
cli-col-added = 追加
cli-col-skipped = スキップ
cli-col-sessions = LIVE配信
cli-col-period = 期間
cli-col-withdrawn = 出金
cli-col-fees = 手数料
cli-col-net-paid = 受取額
cli-col-adjusted = 修正
cli-col-balance = 残高
cli-col-tiktok = TikTok
cli-col-ledger = 台帳
cli-col-difference = 差
cli-col-lives = LIVE配信

## セル。

cli-cell-live = 配信中
cli-cell-estimated = 推定
cli-cell-none = なし
cli-rerate-from = { $day } から
cli-settings-database = データベース

## 確認。

cli-restored = { $backup } から { $ledger } を復元しました: LIVE配信 { $sessions } 件、ギフト行 { $gifts } 件、出金 { $withdrawals } 件
cli-restored-kept = 復元前の台帳は { $copy } に保存されています
cli-cleared = 消去しました。消去前の台帳は { $copy } に保存されています (liveledger restore FILE で元に戻せます)
cli-deleted = { $label } を削除しました。`liveledger trash restore { $undo }` で元に戻せます
cli-put-back = { $label } を元に戻しました
cli-trash-empty = 過去 { $count ->
       *[other] { $days } 日間
    }に削除されたものはありません
cli-backed-up = { $file } にバックアップしました
cli-undone = インポート { $id } を元に戻しました: ギフト行 { $gifts } 件と LIVE配信 { $sessions } 件を削除しました
cli-demo-loaded = デモデータを読み込みました: LIVE配信 { $sessions } 件と、ギフト・出金・修正の行 { $rows } 件
cli-in-balance = 一致しています: { $count ->
       *[other] { $balance } ダイヤモンド
    }
cli-reconciled = 修正 { $id }: { $count ->
       *[other] { $difference } ダイヤモンド
    } (台帳 { $ledger }、TikTok { $wallet })
cli-rate-not-applied = 注意: { $from } 以降の LIVE配信 { $count ->
       *[other] { $stay } 件
    }は記録時のレートのままです。`liveledger rerate --from { $from }` で、変更した場合の違いを確認できます
cli-reading = 読み込み中… { $percent }%
cli-rerate-none = すべての LIVE配信に、その日に有効なレートが適用されています
cli-rerated = LIVE配信 { $count ->
       *[other] { $sessions } 件
    }のレートを更新しました
cli-rerate-preview = 何も変更していません。この LIVE配信 { $count ->
       *[other] { $sessions } 件
    }のレートを更新するには --apply を付けてください
cli-import-warning = インポート { $id }: { $warning }

## 明細。

cli-statement-total = 合計
cli-statement-opening = 初日より前の残高: { $balance }
cli-statement-rounding = 端数: { $rounding } (各行はそれぞれ丸め、合計は正確な総和を丸めています)
cli-statement-rates = 金額は各 LIVE配信の記録時のレートで計算し、0.01 単位で四捨五入 (0 から遠い方へ) しています。

## TikTok の日次と台帳の比較。

cli-day-status-same = 一致
cli-day-status-fewer = 台帳が少ない
cli-day-status-more = 台帳が多い
cli-day-status-bookable = LIVEなし: 記帳可能
cli-day-status-no-live = LIVEなし
cli-day-status-no-tiktok = TikTokのダイヤモンドなし
cli-day-matches = TikTok は { $on } に { $count ->
       *[other] { $tiktok } ダイヤモンド
    }と報告しています。台帳も同じです
cli-day-missing = TikTok は { $on } に { $count ->
       *[other] { $tiktok } ダイヤモンド
    }と報告しています。台帳は { $ledger } です ({ $difference } 不足)
cli-day-extra = TikTok は { $on } に { $count ->
       *[other] { $tiktok } ダイヤモンド
    }と報告しています。台帳は { $ledger } です (TikTok より { $difference } 多い)
cli-day-no-lives-bookable = TikTok は { $on } に { $count ->
       *[other] { $tiktok } ダイヤモンド
    }と報告しています。台帳にはその日の LIVE配信がありません (--book { $day } で記帳できます)
cli-day-no-lives = TikTok は { $on } に { $count ->
       *[other] { $tiktok } ダイヤモンド
    }と報告しています。台帳にはその日の LIVE配信がありません
cli-day-no-diamonds = TikTok のファイルには { $on } のダイヤモンドがありません。台帳には LIVE配信 { $count ->
       *[other] { $lives } 件
    }から { $ledger } あります
cli-day-not-listed = TikTok のファイルに { $on } は載っていません。台帳には LIVE配信 { $count ->
       *[other] { $lives } 件
    }から { $ledger } あります
cli-days-none = TikTok LIVE Center の日次データはまだありません。TikTok LIVE Center で LIVE の分析 (収益、アクティビティ、視聴者、エンゲージメント) をダウンロードし、ファイルをインポートしてください: liveledger import FILE
cli-days-total = TikTok は期間全体で { $count ->
       *[other] { $tiktok } ダイヤモンド
    }と報告しています。台帳のその日々の合計は { $ledger } です。TikTok の数値が残高に加算されることはありません。
cli-days-bookable = LIVE配信のない { $count ->
       *[other] { $days } 日
    }を TikTok の数値 ({ $diamonds } ダイヤモンド) から記帳できます: liveledger days --book DAY
cli-booked-day = { $day } を記帳しました: LIVE配信 { $session }、TikTok の { $count ->
       *[other] { $diamonds } ダイヤモンド
    }
cli-booked-total = 残高が { $count ->
       *[other] { $diamonds } ダイヤモンド
    }増えました。元に戻すには: liveledger imports undo { $import }

## インサイト。

cli-figure = { $value } ({ $count ->
       *[other] LIVE配信 { $lives } 件
    })
cli-figure-none = LIVE配信がまだ足りません ({ $needed } 件中 { $lives } 件)
cli-weekday = { $day ->
        [mon] 月
        [tue] 火
        [wed] 水
        [thu] 木
        [fri] 金
        [sat] 土
       *[sun] 日
    }
cli-insights-none = LIVE配信がまだありません。いくつか記録するかインポートしてください。各数値には 5 件の LIVE配信が必要です。
cli-insights-looked = { $count ->
       *[other] LIVE配信 { $lives } 件
    }を分析しました。中央値です。各数値には { $needed } 件の LIVE配信が必要です。
cli-insights-best = 最適な開始時刻 (LIVE 1時間あたりのダイヤモンド):
cli-insights-best-none = 同じ曜日・時刻の LIVE配信がまだ足りません
cli-insights-lengths = 長さ別 (LIVE 1時間あたりのダイヤモンド | LIVE 1回あたり):
cli-insights-band = { $from }–{ $to } 分
cli-insights-band-open = { $from } 分以上
cli-insights-per-viewer = 視聴者1人あたり: { $viewer } ダイヤモンド、視聴者1,000人あたり: { $thousand } ダイヤモンド (同じ LIVE配信の1時間あたり: { $hour })。TikTok の支払いはギフトごとで、視聴回数ごとではありません。
cli-insights-value-per-1000 = 視聴者1,000人あたりの { $currency }: { $figure }
cli-insights-views-by-day = TikTok LIVE Center の日次から: 視聴1,000回あたり { $diamonds } ダイヤモンド ({ $count ->
       *[other] { $days } 日
    })。
cli-insights-reached = 最低出金額に達しました。
cli-insights-hours-to-go = 最低出金額まで、あと約 { $count ->
       *[other] { $hours } 時間
    }の LIVE配信が必要です (残り { $diamonds } ダイヤモンド、LIVE 1時間あたり { $pace })。
cli-insights-hours-unknown = 残り { $diamonds } ダイヤモンドです。必要な時間は LIVE配信 5 件の後に表示されます。
cli-insights-by = { $day } までに達するには: 週に約 { $count ->
       *[other] { $hours } 時間
    }の LIVE配信。
cli-insights-gifters = LIVE 1回あたりのサポーター: { $gifters }、リピーター: { $returning }。
cli-insights-top = 上位 { $top } 人: ギフトのダイヤモンドの { $share }
cli-insights-supporter = { $diamonds } ダイヤモンド、LIVE配信 { $count ->
       *[other] { $lives } 件
    }
cli-insights-this-week = 今週: { $diamonds } ダイヤモンド、週平均: { $average }。
cli-insights-average = { $average } ({ $count ->
       *[other] { $weeks } 週
    })
cli-insights-average-none = { $weeks } 週の後に表示
cli-insights-room = 配信の様子 (ライブ集計で数えた LIVE配信 { $count ->
       *[other] { $lives } 件
    }): 1分あたりコメント { $comments }、いいね { $likes }。
cli-insights-split = { $what ->
        [comments] 1分あたりのコメント
        [likes] 1分あたりのいいね
        [followers] 1時間あたりの新規フォロワー
       *[days] TikTok LIVE Center の日次での1分あたりのいいね
    }が { $line } を超えた LIVE配信: LIVE 1時間あたり { $above } ダイヤモンド ({ $above_lives } 件)、それ以外: { $below } ({ $below_lives } 件)。
cli-insights-split-none = { $what ->
        [comments] 1分あたりのコメント
        [likes] 1分あたりのいいね
        [followers] 1時間あたりの新規フォロワー
       *[days] TikTok LIVE Center の日次での1分あたりのいいね
    }別: 両側の LIVE配信がまだ足りません (各側 { $needed } 件中 { $lives } 件)。
cli-insights-together = これは同時に起きたことを示すもので、原因を示すものではありません。

## ライブ集計の行 (エンジン自体の詳細は英語のままです)。

cli-capture-connecting = 接続中
cli-capture-connected = 接続済み
cli-capture-reconnecting = 再接続中
cli-capture-stopped-state = 停止
cli-capture-warning = 警告: { $message }
cli-capture-stdout-lost = 警告: 標準出力に書き込めません ({ $error })。ギフトは引き続き保存されます
cli-capture-live-ended = LIVE配信が終了しました: LIVE配信 { $session }
cli-capture-stopped = ライブ集計を停止しました: ギフトイベント { $events } 件、保存したギフト { $stored } 件 (要確認 { $flagged } 件)、スキップした再送イベント { $replayed } 件、連続ギフトの途中経過 { $steps } 件、その他のイベント { $other } 件、読み取れないもの { $unreadable } 件
cli-capture-gift = { $gift } × { $gifts } (1個 { $count ->
       *[other] { $coins } コイン
    })  送り主 { $sender }  LIVE配信 { $session }
cli-capture-grown = ({ $added } 増加)
cli-capture-flagged = [連続ギフトが終了しませんでした: 最大の個数で数えています]
cli-capture-unknown-sender = 不明

## コマンドライン自身のエラー。

cli-invalid-db-pass = --db PATH を指定してください
cli-invalid-no-data-directory = このシステムではデータフォルダーが分かりません。--db PATH を指定してください
cli-invalid-clear-needs-yes = 消去すると、すべての LIVE配信、ギフト、出金が削除されます。確認するには --yes を付けてください
cli-invalid-format = '{ $text }' は形式ではありません (auto、liveledger、gift-events、gift-table、session-summary、json-events、tiktok-data、tiktok-days のいずれか)

## 使い方のエラー: clap が拒否した内容を "usage: " の後に 1 行で（--help の本文は英語のままです）。

cli-usage-unknown-subcommand = 不明なサブコマンド '{ $text }' です（--help を参照してください）
cli-usage-unknown-argument = 予期しない引数 '{ $text }' です（--help を参照してください）
cli-usage-value-required = '{ $arg }' には値が必要ですが、指定されていません（--help を参照してください）
cli-usage-invalid-value = '{ $arg }' の値 '{ $text }' は無効です（--help を参照してください）
cli-usage-too-many-values = '{ $arg }' に予期しない値 '{ $text }' があります。これ以上の値は指定できません（--help を参照してください）
cli-usage-repeated = 引数 '{ $arg }' は複数回指定できません（--help を参照してください）
cli-usage-conflict = 引数 '{ $arg }' は '{ $other }' と同時に指定できません（--help を参照してください）
cli-usage-invalid-utf8 = 1 つ以上の引数が有効な UTF-8 ではありません（--help を参照してください）
cli-usage-missing-arguments = 次の必須引数が指定されていません: { $args }（--help を参照してください）
cli-usage-missing-subcommand = '{ $command }' にはサブコマンドが必要ですが、指定されていません（{ $subcommands } のいずれか）（--help を参照してください）

cli-usage-not-a-number = '{ $arg }' の値 '{ $text }' は無効です: '{ $text }' は数値ではありません（数字と、小数には '.' を使ってください）（--help を参照してください）
cli-usage-not-a-day = '{ $arg }' の値 '{ $text }' は無効です: '{ $text }' は日付ではありません（YYYY-MM-DD で入力してください）（--help を参照してください）
cli-usage-not-a-period = '{ $arg }' の値 '{ $text }' は無効です: '{ $text }' は期間ではありません（day、week、month、year のいずれか）（--help を参照してください）
cli-usage-not-an-export-format = '{ $arg }' の値 '{ $text }' は無効です: '{ $text }' はエクスポート形式ではありません（csv、json、hledger、beancount のいずれか）（--help を参照してください）
cli-usage-not-a-status = '{ $arg }' の値 '{ $text }' は無効です: { core-invalid-status }（--help を参照してください）
cli-usage-not-a-whole-number = '{ $arg }' の値 '{ $text }' は無効です: { $problem ->
        [empty] 数値が指定されていません
        [large] 数値が大きすぎます
        [small] 数値が小さすぎます
       *[digit] 整数ではありません
    }（--help を参照してください）
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = 使い方

## `liveledger --help`（cli/help.rs）：各コマンドとオプションのヘルプ行。
## オプション、コマンド、値の名前、設定キー、YYYY-MM-DD は入力どおりのままです。

cli-help-usage = 使い方:
cli-help-commands = コマンド:
cli-help-arguments = 引数:
cli-help-options = オプション:
cli-help-default = 既定値:
cli-help-about = LiveLedgerの台帳コア：TikTok LIVEのギフト、ダイヤモンド、残高、帳簿をSQLiteで管理します。
cli-help-db = 台帳ファイル（既定：LIVELEDGER_DB、なければアプリのデータフォルダー）
cli-help-lang = 表示する言語（en, es, pt-BR, id, tr, ar, vi, ja, de, fr）。既定：LC_ALL、LC_MESSAGES または LANG、なければ台帳の設定
cli-help-print-help = ヘルプを表示します
cli-help-print-version = バージョンを表示します
cli-help-session = LIVE配信を追加・編集・終了・削除します
cli-help-session-add = LIVE配信を追加し、そのIDを表示します
cli-help-session-add-start = 開始（ISO 8601、タイムゾーンでの 'YYYY-MM-DD HH:MM'、またはエポック秒）
cli-help-session-add-end = 終了。配信中のLIVE配信では省略します
cli-help-session-add-title = タイトル
cli-help-session-add-peak-viewers = 最大同時視聴者数
cli-help-session-add-viewers = ユニーク視聴者数
cli-help-session-add-likes = いいね数
cli-help-session-add-followers = 新しいフォロワー数
cli-help-session-add-diamonds = 個別のギフトなしでLIVE配信に報告されたダイヤモンド
cli-help-session-add-notes = メモ
cli-help-session-edit = LIVE配信の詳細を置き換えます
cli-help-session-edit-id = LIVE配信のID
cli-help-session-end = 配信中のLIVE配信を終了済みにします
cli-help-session-end-at = 日時（既定：現在）
cli-help-session-delete = LIVE配信とそのギフトを削除します
cli-help-session-delete-force = そのダイヤモンドから出金が支払われていても削除します
cli-help-help = このヘルプ、または指定したサブコマンドのヘルプを表示します
cli-help-help-subcommand = サブコマンドのヘルプを表示します
cli-help-sessions = LIVE配信を収益、1時間あたり・視聴者あたりの数値とともに一覧表示します
cli-help-sessions-json = 表の代わりにJSON（小数は文字列）を出力します
cli-help-gift = ギフトを追加・削除・一覧表示します
cli-help-gift-add = ギフトを追加します。--coins を指定しない限りコインはカタログから取ります。そのIDを表示します
cli-help-gift-add-gift = ギフト名（例：Rose）
cli-help-gift-add-coins = そのギフト1個のコイン（カタログより優先）
cli-help-gift-add-count = 個数
cli-help-gift-add-from = 送り主
cli-help-gift-delete = ギフトを削除します
cli-help-gift-delete-id = ギフトのID
cli-help-gift-list = LIVE配信のギフトを一覧表示します
cli-help-withdraw = ダイヤモンドの出金を記録します
cli-help-withdraw-diamonds = 出金したダイヤモンド
cli-help-withdraw-at = 申請日時（既定：現在）
cli-help-withdraw-fee = 手数料（金額）
cli-help-withdraw-method = 受取方法
cli-help-withdraw-status = pending, paid, failed または cancelled
cli-help-withdraw-reference = 支払いの参照番号
cli-help-withdraw-force = 通常と異なる場合（その日の最低額未満、その日の上限超過、未来の日付、最初のダイヤモンドより前）でも記録します
cli-help-withdrawals = 出金を一覧表示し、状態を変更し、または1件削除します
cli-help-withdrawals-list = 出金を一覧表示します
cli-help-withdrawals-status = 出金の状態を変更します
cli-help-withdrawals-status-id = 出金のID
cli-help-withdrawals-delete = 誤って記録した出金を削除します
cli-help-adjust = 残高をダイヤモンド数で、理由とともに修正します
cli-help-adjust-diamonds = 加えるダイヤモンド（減らすには負の数）
cli-help-adjust-reason = 理由
cli-help-adjust-force = 残高がゼロを下回る場合でも記録します
cli-help-reconcile = TikTokに表示されているダイヤモンド残高を入力します。差額は修正として記録されます
cli-help-reconcile-balance = TikTokウォレットの残高（ダイヤモンド）
cli-help-reconcile-reason = 差がある理由（わかる場合）
cli-help-adjustments = 残高の修正を一覧表示します
cli-help-days = TikTok LIVE Center自身の日ごとの数値（そのダウンロードからインポート）を台帳の日と並べ、差額とともに表示します。--book でTikTokが報告しているのに台帳にLIVE配信がない日を記帳します
cli-help-days-book = この日（YYYY-MM-DD）のTikTokのダイヤモンドをLIVE配信として記帳します。台帳にLIVE配信がない日だけです。複数の日は繰り返し指定します
cli-help-insights = LIVE配信全体で何が稼げるか：曜日・開始時刻・長さ別のLIVE 1時間あたりのダイヤモンド、視聴者1人の価値、最低額までにまだ必要な時間。数値には5回のLIVE配信が必要です
cli-help-insights-from = 対象とするLIVE配信の最初の現地日（YYYY-MM-DD）
cli-help-insights-to = 最後の現地日
cli-help-insights-by = 最低額に達したい日：そのために週に何時間LIVE配信が必要かを示します（YYYY-MM-DD）
cli-help-rate = レートを設定・一覧表示します（コインあたりのダイヤモンド、ダイヤモンドあたりの金額、上限・下限）
cli-help-rate-set = ある日からのレートを追加します（同じ日のものは置き換えます）
cli-help-rate-set-from = 適用開始日（YYYY-MM-DD、あなたのタイムゾーン）
cli-help-rate-set-diamonds-per-coin = ギフト価値のコインあたりのダイヤモンド
cli-help-rate-set-money-per-diamond = ダイヤモンドあたりの金額
cli-help-rate-set-currency = 通貨コード（例：USD）
cli-help-rate-set-min-withdrawal = 最低出金額（金額）
cli-help-rate-set-max-per-day = 1日あたりの最大出金額（金額）
cli-help-rate-list = レートを一覧表示します
cli-help-rate-delete = レートを削除します
cli-help-rate-delete-id = レートのID
cli-help-rerate = 新しいレートで変わるLIVE配信を表示し、または（--apply）そのレートに移します
cli-help-rerate-from = レートを付け直すLIVE配信の最初の現地日
cli-help-rerate-apply = 変更します（指定しなければ、変わる内容を表示するだけです）
cli-help-rerate-force = 残高がゼロを下回る場合でも適用します
cli-help-catalog = ギフトカタログを一覧表示・編集します
cli-help-catalog-list = ギフトカタログを一覧表示します
cli-help-catalog-set = ギフトを追加し、またはその価格を変更します
cli-help-catalog-set-name = ギフト名
cli-help-catalog-set-coins = コイン
cli-help-catalog-remove = ギフトを削除します
cli-help-settings = 設定を表示・変更します（timezone, age_confirmed, payout_method, session_gap_minutes, setup_done：アプリの初日の質問に回答済みかスキップ済み）
cli-help-settings-show = 設定を表示します
cli-help-settings-set = 設定を1つ変更します
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done または language
cli-help-settings-set-value = 新しい値
cli-help-summary = 残高、その価値、最低出金額までの進み具合、出金の準備状況と見込み日
cli-help-report = 日・週・月・年ごとの明細
cli-help-report-by = まとめる期間
cli-help-report-from = 数える最初の現地日（YYYY-MM-DD）。それより前は期首残高になります
cli-help-report-to = 数える最後の現地日（YYYY-MM-DD）
cli-help-import = CSVファイルをインポートします：ギフトログ、ギフト表、LIVE配信のまとめ、またはLiveLedgerのエクスポート
cli-help-import-file = ファイル：CSV、スプレッドシート（.xlsx, .xls, .ods）、JSONまたはJSON Linesのギフトイベント、またはTikTokのデータエクスポート（.json または .zip）
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events または tiktok-data
cli-help-import-dry-run = 何も書き込まずに、追加・スキップ・拒否される内容を報告します
cli-help-import-map = ヘッダーからわかることに加える列の対応：フィールド=列,…（フィールド：date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title）
cli-help-import-skip-rows = ヘッダーの上で飛ばす行数（既定：最初の20行の中からヘッダーを探します）
cli-help-import-sheet = 読み込むスプレッドシートのシート（既定：データのある最初のシート）
cli-help-import-skip-lines = これらの行のデータ行を除きます（例：拒否で示された不正な行：4,9,12）。残りはすべてまとめてインポートされるか、まったくされません
cli-help-import-mapping-name = --map をこの名前で保存し、または保存済みのものを使います
cli-help-import-gap-minutes = 新しいLIVE配信を始める、ギフトのない分数（既定：設定の値）
cli-help-imports = 過去のインポートを一覧表示し、または1件を元に戻します
cli-help-imports-list = 過去のインポートを一覧表示します
cli-help-imports-undo = インポートを丸ごと元に戻します
cli-help-imports-undo-id = インポートのID
cli-help-imports-undo-force = そのダイヤモンドから出金が支払われていても元に戻します
cli-help-export = 台帳をCSV、JSON、hledgerの仕訳帳、またはbeancountファイルとしてエクスポートします
cli-help-export-format = csv, json, hledger または beancount
cli-help-export-out = 標準出力の代わりにこのファイルに書き込みます
cli-help-backup = 台帳の一貫したコピーを書き出します（アプリを開いたままでも安全です）
cli-help-backup-file = 書き出し先
cli-help-restore = バックアップを確認したうえで、台帳をそのバックアップで置き換えます
cli-help-restore-file = バックアップファイル
cli-help-demo = デモデータを読み込み、または消去します
cli-help-demo-load = デモ台帳を読み込みます（空の台帳にのみ）
cli-help-demo-load-if-empty = 台帳にすでに記録がある場合は、何もせずに成功します
cli-help-demo-clear = LIVE配信、ギフト、出金、修正をすべて削除します（レート、カタログ、設定は残ります）
cli-help-demo-clear-yes = 確認します
cli-help-trash = 削除したLIVE配信、ギフト、出金（30日間保管）：一覧表示し、または1件を元に戻します
cli-help-trash-list = 削除され、まだ元に戻せるものを新しい順に一覧表示します
cli-help-trash-restore = 削除で取り除いたものを元に戻します
cli-help-trash-restore-id = ごみ箱の項目のID（`trash list` から、または削除時に表示されたもの）
cli-help-trash-restore-force = 残高がゼロを下回る場合でも元に戻します
cli-help-capture = このコンピューター上のツールからギフトをライブで記録します：WebSocket（既定はTikFinityのもの）、またはツールが追記するログファイル。保存したギフトごとに1行を表示します。Ctrl-C で停止：続いている連続ギフトは最大の回数で書き込まれ、印が付きます。LIVE配信は開いたままで（無音の時間の後、または `session end` で終わります）、再開すると同じ配信に加わります
cli-help-capture-ws = 読み取るWebSocket（既定：TikFinityのもの、ws://localhost:21213/）
cli-help-capture-follow = 別のツールが追記するCSVのギフトイベントログ、またはJSON Linesファイル
cli-help-capture-allow-remote-host = このコンピューターではない --ws のホストを許可します
cli-help-capture-silence-minutes = LIVE配信を終え、連続ギフトを区切る、ギフトのない分数（既定：台帳の session_gap_minutes、インポートがLIVE配信をまとめる間隔）
cli-help-capture-dead-after = 記録が再接続するまでに、WebSocketの送信元が何も送らなくてよい秒数（フレームもpingへの応答もなし）
cli-help-capture-json = 保存したギフトごとに1行のJSONを出力します
