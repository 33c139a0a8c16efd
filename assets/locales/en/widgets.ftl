# Pieces every view shares: tables, dialogs, toasts and the language picker.

## Tables

# A column of buttons has no visible header; a screen reader says this.
widgets-actions = Actions
# $shown: rows the button adds; $left: rows not shown yet.
widgets-show-more = Show { $shown } more of { $left }

## Forms

# $field: the name of the field the core named; $error: its message.
widgets-field-error = { $field }: { $error }

## Questions and answers

widgets-cancel = Cancel
# $word: the word to type, such as "clear".
widgets-type-to-confirm = Type { $word } to confirm
widgets-are-you-sure = Are you sure?
widgets-record-anyway = Record it anyway
widgets-nothing-changed = Nothing was changed.
widgets-undo = Undo
widgets-put-back = Put back
# $what: what was put back, as the ledger names it.
widgets-put-back-what = Put back { $what }

## The language picker

# $name: the system's language in its own name, such as Deutsch.
widgets-language-system = System language ({ $name })
