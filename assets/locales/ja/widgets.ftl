# すべての画面で使う部品：表、ダイアログ、通知、言語の選択。

## 表

widgets-actions = 操作
widgets-show-more = 残り { $left } 件のうち { $shown } 件を表示

## フォーム

widgets-field-error = { $field }：{ $error }

## 確認と回答

widgets-cancel = キャンセル
widgets-type-to-confirm = 確認のため「{ $word }」と入力してください
widgets-are-you-sure = よろしいですか？
widgets-record-anyway = このまま記録する
widgets-nothing-changed = 何も変更されていません。
widgets-undo = 元に戻す
widgets-put-back = 元に戻しました
widgets-put-back-what = 元に戻しました：{ $what }

## 言語の選択

widgets-language-system = システムの言語（{ $name }）
