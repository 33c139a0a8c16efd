core-capture-starting = memulai
core-capture-stopped = penangkapan dihentikan
core-capture-stopped-by = penangkapan dihentikan: { $error }
core-capture-connecting = menghubungkan ke { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; mencoba lagi dalam { $seconds } dtk
core-capture-following = mengikuti { $name }
core-capture-waiting = menunggu: { $name } { $why }
