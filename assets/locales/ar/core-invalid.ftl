# الفحوص التي يواجهها صانع المحتوى حين يكتب في التطبيق أو في سطر الأوامر:
# ما كان الحقل ينتظره. تأتي كل رسالة بعد اسم الحقل ("diamonds: …").
# $text هو ما كُتب، مقتبسًا كما هو.

## النصوص والأعداد

core-invalid-too-long = أطول من { $count ->
    [zero] { $count } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
}
core-invalid-control-characters = يحتوي على محارف تحكّم
core-invalid-negative-got = لا يجوز أن يكون سالبًا (القيمة: { $text })
core-invalid-count-too-large = { $text } أكبر مما يقبله السجلّ
core-invalid-too-large = { $text } أكبر مما يقبله السجلّ (الحد الأقصى { $max })
core-invalid-decimal-places = في { $text } أكثر من { $count ->
    [zero] { $count } منزلة عشرية
    [one] منزلة عشرية واحدة
    [two] منزلتين عشريتين
    [few] { $count } منازل عشرية
    [many] { $count } منزلة عشرية
   *[other] { $count } منزلة عشرية
}
core-invalid-whole-number = المتوقع عدد صحيح من 0 فأكثر، والموجود '{ $text }'
core-invalid-number = المتوقع رقم مثل 12.5، والموجود '{ $text }'
core-invalid-whole-coins = المتوقع عدد صحيح من العملات، والموجود '{ $text }'
core-invalid-whole-count = المتوقع عدد صحيح، والموجود '{ $text }'
core-invalid-at-least-one = يجب أن يكون 1 على الأقل (القيمة: { $text })
core-invalid-required = مطلوب
core-invalid-positive = يجب أن يكون أكبر من 0
core-invalid-not-negative = لا يجوز أن يكون سالبًا

## التواريخ والأوقات

core-invalid-day = المتوقع يوم مثل 2026-03-01
core-invalid-date = '{ $text }' ليس تاريخًا/وقتًا (المتوقع ISO 8601 مثل 2026-03-01T20:00:00+01:00، أو '2026-03-01 20:00'، أو تاريخ، أو ثوانٍ/أجزاء من الألف من الثانية منذ epoch)
core-invalid-date-skipped = '{ $text }' غير موجود في المنطقة الزمنية { $zone } (تتخطاه الساعة)
core-invalid-date-out-of-range = '{ $text }' خارج النطاق
core-invalid-date-offset = '{ $text }' فارقه عن UTC يتجاوز ±18:00
core-invalid-year = المتوقع تاريخ من { $from } إلى { $to }، والموجود من سنة { $year } (خطأ في الكتابة؟)
core-invalid-end-before-start = قبل وقت البدء
core-invalid-start-after-first-gift = بعد أكثر من يوم من أول هدية في هذا البث المباشر

## البث المباشر والهدايا

core-invalid-gift-name = اسم الهدية مطلوب
core-invalid-gift-row-too-large = { $gifts } × { $coins } عملة أكثر مما يتسع له صف هدية واحد
core-invalid-not-in-catalog = '{ $text }' ليست في كتالوج الهدايا؛ أدخل سعرها{ $cli }
core-invalid-name-required = الاسم مطلوب
core-invalid-catalog-missing = '{ $text }' ليست في الكتالوج
core-invalid-end-before-session-start = قبل بدء هذا البث المباشر

## السحب والرصيد

core-invalid-status = '{ $text }' ليست حالة (المتوقع pending أو paid أو failed أو cancelled)
core-invalid-whole-diamonds = في { $text } كسر؛ يسحب TikTok ألماسات كاملة
core-invalid-fee-over-value = الرسوم { $fee } أكثر من قيمة السحب { $gross }
core-invalid-negative-balance = محفظة TikTok لا تعرض رصيدًا سالبًا أبدًا
core-invalid-over-balance = { $diamonds } من الألماس أكثر من الرصيد البالغ { $balance } من الألماس. إذا كانت محفظة TikTok تعرض أكثر، فأدخل ذلك الرصيد أولًا في المطابقة{ $cli }
core-invalid-adjustment-zero = تصحيح بمقدار 0 لا يغيّر شيئًا
core-invalid-reason-required = اذكر سبب تصحيح الرصيد

