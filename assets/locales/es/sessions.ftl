# La vista Directos: la lista de directos, el detalle de uno (resumen,
# regalos por donador, un regalo añadido a mano) y el formulario para
# añadirlo o editarlo.

sessions-title = Directos
sessions-filter-placeholder = Filtrar por título o fecha…
sessions-filter-label = Filtrar directos
sessions-new = Nuevo directo
sessions-no-match = Ningún directo coincide con el filtro.
sessions-empty-title = Aún no hay directos
sessions-empty-text = Añade los directos que has hecho, con sus regalos, o impórtalos desde un archivo CSV.

## Columnas de la lista. «en vivo» marca un directo que sigue abierto.

sessions-col-date = Fecha
sessions-col-duration = Duración
sessions-col-title = Título
sessions-col-diamonds = Diamantes
sessions-col-value = Valor
sessions-col-viewers = Espectadores
sessions-col-per-hour = Por hora
sessions-running-badge = en vivo

## El formulario de un directo.

sessions-field-start = Inicio
sessions-field-end = Fin
sessions-field-end-hint = Déjalo vacío mientras el directo sigue en curso.
sessions-field-title = Título
sessions-field-viewers = Espectadores
sessions-field-peak-viewers = Máximo de espectadores
sessions-field-new-followers = Nuevos seguidores
sessions-field-diamonds = Diamantes según TikTok
sessions-field-diamonds-hint = Del resumen del LIVE de TikTok, si no registras cada regalo.
sessions-field-notes = Notas
sessions-edit-title = Editar directo
sessions-new-title = Nuevo directo
sessions-save = Guardar
sessions-add = Añadir directo
sessions-cancel = Cancelar
sessions-saved = Directo guardado
sessions-added = Directo añadido

## El detalle de un directo.

sessions-untitled = Directo
sessions-edit = Editar
sessions-delete = Eliminar
sessions-close = Cerrar
sessions-close-label = Cerrar el detalle del directo
sessions-recap = Resumen
sessions-earned = Ganado
sessions-duration = Duración
sessions-still-live = aún en vivo
sessions-per-hour-live = Por hora en vivo
sessions-gifts = Regalos
sessions-top-gifters = Mejores donadores
sessions-no-gifters = Sin nombres de donadores
sessions-gifts-from = { $count ->
    [one] { $count } regalo
   *[other] { $count } regalos
} de { $senders ->
    [one] { $senders } donador
   *[other] { $senders } donadores
}
sessions-by-sender = Regalos por donador
sessions-no-sender = Sin nombre de donador
sessions-sender-line = { $count ->
    [one] { $count } regalo
   *[other] { $count } regalos
} · { $coins }
sessions-no-gifts = No hay filas de regalos en este directo.
sessions-per-thousand-viewers = { $value } por cada 1000 espectadores

## La tabla de regalos de un directo.

sessions-col-time = Hora
sessions-col-gift = Regalo
sessions-col-coins = Monedas
sessions-col-count = Cantidad
sessions-col-actions = Acciones
sessions-estimated = estimado
sessions-estimated-hint = El registro importado terminó antes que esta racha: se cuenta con su cantidad más alta hasta ahora. Importar el resto del registro la completa.
sessions-delete-gift-label = Eliminar { $gift }
sessions-delete-gift-from-label = Eliminar { $gift } de { $sender }

## Añadir un regalo a mano.

sessions-gift-field = Regalo
sessions-gift-placeholder = Rose
sessions-gift-hint = Un regalo del catálogo toma sus monedas del catálogo.
sessions-coins-field = Monedas por unidad
sessions-coins-placeholder = del catálogo
sessions-count-field = Cantidad
sessions-sender-field = De
sessions-sender-placeholder = opcional
sessions-add-gift = Añadir regalo
sessions-gift-added = Regalo añadido

## Eliminar un regalo o un directo (se puede deshacer).

sessions-delete-gift-title = ¿Eliminar este regalo?
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } de { $sender } ({ $coins }).
sessions-undo-hint = Puedes deshacerlo justo después.
sessions-delete-gift-confirm = Eliminar regalo
sessions-delete-anyway = Eliminarlo de todos modos
sessions-gift-deleted = Regalo eliminado
sessions-restore-anyway = Restaurarlo de todos modos
sessions-delete-session-title = ¿Eliminar este directo?
sessions-delete-session-line = { $title } · { $date }: { $count ->
    [one] { $count } regalo
   *[other] { $count } regalos
}, { $diamonds }.
sessions-delete-session-confirm = Eliminar directo
sessions-session-deleted = Directo eliminado
