# 出金: TikTokからの出金の記録、台帳とTikTokウォレットの照合、その履歴。

withdrawals-title = 出金

## 出金を記録

withdrawals-record-title = 出金を記録
withdrawals-diamonds = ダイヤモンド
withdrawals-requested = 申請日時
withdrawals-fee = 手数料
withdrawals-method = 受取方法
withdrawals-status = ステータス
withdrawals-reference = 参照番号
withdrawals-withdrawable = 今すぐ出金可能: { $diamonds }（{ $money }）
withdrawals-not-ready = まだ準備ができていません。足りないものはダッシュボードで確認してください。
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — TikTokの最低出金額 { $minimum } 未満です
withdrawals-record-button = 出金を記録
withdrawals-recorded = 出金を記録しました

## TikTokが支払わない出金を記録する前の確認

withdrawals-below-title = TikTokは { $minimum } 未満の出金を支払いません
withdrawals-below-line = この出金は { $money } です。TikTokが実際に支払った場合にのみ記録してください。
withdrawals-ask-title = この出金を記録しますか？
withdrawals-record-anyway = このまま記録

## 出金のステータス

withdrawals-status-pending = 処理中
withdrawals-status-paid = 支払済み
withdrawals-status-failed = 失敗
withdrawals-status-cancelled = キャンセル済み
withdrawals-status-changed = ステータスを変更しました

## TikTokウォレットとの照合

withdrawals-reconcile-title = TikTokと照合
withdrawals-reconcile-text = 台帳の残高は { $diamonds } です。TikTokの表示と違う場合はその数を入力してください。差分は理由とともに修正として記録されます。
withdrawals-wallet-balance = TikTokウォレットに表示されているダイヤモンド
withdrawals-wallet-reason = 差がある理由（わかれば）
withdrawals-reconcile-button = 照合
withdrawals-reconciled = 台帳はTikTokと一致しています
withdrawals-correction-recorded = { $count ->
   *[other] { $shown } ダイヤモンドの修正を記録しました
}

## 履歴

withdrawals-history-title = 履歴
withdrawals-newest-first = 新しい順。
withdrawals-empty = まだ出金はありません。TikTokで出金したら、残高を正確に保つためにここに記録してください。
withdrawals-amount = 金額
withdrawals-net = 受取額
withdrawals-actions = 操作
withdrawals-below-badge = 最低額未満
withdrawals-below-badge-title = その日のTikTokの最低出金額 { $minimum } 未満: TikTokが支払ったとあなたが確認したため記録されています。

## 出金の削除

withdrawals-delete = 削除
withdrawals-delete-label = { $diamonds } の出金を削除
withdrawals-delete-title = この出金の記録を削除しますか？
withdrawals-delete-line = { $diamonds }（{ $money }）、申請日時 { $when }。
withdrawals-delete-effect = その分のダイヤモンドが残高に戻ります。直後なら元に戻せます。
withdrawals-delete-confirm = 出金を削除
withdrawals-deleted = 出金を削除しました
withdrawals-restore-anyway = このまま復元

## 照合による修正

withdrawals-corrections-title = 修正
withdrawals-when = 日時
withdrawals-reason = 理由