## الأسعار

core-invalid-rate-per-coin = يجب أن يكون عدد الألماس لكل عملة أكبر من 0
core-invalid-rate-per-diamond = يجب أن يكون المبلغ لكل ألماسة أكبر من 0
core-invalid-rate-minimum = لا يجوز أن يكون الحد الأدنى للسحب سالبًا
core-invalid-rate-maximum = يجب أن يكون الحد الأقصى اليومي أكبر من 0
core-invalid-rate-too-large = { $what ->
    [per-coin] الألماس لكل عملة
    [per-diamond] المبلغ لكل ألماسة
    [minimum] الحد الأدنى للسحب
   *[maximum] الحد الأقصى اليومي
}: { $text } أكبر مما يسمح به السعر ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] الألماس لكل عملة
    [per-diamond] المبلغ لكل ألماسة
    [minimum] الحد الأدنى للسحب
   *[maximum] الحد الأقصى اليومي
}: في { $text } أكثر من { $count ->
    [zero] { $count } منزلة عشرية
    [one] منزلة عشرية واحدة
    [two] منزلتين عشريتين
    [few] { $count } منازل عشرية
    [many] { $count } منزلة عشرية
   *[other] { $count } منزلة عشرية
}
core-invalid-currency = العملة '{ $text }' ليست رمزًا من ثلاثة أحرف مثل USD
core-invalid-only-rate = لا يمكن حذف السعر الوحيد؛ عدّله بدلًا من ذلك

## الإعدادات

core-invalid-time-zone = '{ $text }' ليست منطقة زمنية (مثل Europe/Berlin أو America/New_York أو UTC)
core-invalid-true-false = المتوقع true أو false
core-invalid-gap-minutes = المتوقع عدد صحيح من الدقائق من 1 إلى 1440
core-invalid-language = '{ $text }' ليست لغة يتحدثها LiveLedger (اللغات: { $known })
core-invalid-setting = مفتاح غير معروف '{ $text }' (المفاتيح: { $known })

## السجلات والنسخ الاحتياطية والعدّ المباشر.

core-invalid-not-written = لم يُكتب
core-invalid-file-session-not-written = لم يُكتب بث من الملف
core-invalid-booked-not-written = لم يُكتب بث مسجَّل
core-invalid-capture-live-not-written = لم يُكتب البث الجاري
core-invalid-capture-old-not-written = لم يُكتب بث لحدث سابق
core-invalid-coins-times-count = العملات × العدد كبير جدًا
core-invalid-stored-gift-coins = عملات هدية محفوظة كبيرة جدًا
core-invalid-not-a-gift = { $count } × { $coins } عملة ليست هدية
core-invalid-worth-nothing = قيمة { $count ->
        [zero] { $diamonds } ألماسة
        [one] { $diamonds } ألماسة
        [two] { $diamonds } ألماسة
        [few] { $diamonds } ألماسات
        [many] { $diamonds } ألماسة
       *[other] { $diamonds } ألماسة
    } هي { $worth } بسعر { $rate } للألماسة؛ لا يمكن سحب شيء
