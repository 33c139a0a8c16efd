# La vista Conteo en vivo: empezar un directo, registrar sus regalos con un
# clic o una tecla, terminarlo y el resumen que aparece al terminar.

live-heading = Conteo en vivo
live-badge = LIVE

## Antes de un directo.

live-start-card = Empezar un directo
live-start-intro = Registra los regalos mientras estás en directo: un clic o una tecla por regalo. Cada toque se guarda al instante, así que cerrar la app no pierde nada: el directo sigue abierto cuando vuelves.
live-title-label = Título
live-title-placeholder = ¿De qué trata este directo? (opcional)
live-go = Empezar directo y conteo

## Durante un directo.

live-started = Empezó { $when }. Las teclas 1–9 añaden un regalo; Ctrl+Z deshace el último.
live-sender-label = Donador
live-sender-placeholder = Donador del próximo regalo (opcional)
live-senders-label = Donadores recientes
live-senders-hint = Se borra tras cada regalo. Recientes:
live-other-label = Otro regalo
live-other-gift = Otro regalo…
live-other-option = { $gift } ({ $coins })
live-streak-label = Cuántos del próximo regalo
live-armed-note = El próximo regalo cuenta ×{ $times }
live-armed-hint = Vuelve a ×1 al registrarlo (Esc cancela).
live-key = Tecla { $key }
live-this-live = Este directo
live-value-gifts = { $value } · { $count ->
    [one] { $count } regalo
   *[other] { $count } regalos
}
live-threshold-title = Umbral de retiro
live-balance-line = Saldo { $diamonds } = { $value } de { $minimum } · { $percent }
live-last-gifts = Últimos regalos
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } de { $sender }
live-undo-last = Deshacer el último (Ctrl+Z)
live-nothing-to-undo = No hay nada que deshacer
live-remove-anyway = Quitarlo de todos modos

## Lo que oye un lector de pantalla, y lo que se muestra al deshacer.

live-logged = Registrado: { $count } × { $gift }. Este directo: { $total }.
live-logged-from = Registrado: { $count } × { $gift } de { $sender }. Este directo: { $total }.
live-removed-toast = Quitado: { $count } × { $gift }
live-removed = Quitado: { $count } × { $gift }. Este directo: { $total }.

## Terminar un directo.

live-end = Terminar directo
live-end-title = ¿Terminar este directo?
live-end-so-far = { $count ->
    [one] Lleva { $count } regalo por { $diamonds } hasta ahora.
   *[other] Lleva { $count } regalos por { $diamonds } hasta ahora.
}
live-end-after = Los regalos que registres después empezarán un directo nuevo.
live-ended = Directo terminado y guardado

## El resumen de un directo recién terminado.

live-recap-title = Directo terminado
live-recap-title-named = Directo terminado: { $title }
live-recap-card = Resumen
live-earned = Ganado
live-earned-value = { $diamonds } · { $value }
live-duration = Duración
live-gifts = Regalos
live-top-gifters = Mejores donadores
live-gifter-line = { $count ->
    [one] { $count } regalo
   *[other] { $count } regalos
} · { $coins }
live-no-gifters = Ningún regalo tenía donador.
live-from-tiktok = Del resumen del LIVE de TikTok
live-from-tiktok-hint = Cópialos del resumen que TikTok muestra tras el directo (opcional).
live-viewers = Espectadores
live-followers = Nuevos seguidores
live-save = Guardar
live-saved = Guardado en este directo
live-another = Empezar otro directo
live-all-lives = Todos los directos
