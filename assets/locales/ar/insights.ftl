# الرؤى («ما الذي يحقق الأرباح»): ما الذي يحقق الأرباح عبر كل بثوثك. يستند
# كل رقم إلى عدد من البثوث (أو أيام TikTok)؛ وإن قلّ عن الحد قال ذلك بدل الرقم.

insights-title = ما الذي يحقق الأرباح

## الرقم وعيّنته.

insights-not-enough = لا تكفي البثوث بعد ({ $n } من { $min })
insights-sample-lives = ({ $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
})
insights-sample-days = ({ $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
})
insights-sample-weeks = ({ $count ->
    [zero] { $count } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
})
insights-percent = { $value }%

## الفترة.

insights-range-from = من { $date }
insights-range-to = إلى { $date }
insights-from-label = من
insights-to-label = إلى
insights-show = عرض
insights-all-lives = كل البثوث
insights-looked-at = البثوث المدروسة: { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
} · الوسيطات · يحتاج كل رقم إلى { $min } بثوث

## لا بثوث بعد.

insights-empty-title = لا توجد بثوث للتعلّم منها بعد
insights-empty-text = تقارن الرؤى بثوثك بعضها ببعض: أفضل الساعات للبث، والمدة المجدية، وقيمة المشاهد، ومن يرسل الهدايا. يحتاج كل رقم إلى { $min } بثوث مدة كل منها 15 دقيقة أو أكثر.
insights-add-live = إضافة بث مباشر
insights-import-lives = استيراد بثوثك

## هل أتقاضى أجرًا مقابل المشاهدات؟

insights-per-view-title = هل أتقاضى أجرًا مقابل المشاهدات؟
insights-per-view-answer = لا. يدفع TikTok مقابل الهدايا لا مقابل المشاهدات. هذه قيمة المشاهد في بثوثك أنت:
insights-per-viewer = الألماس لكل مشاهد
insights-per-1000-viewers = الألماس لكل 1,000 مشاهد
insights-money-per-1000-viewers = { $currency } لكل 1,000 مشاهد
insights-per-hour-same-lives = الألماس لكل ساعة بث، للبثوث نفسها
insights-per-1000-views-days = لكل 1,000 مشاهدة، من أيام LIVE Center في TikTok
insights-per-view-note = تُحتسب هنا البثوث التي أُدخل عدد مشاهديها أو استُورد أو التُقط.

## متى تبث.

insights-when-title = متى تبث
insights-when-note = كل خانة: وسيط الألماس لكل ساعة بث للبثوث التي بدأت في ذلك الوقت، و(بخط صغير) عدد البثوث. الخانة التي فيها أقل من { $min } بثوث تعرض عددها فقط.
insights-no-lives-in-range = لا بثوث في هذه الفترة.
insights-week-caption = وسيط الألماس لكل ساعة بث حسب يوم الأسبوع وساعة البدء (منطقتك الزمنية)، مع عدد البثوث في كل خانة
insights-week-day = اليوم
insights-cell-few = { $day } { $hour }: لا تكفي البثوث بعد ({ $n } من { $min })
insights-cell = { $day } { $hour }: { $diamonds } في الساعة، { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}

## كم تطول.

insights-how-long = كم تطول
insights-lengths-caption = وسيط الألماس حسب مدة البث: حيث يتوقف الوقت الإضافي عن الإفادة
insights-col-length = مدة البث
insights-col-per-hour = الألماس لكل ساعة بث
insights-col-per-live = الألماس لكل بث
insights-band-under = أقل من { $to }
insights-band-between = من { $from } إلى { $to }
insights-band-longer = { $from } فأكثر

## أجواء البث والهدايا.

insights-room-title = أجواء البث والهدايا
insights-room-empty = يعدّ الالتقاط المباشر الإعجابات والتعليقات والانضمامات والمتابعين الجدد كل دقيقة أثناء تشغيله (ولا يحفظ كلمات الدردشة أبدًا). التقط بعض البثوث، أو استورد ملفات الأيام من LIVE Center في TikTok، وسيعرض هذا كيف تحرّك ألماسك مع أجواء البث.
insights-room-counted = عدّ الالتقاط المباشر أجواء البث في { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}: التعليقات في الدقيقة { $comments }، والإعجابات في الدقيقة { $likes } (الوسيطات).
insights-split-comments = عندما زادت التعليقات في الدقيقة على { $cut }: الألماس لكل ساعة بث { $above }؛ وعند { $cut } أو أقل: { $below }.
insights-split-likes = عندما زادت الإعجابات في الدقيقة على { $cut }: الألماس لكل ساعة بث { $above }؛ وعند { $cut } أو أقل: { $below }.
insights-split-followers = عندما زاد المتابعون الجدد في الساعة على { $cut }: الألماس لكل ساعة بث { $above }؛ وعند { $cut } أو أقل: { $below }.
insights-split-days-likes = عندما زادت الإعجابات لكل دقيقة بث في أيام LIVE Center في TikTok على { $cut }: الألماس لكل ساعة بث { $above }؛ وعند { $cut } أو أقل: { $below }.
insights-split-comments-few = حسب التعليقات في الدقيقة: لا يكفي عدد البثوث في كل جانب بعد (حتى الآن { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}؛ يلزم { $min } على الأقل في كل جانب).
insights-split-likes-few = حسب الإعجابات في الدقيقة: لا يكفي عدد البثوث في كل جانب بعد (حتى الآن { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}؛ يلزم { $min } على الأقل في كل جانب).
insights-split-followers-few = حسب المتابعين الجدد في الساعة: لا يكفي عدد البثوث في كل جانب بعد (حتى الآن { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}؛ يلزم { $min } على الأقل في كل جانب).
insights-split-days-likes-few = حسب الإعجابات لكل دقيقة بث في أيام LIVE Center في TikTok: لا يكفي عدد الأيام في كل جانب بعد (حتى الآن { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}؛ يلزم { $min } على الأقل في كل جانب).
insights-cause = تُظهر هذه ما حدث معًا، لا ما سبّبه: قد تجلب الدردشة النشطة الهدايا، وقد تجعل الهدايا الدردشة أنشط.