core-invalid-days-none = حدّد يومًا واحدًا على الأقل لتسجيله
core-invalid-silence-minutes = المتوقع دقائق كاملة من 1 إلى 1440، والموجود { $found }
core-invalid-not-a-date = { $ms } ms ليس تاريخًا
core-invalid-follow-name = حدّد الملف المراد متابعته
core-invalid-follow-too-large = أكبر مما يستطيع السجل متابعته
core-invalid-demo-not-empty = السجل يحتوي على بيانات بالفعل؛ لا تُحمَّل البيانات التجريبية إلا في سجل فارغ
core-invalid-undo-session-gone = لا يمكن إعادة { $label }: لم يعد بثه في السجل (هل حُذف بعد ذلك؟)؛ أعد البث أولًا. لم يتغير شيء.
core-invalid-undo-clash = لا يمكن إعادة { $label }: أُضيف إلى السجل منذ ذلك الحين سجل مماثل (هل استُورد مجددًا؟). لم يتغير شيء.
core-invalid-undo-damaged = النسخة المحفوظة من { $label } تالفة ({ $why })؛ لم يتغير شيء
core-invalid-no-rate = لم يُحدَّد أي سعر
core-invalid-no-rate-add-one = لم يُحدَّد أي سعر؛ أضف سعرًا بالأمر `liveledger rate set`
core-invalid-import-wait = المتوقع عدد الثواني لانتظار الاستيراد، مثل 600 أو 0.5
core-invalid-kept-live-or-name = عملات بث أو اسم كبيرة جدًا
core-invalid-kept-session = عملات بث كبيرة جدًا
core-invalid-kept-senders = عدد المرسلين أكبر مما يتسع له التقرير
core-invalid-stored-time-zone = إعداد المنطقة الزمنية '{ $text }' في السجل ليس منطقة زمنية؛ حدّد منطقة بالأمر `liveledger settings set timezone Asia/Riyadh`
core-invalid-backup-kinds = يحتوي { $column } على { $count ->
        [zero] { $values } قيمة
        [one] { $values } قيمة
        [two] { $values } قيمة
        [few] { $values } قيم
        [many] { $values } قيمة
       *[other] { $values } قيمة
    } ليست { $kind ->
    [integer] أعدادًا صحيحة
   *[text] نصًا
}
core-invalid-backup-setting = الإعداد { $key } ليس كما يكتبه LiveLedger
core-invalid-backup-out-of-range = يحتوي { $count ->
        [zero] { $records } سجل
        [one] { $records } سجل
        [two] { $records } سجل
        [few] { $records } سجلات
        [many] { $records } سجلًا
       *[other] { $records } سجل
    } على مبلغ أو تاريخ لا يقبله أي نموذج أو استيراد
core-invalid-backup-balance = قيمة الرصيد أكبر من أن تُجمع
core-invalid-backup-trash = سجل محذوف محفوظ للتراجع تالف ({ $why })

## عنوان WebSocket للعدّ المباشر.

core-invalid-ws-remote = { $host } ليس هذا الحاسوب: لا يستمع العدّ المباشر إلا إلى الأدوات التي تعمل هنا (127.0.0.1 و::1 وlocalhost). لاستخدام مضيف آخر، اكتبه ثم أكّد{ $cli }
core-invalid-ws-too-long = المتوقع { $max } حرفًا على الأكثر
core-invalid-ws-secure = { $url } عنوان آمن (wss://)؛ أدوات البث على هذا الحاسوب تقدّم ws://، مثل { $example }
core-invalid-ws-scheme = المتوقع عنوان ws:// مثل { $example }، والموجود { $url }
core-invalid-ws-user = لا يُتوقع اسم مستخدم في العنوان، والموجود { $url }
core-invalid-ws-bracket = يحتاج عنوان IPv6 إلى ] الإغلاق، والموجود { $url }
core-invalid-ws-port-after = المتوقع :PORT بعد العنوان، والموجود { $url }
core-invalid-ws-no-host = المتوقع مضيف، والموجود { $url }
core-invalid-ws-host = المتوقع اسم مضيف أو عنوان، والموجود { $host }
core-invalid-ws-port = المتوقع منفذ من 1 إلى 65535، والموجود { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = ذُكر { $day } مرتين
core-invalid-days-no-diamonds = لا تذكر ملفات TikTok أي ألماسات في { $day }
core-invalid-days-zero = يُبلغ TikTok عن 0 ألماسة في { $day }: لا شيء لتسجيله
core-invalid-days-lives = في السجل { $count ->
    [zero] لا بث مباشر
    [one] بث مباشر واحد
    [two] بثّان مباشران
    [few] { $n } بثوث مباشرة
    [many] { $n } بثًا مباشرًا
   *[other] { $n } بث مباشر
} في { $day }: لا يمكن تسجيل إلا يوم بلا بث مباشر من أرقام TikTok
core-invalid-days-no-start = ليس لـ { $day } بداية في { $zone }
core-invalid-joined = { $first }؛ { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' ليس يومًا
core-invalid-not-a-day-iso = '{ $text }' ليس يومًا (YYYY-MM-DD)
core-invalid-last-before-first = اليوم الأخير قبل الأول
core-invalid-diamonds-number = كان المتوقع عددًا من الألماسات
core-invalid-capture-source = كان المتوقع ws أو file، لكن وُجد '{ $text }'
core-invalid-capture-running = الالتقاط يعمل بالفعل؛ أوقفه أولًا
