# كلمات سطر الأوامر الخاصة: عناوين الجداول والخلايا والتأكيدات وتقارير الأيام
# والرؤى وأسطر حالة العدّ المباشر ورفض واجهة سطر الأوامر. تصل الأرقام مكتوبة
# بهذه اللغة (نصًا)؛ و$count يختار صيغة الجمع فقط. الأوامر والخيارات والقيم التي
# تُكتب من جديد (`--apply` و`liveledger restore FILE` و`--book DAY`) تبقى كما هي في كل لغة.

## عناوين الجداول.

cli-col-id = المعرّف
cli-col-deleted = وقت الحذف
cli-col-what = المحذوف
cli-col-start = البداية
cli-col-hours = الساعات
cli-col-title = العنوان
cli-col-gifts = الهدايا
cli-col-diamonds = الألماسات
cli-col-value = القيمة
cli-col-viewers = المشاهدون
cli-col-diamonds-per-hour = ألماسات/ساعة
cli-col-per-1k-viewers = لكل 1,000 مشاهد
cli-col-at = الوقت
cli-col-gift = الهدية
cli-col-coins = العملات
cli-col-count = العدد
cli-col-sender = المرسل
cli-col-note = ملاحظة
cli-col-requested = وقت الطلب
cli-col-gross = الإجمالي
cli-col-fee = الرسوم
cli-col-net = الصافي
cli-col-currency = العملة
cli-col-method = الطريقة
cli-col-status = الحالة
cli-col-reason = السبب
cli-col-effective = ابتداءً من
cli-col-diamonds-per-coin = ألماسات/عملة
cli-col-money-per-diamond = مبلغ/ألماسة
cli-col-min-withdrawal = الحد الأدنى للسحب
cli-col-max-per-day = الحد الأقصى/يوم
cli-col-session = البث
cli-col-day = اليوم
cli-col-rate = السعر
cli-col-imported = وقت الاستيراد
cli-col-file = الملف
cli-col-format = الصيغة
cli-col-added = المضاف
cli-col-skipped = المتخطّى
cli-col-sessions = البثوث
cli-col-period = الفترة
cli-col-withdrawn = المسحوب
cli-col-fees = الرسوم
cli-col-net-paid = الصافي المدفوع
cli-col-adjusted = المصحَّح
cli-col-balance = الرصيد
cli-col-tiktok = TikTok
cli-col-ledger = السجل
cli-col-difference = الفرق
cli-col-lives = البثوث

## الخلايا.

cli-cell-live = مباشر الآن
cli-cell-estimated = تقديري
cli-cell-none = لا يوجد
cli-rerate-from = ابتداءً من { $day }
cli-settings-database = قاعدة البيانات

## التأكيدات.

