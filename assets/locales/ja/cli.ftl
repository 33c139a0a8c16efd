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
