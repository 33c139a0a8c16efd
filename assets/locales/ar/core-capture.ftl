core-capture-starting = جارٍ البدء
core-capture-stopped = توقّف الالتقاط
core-capture-stopped-by = توقّف الالتقاط: { $error }
core-capture-connecting = جارٍ الاتصال بـ { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }؛ إعادة المحاولة بعد { $seconds } ث
core-capture-following = جارٍ تتبّع { $name }
core-capture-waiting = في الانتظار: { $name } { $why }

## مشكلات الالتقاط وأسبابها. ‏$where موضع؛ و$error و$reason تُقال داخلها؛
## و$text ما أرسله المصدر؛ ويبقى $error الخاص بقارئ JSON أو CSV أو WebSocket بكلماته (الإنجليزية).

core-capture-at-message = الرسالة { $n }
core-capture-at-line = { $name }، السطر { $n }
core-capture-column = العمود { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: كان المتوقع { $what ->
    [gift-id] معرّف هدية
    [gift-name] اسم هدية
    [price-zero-or-more] سعر الهدية بالعملات (0 أو أكثر)
    [price-diamondcount] سعر الهدية بالعملات (diamondCount)
    [repeat-count-one-or-more] عدد تكرار 1 أو أكثر
    [repeat-count] عدد تكرار
    [true-false] true أو false
    [gift-type] رقم نوع هدية
    [time] وقتًا
    [count-range] عددًا من 0 إلى { $max }
   *[other] قيمة
}، لكن وُجد { $text }
core-capture-event-too-large = كان المتوقع حدثًا لا يزيد على { $max } كيلوبايت، لكن وُجد { $size } كيلوبايت
core-capture-not-json = كان المتوقع كائن JSON ({ $error })، لكن وُجد { $text }
core-capture-not-object = كان المتوقع كائن JSON، لكن وُجد { $text }
core-capture-binary = كان المتوقع نصًا بترميز UTF-8، لكن وُجدت بيانات ثنائية
core-capture-no-gift = يحتاج حدث الهدية إلى { $name } أو { $id }، ولم يوجد أيٌّ منهما
core-capture-no-price = { $where }: كان المتوقع سعر الهدية بالعملات، ولم يوجد شيء
core-capture-price-negative = { $where }: كان المتوقع سعرًا من 0 عملة أو أكثر، لكن وُجد { $n }
core-capture-count-below-one = { $where }: كان المتوقع عدد تكرار 1 أو أكثر، لكن وُجد { $n }
core-capture-too-many-coins = { $where }: { $n } × { $coins } عملة أكثر مما يستطيع السجل عدّه
core-capture-no-gift-name = { $where }: كان المتوقع اسم هدية أو معرّفها، ولم يوجد شيء
core-capture-no-date = { $where }: كان المتوقع تاريخًا ووقتًا، ولم يوجد شيء
core-capture-day-or-month = { $where }: قد يكون { $text } يومًا/شهرًا أو شهرًا/يومًا؛ يحتاج السجل المتابَع إلى تواريخ مثل 2026-03-01
core-capture-not-a-date = { $where }: { $text } ليس تاريخًا
core-capture-no-header = كان المتوقع سطر عناوين
core-capture-log-header = كان المتوقع عناوين سجل أحداث الهدايا ({ $columns })، لكن وُجد { $text }
core-capture-line-too-long = كان المتوقع سطرًا لا يزيد على { $max } كيلوبايت
core-capture-no-row = كان المتوقع صفًا، ولم يوجد شيء

core-capture-problem-unflushed = تعذّرت كتابة السلاسل التي ما زالت جارية: { $error }
core-capture-problem-no-live = لا يوجد بث مباشر جارٍ لإنهائه
core-capture-problem-end = تعذّر إنهاء البث المباشر: { $error }
core-capture-problem-close = تعذّر إغلاق البث المباشر بعد صمته: { $error }
core-capture-problem-position = { $where }: تعذّر حفظ الموضع في الملف: { $error }
core-capture-problem-position-unread = { $name }: تتعذّر قراءة الموضع الذي توقف عنده الالتقاط: { $error }
core-capture-problem-gift = { $where }: تعذّرت كتابة الهدية: { $error }
core-capture-problem-engagement = { $where }: تعذّر عدّ التفاعل: { $error }
core-capture-problem-flag = تعذّر وسم السلاسل الجارية: { $error }
core-capture-problem-unread = { $name }: تتعذّر القراءة: { $reason }
core-capture-problem-replaced = لم يعد { $name } الملف الذي كان الالتقاط يتابعه (أصبح أقصر، أو تغيّرت بدايته): تُعاد قراءته من بدايته

core-capture-why-not-there = غير موجود بعد
core-capture-why-not-regular = { $found ->
    [folder] مجلد
    [fifo] أنبوب مسمّى (FIFO)
    [character-device] جهاز أحرف
    [block-device] جهاز كتل
    [socket] مقبس
   *[other] شيء آخر
}، وليس ملفًا عاديًا
core-capture-why-unopened = يتعذّر فتحه: { $reason }
core-capture-why-unread = تتعذّر قراءته: { $reason }
core-capture-why-cannot-read = تتعذّر القراءة: { $reason }
core-capture-why-unresolved = يتعذّر تحليل { $host }: { $reason }
core-capture-why-no-address = لا يشير { $host } إلى أي عنوان على هذا الحاسوب
core-capture-why-handshake = رفض { $url } مصافحة WebSocket: { $error }
core-capture-why-nothing-answers = لا شيء يجيب على { $url } ({ $last })
core-capture-why-silent = لا إطار ولا رد على نداء ping منذ { $seconds } ث
core-capture-why-dropped = انقطع الاتصال: { $error }
core-capture-why-source-closed = أغلق المصدر الاتصال
core-capture-why-closed = أُغلق الاتصال
core-capture-utf16 = السجل بترميز UTF-16؛ يجب أن يكون السجل المتابَع بترميز UTF-8 (استورد ملف UTF-16 بدلًا من ذلك)
