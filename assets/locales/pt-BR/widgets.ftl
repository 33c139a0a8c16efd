# Peças que todas as telas compartilham: tabelas, diálogos, avisos e o
# seletor de idioma.

## Tabelas

widgets-actions = Ações
widgets-show-more = Mostrar mais { $shown } de { $left }

## Formulários

widgets-field-error = { $field }: { $error }

## Perguntas e respostas

widgets-cancel = Cancelar
widgets-type-to-confirm = Digite “{ $word }” para confirmar
widgets-are-you-sure = Tem certeza?
widgets-record-anyway = Registrar mesmo assim
widgets-nothing-changed = Nada foi alterado.
widgets-undo = Desfazer
widgets-put-back = Restaurado
widgets-put-back-what = Restaurado: { $what }

## Seletor de idioma

widgets-language-system = Idioma do sistema ({ $name })
