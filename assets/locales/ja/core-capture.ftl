core-capture-starting = 開始しています
core-capture-stopped = 取り込みを停止しました
core-capture-stopped-by = 取り込みを停止しました：{ $error }
core-capture-connecting = { $url } に接続しています
core-capture-connected = { $url }
core-capture-retrying = { $reason }。{ $seconds } 秒後に再試行します
core-capture-following = { $name } を追跡しています
core-capture-waiting = 待機中：{ $name } { $why }
