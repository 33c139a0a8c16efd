# عرض العدّ المباشر: بدء بث مباشر، وتسجيل هداياه بنقرة أو بمفتاح، وإنهاؤه،
# والملخص الذي يظهر عند انتهائه. للعربية ست صيغ للعدد.

live-heading = العدّ المباشر
live-badge = LIVE

## قبل البث.

live-start-card = بدء بث مباشر
live-start-intro = سجّل الهدايا أثناء البث: نقرة واحدة أو ضغطة مفتاح لكل هدية. تُحفظ كل نقرة فورًا، فإغلاق التطبيق لا يضيّع شيئًا — ويبقى البث جاريًا حين تعود.
live-title-label = العنوان
live-title-placeholder = عمَّ هذا البث؟ (اختياري)
live-go = ابدأ البث والعدّ

## أثناء البث.

live-started = بدأ { $when }. المفاتيح 1–9 تضيف هدية، وCtrl+Z يتراجع عن آخرها.
live-sender-label = المرسِل
live-sender-placeholder = مرسِل الهدية التالية (اختياري)
live-senders-label = المرسِلون مؤخرًا
live-senders-hint = يُمسح بعد كل هدية. مؤخرًا:
live-other-label = هدية أخرى
live-other-gift = هدية أخرى…
live-other-option = { $gift } ({ $coins })
live-streak-label = كم من الهدية التالية
live-armed-note = تُحتسب الهدية التالية ×{ $times }
live-armed-hint = يعود إلى ×1 بعد تسجيلها (Esc للإلغاء).
live-key = المفتاح { $key }
live-this-live = هذا البث
live-value-gifts = { $value } · { $count ->
    [zero] { $count } هدية
    [one] هدية واحدة
    [two] هديتان
    [few] { $count } هدايا
    [many] { $count } هدية
   *[other] { $count } هدية
}
live-threshold-title = حد السحب
live-balance-line = الرصيد { $diamonds } = { $value } من { $minimum } · { $percent }
live-last-gifts = آخر الهدايا
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } من { $sender }
live-undo-last = تراجع عن الأخيرة (Ctrl+Z)
live-nothing-to-undo = لا شيء للتراجع عنه
live-remove-anyway = أزلها على أي حال

## ما يُقرأ لقارئ الشاشة، وما يظهر بعد التراجع.

live-logged = سُجّل { $count } × { $gift }. هذا البث: { $total }.
live-logged-from = سُجّل { $count } × { $gift } من { $sender }. هذا البث: { $total }.
live-removed-toast = أُزيل { $count } × { $gift }
live-removed = أُزيل { $count } × { $gift }. هذا البث: { $total }.

## إنهاء البث.

live-end = إنهاء البث
live-end-title = إنهاء هذا البث؟
live-end-so-far = { $count ->
    [zero] لا توجد فيه هدايا حتى الآن.
    [one] فيه هدية واحدة حتى الآن بقيمة { $diamonds }.
    [two] فيه هديتان حتى الآن بقيمة { $diamonds }.
    [few] فيه { $count } هدايا حتى الآن بقيمة { $diamonds }.
    [many] فيه { $count } هدية حتى الآن بقيمة { $diamonds }.
   *[other] فيه { $count } هدية حتى الآن بقيمة { $diamonds }.
}
live-end-after = الهدايا المسجّلة بعد ذلك تبدأ بثًا جديدًا.
live-ended = انتهى البث وحُفظ

## ملخص بث انتهى للتو.

live-recap-title = انتهى البث
live-recap-title-named = انتهى البث: { $title }
live-recap-card = الملخص
live-earned = الأرباح
live-earned-value = { $diamonds } · { $value }
live-duration = المدة
live-gifts = الهدايا
live-top-gifters = أبرز الداعمين
live-gifter-line = { $count ->
    [zero] { $count } هدية
    [one] هدية واحدة
    [two] هديتان
    [few] { $count } هدايا
    [many] { $count } هدية
   *[other] { $count } هدية
} · { $coins }
live-no-gifters = لم يكن لأي هدية مرسِل.
live-from-tiktok = من ملخص LIVE في TikTok
live-from-tiktok-hint = انسخها من الملخص الذي يعرضه TikTok بعد البث (اختياري).
live-viewers = المشاهدون
live-followers = متابعون جدد
live-save = حفظ
live-saved = حُفظ في هذا البث
live-another = بدء بث آخر
live-all-lives = كل البثوث
