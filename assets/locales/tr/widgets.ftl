# Tüm görünümlerin paylaştığı parçalar: tablolar, iletişim kutuları,
# bildirimler ve dil seçici.

## Tablolar

widgets-actions = İşlemler
widgets-show-more = Kalan { $left } satırdan { $shown } tanesini göster

## Formlar

widgets-field-error = { $field }: { $error }

## Sorular ve yanıtlar

widgets-cancel = İptal
widgets-type-to-confirm = Onaylamak için "{ $word }" yazın
widgets-are-you-sure = Emin misiniz?
widgets-record-anyway = Yine de kaydet
widgets-nothing-changed = Hiçbir şey değiştirilmedi.
widgets-undo = Geri al
widgets-put-back = Geri getirildi
widgets-put-back-what = Geri getirildi: { $what }

## Dil seçici

widgets-language-system = Sistem dili ({ $name })
