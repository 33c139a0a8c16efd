# Piezas que comparten todas las vistas: tablas, diálogos, avisos y el
# selector de idioma.

## Tablas

widgets-actions = Acciones
widgets-show-more = Mostrar { $shown } más de { $left }

## Formularios

widgets-field-error = { $field }: { $error }

## Preguntas y respuestas

widgets-cancel = Cancelar
widgets-type-to-confirm = Escribe «{ $word }» para confirmar
widgets-are-you-sure = ¿Seguro?
widgets-record-anyway = Registrar de todos modos
widgets-nothing-changed = No se cambió nada.
widgets-undo = Deshacer
widgets-put-back = Restaurado
widgets-put-back-what = Restaurado: { $what }

## Selector de idioma

widgets-language-system = Idioma del sistema ({ $name })