cli-restored = استُعيد { $ledger } من { $backup }: البثوث: { $sessions }، صفوف الهدايا: { $gifts }، عمليات السحب: { $withdrawals }
cli-restored-kept = السجل كما كان محفوظ في { $copy }
cli-cleared = أُفرغ السجل؛ والسجل كما كان محفوظ في { $copy } (الأمر liveledger restore FILE يعيده)
cli-deleted = حُذف: { $label }؛ الأمر `liveledger trash restore { $undo }` يعيده
cli-put-back = أُعيد: { $label }
cli-trash-empty = لم يُحذف شيء خلال آخر { $count ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
cli-backed-up = نُسخ احتياطيًا إلى { $file }
cli-undone = تم التراجع عن الاستيراد { $id }: صفوف الهدايا المحذوفة: { $gifts }، البثوث المحذوفة: { $sessions }
cli-demo-loaded = حُمّلت البيانات التجريبية: البثوث: { $sessions }، صفوف الهدايا والسحب والتصحيح: { $rows }
cli-in-balance = الرصيد متطابق: { $count ->
        [zero] { $balance } ألماسة
        [one] { $balance } ألماسة
        [two] { $balance } ألماسة
        [few] { $balance } ألماسات
        [many] { $balance } ألماسة
       *[other] { $balance } ألماسة
    }
cli-reconciled = التصحيح { $id }: { $count ->
        [zero] { $difference } ألماسة
        [one] { $difference } ألماسة
        [two] { $difference } ألماسة
        [few] { $difference } ألماسات
        [many] { $difference } ألماسة
       *[other] { $difference } ألماسة
    } (كان السجل يقول { $ledger }، ويقول TikTok { $wallet })
cli-rate-not-applied = ملاحظة: { $count ->
        [zero] { $stay } بث مباشر
        [one] { $stay } بث مباشر
        [two] { $stay } بث مباشر
        [few] { $stay } بثوث مباشرة
        [many] { $stay } بثًا مباشرًا
       *[other] { $stay } بث مباشر
    } ابتداءً من { $from } تحتفظ بالسعر الذي سُجّلت به؛ الأمر `liveledger rerate --from { $from }` يعرض ما سيتغير بنقلها
cli-reading = جارٍ القراءة… { $percent }٪
cli-rerate-none = كل بث لديه بالفعل السعر الساري في يومه
cli-rerated = أُعيد تقييم { $count ->
        [zero] { $sessions } بث مباشر
        [one] { $sessions } بث مباشر
        [two] { $sessions } بث مباشر
        [few] { $sessions } بثوث مباشرة
        [many] { $sessions } بثًا مباشرًا
       *[other] { $sessions } بث مباشر
    }
cli-rerate-preview = لم يتغير شيء؛ أضف --apply لإعادة تقييم { $count ->
        [zero] { $sessions } بث مباشر
        [one] { $sessions } بث مباشر
        [two] { $sessions } بث مباشر
        [few] { $sessions } بثوث مباشرة
        [many] { $sessions } بثًا مباشرًا
       *[other] { $sessions } بث مباشر
    }
cli-import-warning = الاستيراد { $id }: { $warning }

## الكشوف.

cli-statement-total = الإجمالي
cli-statement-opening = الرصيد قبل اليوم الأول: { $balance }
cli-statement-rounding = التقريب: { $rounding } (يُقرَّب كل صف وحده؛ ويُقرِّب الإجمالي المجموع الدقيق)
cli-statement-rates = تستخدم القيم السعر الذي سُجّل به كل بث؛ تُقرَّب المبالغ إلى 0.01، والنصف بعيدًا عن الصفر.

## أيام TikTok بجانب السجل.

cli-day-status-same = متطابق
cli-day-status-fewer = السجل أقل
cli-day-status-more = السجل أكثر
cli-day-status-bookable = لا بث: يمكن تسجيله
cli-day-status-no-live = لا بث
cli-day-status-no-tiktok = لا ألماسات من TikTok
cli-day-matches = يُبلغ TikTok عن { $count ->
        [zero] { $tiktok } ألماسة
        [one] { $tiktok } ألماسة
        [two] { $tiktok } ألماسة
        [few] { $tiktok } ألماسات
        [many] { $tiktok } ألماسة
       *[other] { $tiktok } ألماسة
    } في { $on }؛ وفي سجلك العدد نفسه
cli-day-missing = يُبلغ TikTok عن { $count ->
        [zero] { $tiktok } ألماسة
        [one] { $tiktok } ألماسة
        [two] { $tiktok } ألماسة
        [few] { $tiktok } ألماسات
        [many] { $tiktok } ألماسة
       *[other] { $tiktok } ألماسة
    } في { $on }؛ وفي سجلك { $ledger } (ينقص { $difference })
cli-day-extra = يُبلغ TikTok عن { $count ->
        [zero] { $tiktok } ألماسة
        [one] { $tiktok } ألماسة
        [two] { $tiktok } ألماسة
        [few] { $tiktok } ألماسات
        [many] { $tiktok } ألماسة
       *[other] { $tiktok } ألماسة
    } في { $on }؛ وفي سجلك { $ledger } (يزيد { $difference } على TikTok)
cli-day-no-lives-bookable = يُبلغ TikTok عن { $count ->
        [zero] { $tiktok } ألماسة
        [one] { $tiktok } ألماسة
        [two] { $tiktok } ألماسة
        [few] { $tiktok } ألماسات
        [many] { $tiktok } ألماسة
       *[other] { $tiktok } ألماسة
    } في { $on }؛ ولا يوجد في سجلك بث في ذلك اليوم (سجّله بـ --book { $day })
cli-day-no-lives = يُبلغ TikTok عن { $count ->
        [zero] { $tiktok } ألماسة
        [one] { $tiktok } ألماسة
        [two] { $tiktok } ألماسة
        [few] { $tiktok } ألماسات
        [many] { $tiktok } ألماسة
       *[other] { $tiktok } ألماسة
    } في { $on }؛ ولا يوجد في سجلك بث في ذلك اليوم
cli-day-no-diamonds = لا تذكر ملفات TikTok ألماسات ليوم { $on }؛ وفي سجلك { $ledger } من { $count ->
        [zero] { $lives } بث مباشر
        [one] { $lives } بث مباشر
        [two] { $lives } بث مباشر
        [few] { $lives } بثوث مباشرة
        [many] { $lives } بثًا مباشرًا
       *[other] { $lives } بث مباشر
    }
cli-day-not-listed = لا تذكر ملفات TikTok يوم { $on }؛ وفي سجلك { $ledger } من { $count ->
        [zero] { $lives } بث مباشر
        [one] { $lives } بث مباشر
        [two] { $lives } بث مباشر
        [few] { $lives } بثوث مباشرة
        [many] { $lives } بثًا مباشرًا
       *[other] { $lives } بث مباشر
    }
cli-days-none = لا توجد أيام من TikTok LIVE Center بعد. نزّل تحليلات LIVE من TikTok LIVE Center (الإيرادات، النشاط، المشاهدون، التفاعل) واستورد الملفات: liveledger import FILE
cli-days-total = يُبلغ TikTok عن { $count ->
        [zero] { $tiktok } ألماسة
        [one] { $tiktok } ألماسة
        [two] { $tiktok } ألماسة
        [few] { $tiktok } ألماسات
        [many] { $tiktok } ألماسة
       *[other] { $tiktok } ألماسة
    } خلال أيامه؛ وفي سجلك { $ledger } في تلك الأيام. لا تُضاف أرقام TikTok إلى الرصيد أبدًا.
cli-days-bookable = يمكن تسجيل { $count ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } بلا بث من أرقام TikTok ({ $diamonds } ألماسة): liveledger days --book DAY
cli-booked-day = سُجّل { $day }: البث { $session } بـ { $count ->
        [zero] { $diamonds } ألماسة
        [one] { $diamonds } ألماسة
        [two] { $diamonds } ألماسة
        [few] { $diamonds } ألماسات
        [many] { $diamonds } ألماسة
       *[other] { $diamonds } ألماسة
    } من TikTok
cli-booked-total = زاد الرصيد بمقدار { $count ->
        [zero] { $diamonds } ألماسة
        [one] { $diamonds } ألماسة
        [two] { $diamonds } ألماسة
        [few] { $diamonds } ألماسات
        [many] { $diamonds } ألماسة
       *[other] { $diamonds } ألماسة
    }؛ للتراجع: liveledger imports undo { $import }

## الرؤى.

cli-figure = { $value } ({ $count ->
        [zero] { $lives } بث مباشر
        [one] { $lives } بث مباشر
        [two] { $lives } بث مباشر
        [few] { $lives } بثوث مباشرة
        [many] { $lives } بثًا مباشرًا
       *[other] { $lives } بث مباشر
    })
cli-figure-none = لا توجد بثوث كافية بعد ({ $lives } من { $needed })
cli-weekday = { $day ->
        [mon] الاثنين
        [tue] الثلاثاء
        [wed] الأربعاء
        [thu] الخميس
        [fri] الجمعة
        [sat] السبت
       *[sun] الأحد
    }
cli-insights-none = لا توجد بثوث بعد: سجّل بعضها أو استوردها؛ يحتاج كل رقم إلى 5 بثوث.
cli-insights-looked = فُحص { $count ->
        [zero] { $lives } بث مباشر
        [one] { $lives } بث مباشر
        [two] { $lives } بث مباشر
        [few] { $lives } بثوث مباشرة
        [many] { $lives } بثًا مباشرًا
       *[other] { $lives } بث مباشر
    }. القيم وسيطة؛ يحتاج الرقم إلى { $needed } بثوث.
cli-insights-best = أفضل أوقات البدء (ألماسات لكل ساعة بث):
cli-insights-best-none = لا توجد بثوث كافية بعد في يوم وساعة بعينهما
cli-insights-lengths = حسب المدة (ألماسات لكل ساعة بث | لكل بث):
cli-insights-band = { $from }–{ $to } دقيقة
cli-insights-band-open = { $from }+ دقيقة
cli-insights-per-viewer = لكل مشاهد: { $viewer } ألماسة؛ لكل 1,000 مشاهد: { $thousand } ألماسة (لكل ساعة من البثوث نفسها: { $hour }). يدفع TikTok مقابل الهدايا لا المشاهدات.
cli-insights-value-per-1000 = { $currency } لكل 1,000 مشاهد: { $figure }
cli-insights-views-by-day = من أيام TikTok LIVE Center: { $diamonds } ألماسة لكل 1,000 مشاهدة ({ $count ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }).
cli-insights-reached = تم بلوغ الحد الأدنى.
cli-insights-hours-to-go = نحو { $count ->
        [zero] { $hours } ساعة
        [one] { $hours } ساعة
        [two] { $hours } ساعة
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    } إضافية من البث لبلوغ الحد الأدنى (تبقّى { $diamonds } ألماسة، بمعدل { $pace } لكل ساعة بث).
cli-insights-hours-unknown = تبقّى { $diamonds } ألماسة؛ تظهر الساعات اللازمة بعد 5 بثوث.
cli-insights-by = لبلوغه بحلول { $day }: نحو { $count ->
        [zero] { $hours } ساعة
        [one] { $hours } ساعة
        [two] { $hours } ساعة
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    } من البث أسبوعيًا.
cli-insights-gifters = الداعمون لكل بث: { $gifters }؛ العائدون: { $returning }.
cli-insights-top = أعلى { $top }: { $share } من ألماسات الهدايا
cli-insights-supporter = { $diamonds } ألماسة في { $count ->
        [zero] { $lives } بث مباشر
        [one] { $lives } بث مباشر
        [two] { $lives } بث مباشر
        [few] { $lives } بثوث مباشرة
        [many] { $lives } بثًا مباشرًا
       *[other] { $lives } بث مباشر
    }
cli-insights-this-week = هذا الأسبوع: { $diamonds } ألماسة؛ متوسطك الأسبوعي: { $average }.
cli-insights-average = { $average } ({ $count ->
        [zero] { $weeks } أسبوع
        [one] { $weeks } أسبوع
        [two] { $weeks } أسبوع
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    })
cli-insights-average-none = يظهر بعد { $weeks } أسابيع
cli-insights-room = التفاعل (عدّه العدّ المباشر في { $count ->
        [zero] { $lives } بث مباشر
        [one] { $lives } بث مباشر
        [two] { $lives } بث مباشر
        [few] { $lives } بثوث مباشرة
        [many] { $lives } بثًا مباشرًا
       *[other] { $lives } بث مباشر
    }): { $comments } تعليق، { $likes } إعجاب في الدقيقة.
cli-insights-split = البثوث التي تجاوزت { $line } { $what ->
        [comments] تعليق في الدقيقة
        [likes] إعجاب في الدقيقة
        [followers] متابع جديد في الساعة
       *[days] إعجاب في الدقيقة في أيام TikTok LIVE Center
    }: { $above } ألماسة لكل ساعة بث ({ $above_lives } بث)؛ والبقية: { $below } ({ $below_lives } بث).
cli-insights-split-none = حسب { $what ->
        [comments] التعليقات في الدقيقة
        [likes] الإعجابات في الدقيقة
        [followers] المتابعين الجدد في الساعة
       *[days] الإعجابات في الدقيقة في أيام TikTok LIVE Center
    }: لا توجد بثوث كافية في كل جانب بعد ({ $lives } من { $needed } في كل جانب).
cli-insights-together = تُظهر هذه الأرقام ما حدث معًا، لا ما تسبّب فيه.

## أسطر العدّ المباشر (تبقى تفاصيل المحرّك بالإنجليزية).

cli-capture-connecting = جارٍ الاتصال
cli-capture-connected = متصل
cli-capture-reconnecting = جارٍ إعادة الاتصال
cli-capture-stopped-state = متوقف
cli-capture-warning = تحذير: { $message }
cli-capture-stdout-lost = تحذير: تتعذر الكتابة إلى المخرج القياسي ({ $error })؛ ما زالت الهدايا تُحفظ
cli-capture-live-ended = انتهى البث: البث { $session }
cli-capture-stopped = توقف العدّ المباشر: أحداث الهدايا: { $events }، الهدايا المحفوظة: { $stored } (المعلَّمة: { $flagged })، الأحداث المعادة المتخطّاة: { $replayed }، خطوات السلاسل: { $steps }، أحداث أخرى: { $other }، غير مقروءة: { $unreadable }
cli-capture-gift = { $gifts } × { $gift } ({ $count ->
        [zero] { $coins } عملة
        [one] { $coins } عملة
        [two] { $coins } عملة
        [few] { $coins } عملات
        [many] { $coins } عملة
       *[other] { $coins } عملة
    } لكل واحدة)  من { $sender }  البث { $session }
cli-capture-grown = (زاد بمقدار { $added })
cli-capture-flagged = [لم تنتهِ السلسلة: احتُسبت بأعلى عدد لها]
cli-capture-unknown-sender = غير معروف

## رفض سطر الأوامر الخاص.

cli-invalid-db-pass = مرّر --db PATH
cli-invalid-no-data-directory = لا يُعرف مجلد بيانات على هذا النظام؛ مرّر --db PATH
cli-invalid-clear-needs-yes = الإفراغ يحذف كل بث وهدية وعملية سحب؛ أضف --yes للتأكيد
cli-invalid-format = '{ $text }' ليست صيغة (المتوقع: auto أو liveledger أو gift-events أو gift-table أو session-summary أو json-events أو tiktok-data أو tiktok-days)

## أخطاء الاستخدام: ما يرفضه clap، في سطر واحد بعد "usage: " (يبقى نص --help بالإنجليزية).

cli-usage-unknown-subcommand = أمر فرعي غير معروف '{ $text }' (راجع --help)
cli-usage-unknown-argument = وسيط غير متوقع '{ $text }' (راجع --help)
cli-usage-value-required = يحتاج '{ $arg }' إلى قيمة، لكن لم تُعطَ أي قيمة (راجع --help)
cli-usage-invalid-value = قيمة غير صالحة '{ $text }' لـ '{ $arg }' (راجع --help)
cli-usage-too-many-values = قيمة غير متوقعة '{ $text }' لـ '{ $arg }'؛ لا يُتوقع المزيد من القيم (راجع --help)
cli-usage-repeated = لا يمكن استخدام الوسيط '{ $arg }' أكثر من مرة (راجع --help)
cli-usage-conflict = لا يمكن استخدام الوسيط '{ $arg }' مع '{ $other }' (راجع --help)
cli-usage-invalid-utf8 = وسيط واحد أو أكثر ليس UTF-8 صالحًا (راجع --help)
cli-usage-missing-arguments = لم تُعطَ الوسائط المطلوبة التالية: { $args } (راجع --help)
cli-usage-missing-subcommand = يحتاج '{ $command }' إلى أمر فرعي، لكن لم يُعطَ أي أمر (أحد هذه: { $subcommands }) (راجع --help)

cli-usage-not-a-number = قيمة غير صالحة '{ $text }' لـ '{ $arg }': '{ $text }' ليس رقمًا (استخدم الأرقام و'.' للكسور العشرية) (راجع --help)
cli-usage-not-a-day = قيمة غير صالحة '{ $text }' لـ '{ $arg }': '{ $text }' ليس يومًا (المتوقع YYYY-MM-DD) (راجع --help)
cli-usage-not-a-period = قيمة غير صالحة '{ $text }' لـ '{ $arg }': '{ $text }' ليست فترة (المتوقع day أو week أو month أو year) (راجع --help)
cli-usage-not-an-export-format = قيمة غير صالحة '{ $text }' لـ '{ $arg }': '{ $text }' ليست صيغة تصدير (المتوقع csv أو json أو hledger أو beancount) (راجع --help)
cli-usage-not-a-status = قيمة غير صالحة '{ $text }' لـ '{ $arg }': { core-invalid-status } (راجع --help)
cli-usage-not-a-whole-number = قيمة غير صالحة '{ $text }' لـ '{ $arg }': { $problem ->
        [empty] لم يُعطَ أي رقم
        [large] الرقم كبير جدًا
        [small] الرقم صغير جدًا
       *[digit] ليس عددًا صحيحًا
    } (راجع --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = الاستخدام

## `liveledger --help` (cli/help.rs): سطر المساعدة لكل أمر وخيار.
## تبقى الخيارات والأوامر وأسماء القيم ومفاتيح الإعدادات و YYYY-MM-DD كما تُكتب.

cli-help-usage = الاستخدام:
cli-help-commands = الأوامر:
cli-help-arguments = الوسائط:
cli-help-options = الخيارات:
cli-help-default = الافتراضي:
cli-help-about = نواة LiveLedger: هدايا TikTok LIVE والألماسات والأرصدة والمحاسبة فوق SQLite.
cli-help-db = ملف السجل (الافتراضي: LIVELEDGER_DB، وإلا فمجلد بيانات التطبيق)
cli-help-lang = اللغة المستخدمة (en, es, pt-BR, id, tr, ar, vi, ja, de, fr)؛ الافتراضي: LC_ALL أو LC_MESSAGES أو LANG، وإلا فإعداد السجل
cli-help-print-help = عرض المساعدة
cli-help-print-version = عرض الإصدار
cli-help-session = إضافة بث مباشر أو تعديله أو إنهاؤه أو حذفه
cli-help-session-add = إضافة بث مباشر؛ يطبع معرّفه
cli-help-session-add-start = البداية (ISO 8601، أو 'YYYY-MM-DD HH:MM' بمنطقتك الزمنية، أو epoch)
cli-help-session-add-end = النهاية؛ اتركها لبث مباشر ما زال جاريًا
cli-help-session-add-title = العنوان
cli-help-session-add-peak-viewers = أكبر عدد من المشاهدين في وقت واحد
cli-help-session-add-viewers = المشاهدون المختلفون
cli-help-session-add-likes = الإعجابات
cli-help-session-add-followers = المتابعون الجدد
cli-help-session-add-diamonds = الألماسات المُبلَّغ عنها للبث المباشر دون هدايا منفردة
cli-help-session-add-notes = ملاحظات
cli-help-session-edit = استبدال تفاصيل بث مباشر
cli-help-session-edit-id = معرّف البث المباشر
cli-help-session-end = وسم بث مباشر جارٍ بأنه انتهى
cli-help-session-end-at = متى (الافتراضي: الآن)
cli-help-session-delete = حذف بث مباشر وهداياه
cli-help-session-delete-force = الحذف حتى إن دُفعت عمليات سحب من ألماساته
cli-help-help = عرض هذه الرسالة أو مساعدة الأوامر الفرعية المحددة
cli-help-help-subcommand = عرض مساعدة الأوامر الفرعية
cli-help-sessions = سرد البثوث المباشرة مع أرباحها وأرقامها لكل ساعة ولكل مشاهد
cli-help-sessions-json = طباعة JSON (الأعداد العشرية نصوصًا) بدلًا من جدول
cli-help-gift = إضافة هدايا أو حذفها أو سردها
cli-help-gift-add = إضافة هدية؛ تُؤخذ العملات من الكتالوج ما لم يُعطَ --coins. يطبع معرّفها
cli-help-gift-add-gift = اسم الهدية، مثل Rose
cli-help-gift-add-coins = العملات التي تكلّفها هدية واحدة كهذه (بدلًا من الكتالوج)
cli-help-gift-add-count = كم عددها
cli-help-gift-add-from = المرسل
cli-help-gift-delete = حذف هدية
cli-help-gift-delete-id = معرّف الهدية
cli-help-gift-list = سرد هدايا بث مباشر
cli-help-withdraw = تسجيل سحب للألماسات
cli-help-withdraw-diamonds = الألماسات المسحوبة
cli-help-withdraw-at = وقت الطلب (الافتراضي: الآن)
cli-help-withdraw-fee = الرسوم، بالمال
cli-help-withdraw-method = طريقة الدفع
cli-help-withdraw-status = pending أو paid أو failed أو cancelled
cli-help-withdraw-reference = مرجع الدفع
cli-help-withdraw-force = التسجيل حتى إن كان غير معتاد (دون الحد الأدنى لليوم، أو فوق الحد الأقصى لليوم، أو بتاريخ في المستقبل أو قبل أول ألماسة)
cli-help-withdrawals = سرد عمليات السحب أو تغيير حالتها أو حذف إحداها
cli-help-withdrawals-list = سرد عمليات السحب
cli-help-withdrawals-status = تغيير حالة عملية سحب
cli-help-withdrawals-status-id = معرّف عملية السحب
cli-help-withdrawals-delete = حذف عملية سحب سُجّلت خطأً
cli-help-adjust = تصحيح الرصيد بعدد من الألماسات، مع سبب
cli-help-adjust-diamonds = الألماسات المضافة (سالبة للخصم)
cli-help-adjust-reason = السبب
cli-help-adjust-force = التسجيل حتى إن نزل الرصيد تحت الصفر
cli-help-reconcile = أدخل رصيد الألماسات الذي يعرضه TikTok؛ يُسجَّل الفرق تصحيحًا
cli-help-reconcile-balance = الرصيد في محفظة TikTok الخاصة بك، بالألماسات
cli-help-reconcile-reason = سبب الاختلاف، إن كان معروفًا
cli-help-adjustments = سرد تصحيحات الرصيد
cli-help-days = أرقام TikTok LIVE Center نفسه لكل يوم (مستوردة من ملف تنزيله) بجانب أيام السجل، مع الفرق؛ --book يقيّد يومًا يُبلغ عنه TikTok ولا بث مباشر له في السجل
cli-help-days-book = تقييد ألماسات TikTok لهذا اليوم (YYYY-MM-DD) بثًا مباشرًا؛ فقط ليوم لا بث مباشر له في السجل. كرّره لأيام أخرى
cli-help-insights = ما الذي يُكسب عبر بثوثك المباشرة: الألماسات لكل ساعة بث حسب يوم الأسبوع وساعة البدء والمدة، وقيمة المشاهد الواحد، والساعات التي ما زالت لازمة لبلوغ الحد الأدنى. يحتاج الرقم إلى 5 بثوث مباشرة وراءه
cli-help-insights-from = أول يوم محلي من البثوث المباشرة المعنية (YYYY-MM-DD)
cli-help-insights-to = آخر يوم محلي
cli-help-insights-by = اليوم الذي تريد بلوغ الحد الأدنى فيه: يبيّن كم ساعة بث في الأسبوع يتطلب ذلك (YYYY-MM-DD)
cli-help-rate = تعيين الأسعار أو سردها (ألماسات لكل عملة، مال لكل ألماسة، حدود)
cli-help-rate-set = إضافة سعر ابتداءً من يوم (يستبدل سعر اليوم نفسه)
cli-help-rate-set-from = أول يوم يسري فيه (YYYY-MM-DD، بمنطقتك الزمنية)
cli-help-rate-set-diamonds-per-coin = الألماسات لكل عملة من قيمة الهدية
cli-help-rate-set-money-per-diamond = المال لكل ألماسة
cli-help-rate-set-currency = رمز العملة، مثل USD
cli-help-rate-set-min-withdrawal = الحد الأدنى للسحب، بالمال
cli-help-rate-set-max-per-day = الحد الأقصى للسحب في اليوم، بالمال
cli-help-rate-list = سرد الأسعار
cli-help-rate-delete = حذف سعر
cli-help-rate-delete-id = معرّف السعر
cli-help-rerate = عرض البثوث المباشرة التي سيغيّرها سعر أحدث، أو (--apply) نقلها إليه
cli-help-rerate-from = أول يوم محلي من البثوث المباشرة المراد إعادة تسعيرها
cli-help-rerate-apply = تغييرها (من دونه يُعرض فقط ما سيتغيّر)
cli-help-rerate-force = التطبيق حتى إن نزل الرصيد تحت الصفر
cli-help-catalog = سرد كتالوج الهدايا أو تعديله
cli-help-catalog-list = سرد كتالوج الهدايا
cli-help-catalog-set = إضافة هدية أو تغيير سعرها
cli-help-catalog-set-name = اسم الهدية
cli-help-catalog-set-coins = العملات
cli-help-catalog-remove = إزالة هدية
cli-help-settings = عرض الإعدادات أو تغييرها (timezone، age_confirmed، payout_method، session_gap_minutes، setup_done: أسئلة اليوم الأول في التطبيق أُجيب عنها أو تُخطّيت)
cli-help-settings-show = عرض الإعدادات
cli-help-settings-set = تغيير إعداد واحد
cli-help-settings-set-key = timezone أو age_confirmed أو payout_method أو session_gap_minutes أو setup_done أو language
cli-help-settings-set-value = القيمة الجديدة
cli-help-summary = الرصيد وقيمته والتقدم نحو الحد الأدنى للسحب والجاهزية والتاريخ المتوقع
cli-help-report = كشف حسب اليوم أو الأسبوع أو الشهر أو السنة
cli-help-report-by = الفترة التي يُجمَّع بها
cli-help-report-from = أول يوم محلي محسوب (YYYY-MM-DD)؛ ما سبقه هو الرصيد الافتتاحي
cli-help-report-to = آخر يوم محلي محسوب (YYYY-MM-DD)
cli-help-import = استيراد ملف CSV: سجل هدايا، أو جدول هدايا، أو ملخص بثوث مباشرة، أو تصدير من LiveLedger
cli-help-import-file = الملف: CSV، أو جدول بيانات (.xlsx، .xls، .ods)، أو أحداث هدايا JSON أو JSON Lines، أو تصدير بيانات TikTok (.json أو .zip)
cli-help-import-format = auto أو liveledger أو gift-events أو gift-table أو session-summary أو json-events أو tiktok-data
cli-help-import-dry-run = الإبلاغ عمّا سيُضاف ويُتخطّى ويُرفض، دون كتابة أي شيء
cli-help-import-map = ربط الأعمدة، فوق ما يخبر به العنوان: field=Column,… (الحقول: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = الأسطر التي تُتخطّى فوق العنوان (الافتراضي: يُبحث عن العنوان في أول 20 سطرًا)
cli-help-import-sheet = ورقة جدول البيانات المراد قراءتها (الافتراضي: أول ورقة فيها بيانات)
cli-help-import-skip-lines = استبعاد صفوف البيانات في هذه الأسطر (مثل الصفوف الخاطئة التي ذكرها رفض: 4,9,12)؛ يُستورد الباقي كله معًا أو لا شيء منه
cli-help-import-mapping-name = حفظ --map بهذا الاسم، أو استخدام ربط محفوظ
cli-help-import-gap-minutes = الدقائق دون هدية التي يبدأ بعدها بث مباشر جديد (الافتراضي: الإعداد)
cli-help-imports = سرد عمليات الاستيراد السابقة، أو التراجع عن إحداها
cli-help-imports-list = سرد عمليات الاستيراد السابقة
cli-help-imports-undo = التراجع عن عملية استيراد كاملة
cli-help-imports-undo-id = معرّف عملية الاستيراد
cli-help-imports-undo-force = التراجع حتى إن دُفعت عمليات سحب من ألماساتها
cli-help-export = تصدير السجل بصيغة CSV أو JSON أو دفتر يومية hledger أو ملف beancount
cli-help-export-format = csv أو json أو hledger أو beancount
cli-help-export-out = الكتابة إلى هذا الملف بدلًا من المخرج القياسي
cli-help-backup = كتابة نسخة متسقة من السجل (آمنة والتطبيق مفتوح)
cli-help-backup-file = مكان كتابتها
cli-help-restore = استبدال السجل بنسخة احتياطية، بعد فحص النسخة الاحتياطية
cli-help-restore-file = ملف النسخة الاحتياطية
cli-help-demo = تحميل البيانات التجريبية أو مسحها
cli-help-demo-load = تحميل السجل التجريبي (في سجل فارغ فقط)
cli-help-demo-load-if-empty = عدم فعل شيء، بنجاح، إن كان في السجل بيانات بالفعل
cli-help-demo-clear = إزالة كل البثوث المباشرة والهدايا وعمليات السحب والتصحيحات (تبقى الأسعار والكتالوج والإعدادات)
cli-help-demo-clear-yes = التأكيد
cli-help-trash = البثوث المباشرة والهدايا وعمليات السحب المحذوفة، محفوظة 30 يومًا: سردها أو إعادة أحدها
cli-help-trash-list = سرد ما حُذف وما زال يمكن إعادته، الأحدث أولًا
cli-help-trash-restore = إعادة ما أزاله الحذف
cli-help-trash-restore-id = معرّف عنصر سلة المهملات (من `trash list`، أو كما طبعه الحذف)
cli-help-trash-restore-force = الإعادة حتى إن كان الرصيد سينزل تحت الصفر
cli-help-capture = تسجيل الهدايا مباشرةً من أداة على هذا الحاسوب: WebSocket (الخاص بـ TikFinity افتراضيًا) أو ملف سجل تضيف إليه. يطبع سطرًا لكل هدية محفوظة. Ctrl-C يوقفه: السلاسل التي ما زالت جارية تُكتب بأعلى عدد لها وتُوسم؛ ويبقى البث المباشر مفتوحًا (ينتهي بعد الصمت، أو بـ `session end`)، وإعادة التشغيل تنضم إليه
cli-help-capture-ws = الـ WebSocket المراد قراءته (الافتراضي: الخاص بـ TikFinity، ws://localhost:21213/)
cli-help-capture-follow = سجل CSV لأحداث الهدايا أو ملف JSON Lines تضيف إليه أداة أخرى
cli-help-capture-allow-remote-host = يؤكد مضيف --ws ليس هذا الحاسوب
cli-help-capture-silence-minutes = الدقائق دون هدية التي تُنهي البث المباشر وتقطع السلسلة (الافتراضي: session_gap_minutes في السجل، وهي الفجوة التي يجمّع بها الاستيراد البثوث المباشرة)
cli-help-capture-dead-after = الثواني التي يجوز فيها لمصدر WebSocket ألا يرسل شيئًا (لا إطار، ولا ردّ على ping) قبل أن يعيد التسجيل الاتصال
cli-help-capture-json = طباعة كل هدية محفوظة سطرًا واحدًا من JSON
