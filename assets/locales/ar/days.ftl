# أيام TikTok: أرقام TikTok LIVE Center لكل يوم بجانب أيام سجلّك، وتسجيل يوم
# يُبلغ عنه TikTok ولا يوجد له بث في سجلّك.

days-title = أيام TikTok

## لا توجد ملفات من TikTok LIVE Center بعد

days-empty-title = لا توجد أيام من TikTok LIVE Center بعد
days-empty-text = في TikTok LIVE Center، افتح تحليلات البث المباشر ونزّلها: أربعة ملفات CSV ‏(Revenue وActivity وViewers وEngagement)، بسطر لكل يوم. استورد أيًّا منها هنا؛ يحفظها LiveLedger أرقامًا من TikTok بجانب سجلّك ولا يضيفها إلى رصيدك أبدًا.
days-empty-import = استيراد ملفات TikTok

## أرقام TikTok بجانب سجلّك

days-beside-title = أرقام TikTok بجانب سجلّك
days-beside-text = أرقام TikTok LIVE Center نفسها لكل يوم، من الملفات التي استوردتها. إنها رواية TikTok، تُحفظ بجانب سجلّك ولا تُضاف إلى رصيدك أبدًا. يوم السجلّ هو اليوم الذي بدأ فيه كل بث، بحسب منطقتك الزمنية.
days-total = { $count ->
    [zero] يُبلغ TikTok عن { $tiktok } في هذه الأيام؛ وفي سجلّك { $ledger }. لا يختلف أي يوم.
    [one] يُبلغ TikTok عن { $tiktok } في هذه الأيام؛ وفي سجلّك { $ledger }. يختلف يوم واحد.
    [two] يُبلغ TikTok عن { $tiktok } في هذه الأيام؛ وفي سجلّك { $ledger }. يختلف يومان.
    [few] يُبلغ TikTok عن { $tiktok } في هذه الأيام؛ وفي سجلّك { $ledger }. تختلف { $count } أيام.
    [many] يُبلغ TikTok عن { $tiktok } في هذه الأيام؛ وفي سجلّك { $ledger }. يختلف { $count } يومًا.
   *[other] يُبلغ TikTok عن { $tiktok } في هذه الأيام؛ وفي سجلّك { $ledger }. يختلف { $count } يوم.
}
days-book-all = { $count ->
    [zero] تسجيل الأيام بلا بث ({ $diamonds })
    [one] تسجيل اليوم الوحيد بلا بث ({ $diamonds })
    [two] تسجيل اليومين بلا بث ({ $diamonds })
    [few] تسجيل الأيام الـ{ $count } بلا بث ({ $diamonds })
    [many] تسجيل الـ{ $count } يومًا بلا بث ({ $diamonds })
   *[other] تسجيل الـ{ $count } يوم بلا بث ({ $diamonds })
}
days-book-one = تسجيل هذا اليوم
days-what-differs = ما يختلف

## الأعمدة والحالات

days-col-day = اليوم
days-col-tiktok = TikTok
days-col-ledger = السجلّ
days-col-difference = الفرق
days-col-lives = البثوث
days-col-live-time = مدة البث
days-col-viewers = المشاهدون الفريدون
days-col-likes = الإعجابات
days-col-status = الحالة
days-col-actions = الإجراءات
days-status-matches = متطابق
days-status-missing = السجلّ أقل
days-status-extra = السجلّ أكثر
days-status-no-lives = لا بث
days-status-no-tiktok-diamonds = لا ألماس من TikTok

## ما تقوله مقارنة يوم واحد

days-sentence-no-diamonds = { $count ->
    [zero] لا تذكر ملفات TikTok ألماسًا في { $day }؛ وفي سجلّك { $ledger } من دون أي بث.
    [one] لا تذكر ملفات TikTok ألماسًا في { $day }؛ وفي سجلّك { $ledger } من بث واحد.
    [two] لا تذكر ملفات TikTok ألماسًا في { $day }؛ وفي سجلّك { $ledger } من بثّين.
    [few] لا تذكر ملفات TikTok ألماسًا في { $day }؛ وفي سجلّك { $ledger } من { $count } بثوث.
    [many] لا تذكر ملفات TikTok ألماسًا في { $day }؛ وفي سجلّك { $ledger } من { $count } بثًّا.
   *[other] لا تذكر ملفات TikTok ألماسًا في { $day }؛ وفي سجلّك { $ledger } من { $count } بث.
}
days-sentence-not-listed = { $count ->
    [zero] لا تذكر ملفات TikTok يوم { $day }؛ وفي سجلّك { $ledger } من دون أي بث.
    [one] لا تذكر ملفات TikTok يوم { $day }؛ وفي سجلّك { $ledger } من بث واحد.
    [two] لا تذكر ملفات TikTok يوم { $day }؛ وفي سجلّك { $ledger } من بثّين.
    [few] لا تذكر ملفات TikTok يوم { $day }؛ وفي سجلّك { $ledger } من { $count } بثوث.
    [many] لا تذكر ملفات TikTok يوم { $day }؛ وفي سجلّك { $ledger } من { $count } بثًّا.
   *[other] لا تذكر ملفات TikTok يوم { $day }؛ وفي سجلّك { $ledger } من { $count } بث.
}
days-sentence-same = يُبلغ TikTok عن { $tiktok } في { $day }؛ وفي سجلّك الرقم نفسه.
days-sentence-missing = يُبلغ TikTok عن { $tiktok } في { $day }؛ وفي سجلّك { $ledger } (ينقص { $difference }).
days-sentence-extra = يُبلغ TikTok عن { $tiktok } في { $day }؛ وفي سجلّك { $ledger } ({ $difference } أكثر من TikTok).
days-sentence-no-lives = يُبلغ TikTok عن { $tiktok } في { $day }؛ ولا يوجد في سجلّك بث في ذلك اليوم.

## تسجيل أيام من أرقام TikTok

days-book-title = { $count ->
    [zero] هل تريد تسجيل الأيام من أرقام TikTok؟
    [one] هل تريد تسجيل هذا اليوم من رقم TikTok؟
    [two] هل تريد تسجيل يومين من أرقام TikTok؟
    [few] هل تريد تسجيل { $count } أيام من أرقام TikTok؟
    [many] هل تريد تسجيل { $count } يومًا من أرقام TikTok؟
   *[other] هل تريد تسجيل { $count } يوم من أرقام TikTok؟
}
days-book-line = { $day }: بث بألماس TikTok البالغ { $diamonds }
days-book-effect = يزيد رصيدك بمقدار { $diamonds }. لا تُسجَّل إلا الأيام التي لا بث لها في سجلّك.
days-book-confirm = { $count ->
    [zero] تسجيل الأيام
    [one] تسجيل اليوم
    [two] تسجيل اليومين
    [few] تسجيل الأيام
    [many] تسجيل الأيام
   *[other] تسجيل الأيام
}
days-booked = { $count ->
    [zero] لم يُسجَّل أي يوم: { $diamonds }
    [one] سُجّل يوم واحد: { $diamonds }
    [two] سُجّل يومان: { $diamonds }
    [few] سُجّلت { $count } أيام: { $diamonds }
    [many] سُجّل { $count } يومًا: { $diamonds }
   *[other] سُجّل { $count } يوم: { $diamonds }
}
days-undo = تراجع
days-unbooked = أُزيلت الأيام المسجّلة مرة أخرى