## بث دقيقةً بدقيقة.

insights-timeline-title = بث دقيقةً بدقيقة
insights-timeline-pick = البث المعروض
insights-timeline-live = البث { $pick }
insights-timeline-minutes = { $count ->
    [zero] { $count } دقيقة فيها هدايا أو أعداد.
    [one] دقيقة واحدة فيها هدايا أو أعداد.
    [two] دقيقتان فيهما هدايا أو أعداد.
    [few] { $count } دقائق فيها هدايا أو أعداد.
    [many] { $count } دقيقة فيها هدايا أو أعداد.
   *[other] { $count } دقيقة فيها هدايا أو أعداد.
}
insights-timeline-uncounted = لم يعدّ الالتقاط المباشر أجواء هذا البث: تُعرض هداياه فقط.
insights-timeline-every-minute = كل دقيقة، مع الإعجابات والمتابعين الجدد والمشاهدين
insights-col-minute = الدقيقة
insights-col-diamonds = الألماس
insights-col-comments = التعليقات
insights-col-likes = الإعجابات
insights-col-new-followers = متابعون جدد
insights-col-viewers = المشاهدون
insights-timeline-note = الأعمدة: الألماس. الخط: التعليقات، حيث عدّها الالتقاط المباشر. يُرسم البث الطويل بخطوات من بضع دقائق.

## الخطة.

insights-plan-title = الخطة
insights-plan-reached = لقد بلغت الحد الأدنى للسحب.
insights-plan-wait = متبقٍّ { $diamonds }. تظهر الساعات اللازمة بعد { $min } بثوث.
insights-plan-hours = متبقٍّ { $diamonds }: بوسيطك البالغ { $perHour } لكل ساعة بث ({ $lives ->
    [zero] آخر { $lives } بث
    [one] آخر بث
    [two] آخر بثّين
    [few] آخر { $lives } بثوث
    [many] آخر { $lives } بثًا
   *[other] آخر { $lives } بث
})، تحتاج إلى نحو { $hours } { $count ->
    [zero] ساعة
    [one] ساعة
    [two] ساعة
    [few] ساعات
    [many] ساعة
   *[other] ساعة
} بث إضافية.
insights-plan-week = هذا الأسبوع: { $thisWeek } { $count ->
    [zero] ألماسة
    [one] ألماسة
    [two] ألماسة
    [few] ألماسات
    [many] ألماسة
   *[other] ألماسة
}؛ متوسطك الأسبوعي في الأسابيع السابقة: { $average }.
insights-plan-by = بلوغه بحلول { $date }
insights-plan-by-label = تاريخ بلوغ الحد الأدنى
insights-plan-button = خطّط
insights-plan-per-week = نحو { $hours } { $count ->
    [zero] ساعة
    [one] ساعة
    [two] ساعة
    [few] ساعات
    [many] ساعة
   *[other] ساعة
} بث أسبوعيًا حتى { $day }.
insights-plan-passed = لقد مضى ذلك اليوم.

## من يرسل الهدايا.

insights-who-title = من يرسل الهدايا
insights-gifters-per-live = مرسلو الهدايا لكل بث
insights-returning-gifters = مرسلو الهدايا العائدون
insights-top-share = { $count ->
    [zero] أكبر { $count } داعم لك جلبوا
    [one] أكبر داعم لك جلب
    [two] أكبر داعمَين لك جلبا
    [few] أكبر { $count } داعمين لك جلبوا
    [many] أكبر { $count } داعمًا لك جلبوا
   *[other] أكبر { $count } داعم لك جلبوا
}
insights-top-share-value = { $percent } من ألماس الهدايا
insights-no-senders = لا هدايا تحمل اسم المرسِل في هذه البثوث.
insights-supporters-caption = أكبر الداعمين في هذه البثوث (في عرضك أنت فقط؛ لا تتضمن عمليات التصدير الأسماء إلا إذا طلبت ذلك)
insights-col-supporter = الداعم
insights-col-lives = البثوث
insights-col-first-gift = أول هدية
insights-col-last-gift = آخر هدية
