# لوحة الالتقاط في العدّ المباشر: هدايا تُسجَّل تلقائيًا من أداة بث على هذا
# الحاسوب (WebSocket الخاص بـ TikFinity، أو ملف سجل تكتبه أداة أخرى).

capture-title = الالتقاط من…
capture-intro = تُسجَّل الهدايا تلقائيًا من أداة بث على هذا الحاسوب، وتُحفظ كل هدية لحظة وصولها. تُحتسب السلاسل مرة واحدة عند انتهائها. تبقى أزرار العدّ للهدايا التي فاتت الأداة.
capture-source-label = المصدر
capture-source-ws = WebSocket (TikFinity)
capture-source-file = ملف سجل
capture-address-label = العنوان
capture-file-placeholder = مسار ملف السجل الذي تكتبه الأداة
capture-choose-file = اختيار ملف…
capture-connect = اتصال
capture-stop = إيقاف

## حالة الاتصال.

capture-state-connecting = جارٍ الاتصال
capture-state-connected = متصل
capture-state-reconnecting = جارٍ إعادة الاتصال
capture-state-stopped = متوقف
capture-status-running = { $state } — { $detail } · { $count ->
    [zero] لم تُسجَّل أي هدية
    [one] سُجّلت هدية واحدة
    [two] سُجّلت هديتان
    [few] سُجّلت { $count } هدايا
    [many] سُجّلت { $count } هدية
   *[other] سُجّلت { $count } هدية
}
capture-status-stopped = متوقف — { $count ->
    [zero] لم تُسجَّل أي هدية
    [one] سُجّلت هدية واحدة
    [two] سُجّلت هديتان
    [few] سُجّلت { $count } هدايا
    [many] سُجّلت { $count } هدية
   *[other] سُجّلت { $count } هدية
}
capture-not-capturing = لا يجري الالتقاط.
capture-last-problem = آخر مشكلة: { $problem }

## السلاسل الجارية والهدايا المسجّلة.

capture-pending-title = سلاسل جارية (تُحتسب عند انتهائها)
capture-no-streak = لا توجد سلسلة جارية.
capture-gifts-title = الهدايا المسجّلة، الأحدث أولًا
capture-gifts-empty = تظهر الهدايا هنا، الأحدث أولًا، كما ترسلها الأداة.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift } من { $sender }
capture-unfinished = سلسلة لم تكتمل
capture-unfinished-hint = لم تصل نهاية السلسلة: احتُسبت بأعلى عدد بلغته
capture-dropped = انقطع المصدر
capture-dropped-hint = انقطع المصدر أثناء هذه السلسلة؛ قد لا تنتهي أبدًا
capture-announce = هدية جديدة: { $count } × { $gift }.
capture-announce-from = هدية جديدة: { $count } × { $gift } من { $sender }.
