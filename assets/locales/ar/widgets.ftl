# عناصر تشترك فيها كل العروض: الجداول والحوارات والإشعارات واختيار اللغة.

## الجداول

widgets-actions = الإجراءات
widgets-show-more = عرض { $shown } أخرى من { $left }

## النماذج

widgets-field-error = { $field }: { $error }

## الأسئلة والإجابات

widgets-cancel = إلغاء
widgets-type-to-confirm = اكتب «{ $word }» للتأكيد
widgets-are-you-sure = هل أنت متأكد؟
widgets-record-anyway = سجّلها على أي حال
widgets-nothing-changed = لم يتغيّر شيء.
widgets-undo = تراجع
widgets-put-back = تمت الاستعادة
widgets-put-back-what = تمت استعادة { $what }

## اختيار اللغة

widgets-language-system = لغة النظام ({ $name })
