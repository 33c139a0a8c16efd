# ما يقوله قلب التطبيق: ما يمنع السحب، وأسطر الملخص، والأخطاء. تصل الأرقام
# مكتوبة بطريقة هذه اللغة؛ و$count و$days و$minutes أرقام تختار صيغة العدد
# (للعربية ست صيغ).

## ما يمنع السحب.

core-blocker-negative-balance = الرصيد سالب ({ $count ->
    [zero] { $balance } ألماسة
    [one] { $balance } ألماسة
    [two] { $balance } ألماسة
    [few] { $balance } ألماسات
    [many] { $balance } ألماسة
   *[other] { $balance } ألماسة
}): سُحب أو صُحّح أكثر مما رُبح. راجع السحوبات، أو أدخل رصيد محفظتك في TikTok في «المطابقة».
core-blocker-below-minimum = أقل من الحد الأدنى للسحب: { $balance } من { $minimum } — { $count ->
    [zero] لا ينقص شيء
    [one] تنقص ألماسة واحدة
    [two] تنقص ألماستان
    [few] تنقص { $missing } ألماسات
    [many] تنقص { $missing } ألماسة
   *[other] تنقص { $missing } ألماسة
}. واصل البث المباشر.
core-blocker-age-not-confirmed = لم يُؤكَّد العمر: يتطلب السحب حسابًا موثّقًا لمن هم فوق 18 عامًا. أكّد ذلك في الإعدادات ← الدفع.
core-blocker-no-payout-method = لا توجد طريقة دفع مرتبطة. اربط واحدة في TikTok، ثم اذكر اسمها في الإعدادات ← الدفع.
core-blocker-daily-maximum-used = استُنفد الحد الأقصى للسحب اليوم وهو { $maximum }. حاول مجددًا غدًا.

## الملخص في سطر الأوامر: عنوان ثم سطره.

core-summary-balance-label = الرصيد
core-summary-earned-label = المكسوب
core-summary-withdrawn-label = المسحوب
core-summary-adjusted-label = المصحَّح
core-summary-threshold-label = الحد الأدنى
core-summary-ready-label = جاهز
core-summary-eta-label = الموعد المتوقع
core-summary-pending-label = مدفوعات معلّقة
core-summary-rate-label = السعر
core-summary-balance = { $count ->
    [zero] { $diamonds } ألماسة
    [one] { $diamonds } ألماسة
    [two] { $diamonds } ألماسة
    [few] { $diamonds } ألماسات
    [many] { $diamonds } ألماسة
   *[other] { $diamonds } ألماسة
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
    [zero] { $diamonds } ألماسة
    [one] { $diamonds } ألماسة
    [two] { $diamonds } ألماسة
    [few] { $diamonds } ألماسات
    [many] { $diamonds } ألماسة
   *[other] { $diamonds } ألماسة
}؛ التقدم { $percent }٪
core-summary-ready-yes = نعم — يمكن سحبه الآن: { $count ->
    [zero] { $diamonds } ألماسة
    [one] { $diamonds } ألماسة
    [two] { $diamonds } ألماسة
    [few] { $diamonds } ألماسات
    [many] { $diamonds } ألماسة
   *[other] { $diamonds } ألماسة
} = { $value }
core-summary-ready-not-yet = ليس بعد
core-summary-eta-reached = تم الوصول ({ $day })
core-summary-eta-day = { $day } بمعدل { $pace } ألماسة يوميًا (آخر { $days } يومًا)
core-summary-eta-wait = بعد { $count ->
    [zero] { $count } بث مباشر إضافي
    [one] بث مباشر واحد إضافي
    [two] بثّين مباشرين إضافيين
    [few] { $count } بثوث مباشرة إضافية
    [many] { $count } بثًا مباشرًا إضافيًا
   *[other] { $count } بث مباشر إضافي
} خلال آخر { $days } يومًا (يحتاج التقدير إلى { $needed })
core-summary-eta-none = لا يوجد — لم يُكسب شيء خلال آخر { $days } يومًا
core-summary-rate = منذ { $day }: { $rate } للألماسة (يُقيَّم الرصيد بسعر اليوم، والكشوف بسعر كل بث مباشر)؛ تُقرَّب المبالغ إلى { $step }، والنصف إلى الأعلى

## التأكيدات: ما هو غير معتاد في عملية ما. لم يُكتب شيء؛ يمكنك تأكيدها.

core-confirm-negative-balance = { $action ->
    [put-back] استعادة { $label }
    [rerate] إعادة تطبيق السعر على هذه البثوث
    [delete-session] حذف البث المباشر { $id }
    [correction] تصحيح بمقدار { $amount } ألماسة
    [delete-gift] حذف الهدية { $id }
   *[undo-import] التراجع عن الاستيراد { $id }
} سيجعل الرصيد { $count ->
    [zero] { $balance } ألماسة
    [one] { $balance } ألماسة
    [two] { $balance } ألماسة
    [few] { $balance } ألماسات
    [many] { $balance } ألماسة
   *[other] { $balance } ألماسة
} (المكسوب { $earned }، المسحوب { $withdrawn }، المصحَّح { $corrected }): دُفعت سحوبات من هذه الألماسات
core-confirm-future = تاريخه { $at }، في المستقبل
core-confirm-before-first-diamond = تاريخه { $at }، قبل كسب أول ألماسة ({ $first })
core-confirm-below-minimum = { $gross } أقل من الحد الأدنى للسحب البالغ { $minimum } والساري في { $day }: لا يدفع TikTok أقل من ذلك، فسجّله فقط إن كان TikTok قد دفعه فعلًا
core-confirm-over-daily-maximum = مع سحب { $used } بالفعل في { $day }، يتجاوز سحب { $gross } إضافية الحد الأقصى لذلك اليوم وهو { $maximum }
core-error-needs-confirmation = لم يُكتب شيء؛ أكّد لتسجيله على أي حال (CLI: --force)

## الأخطاء.

core-error-not-found = { $what ->
    [session] البث المباشر { $id } غير موجود
    [gift] الهدية { $id } غير موجودة
    [withdrawal] السحب { $id } غير موجود
    [import] الاستيراد { $id } غير موجود
    [rate] السعر { $id } غير موجود
    [deleted] السجل المحذوف { $id } غير موجود
   *[other] السجل { $id } غير موجود
}
core-error-newer-schema = كُتب { $path } بإصدار أحدث من LiveLedger (المخطط { $found }، وهذا الإصدار يعرف حتى { $known })؛ لم يُغيَّر — حدّث LiveLedger لفتحه
# $reason بالإنجليزية حاليًا.
core-error-not-a-ledger = { $path } ليس قاعدة بيانات LiveLedger: { $reason }
core-error-busy = قاعدة البيانات مشغولة (نسخة أخرى من LiveLedger تكتب فيها)؛ حاول مجددًا بعد لحظات
core-error-import-still-running = { $path }: الاستيراد الجاري في نسخة أخرى من LiveLedger ما زال يشغل الملف بعد { $minutes ->
    [0] { $seconds } ث
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}؛ لم يُنفَّذ شيء — حاول مجددًا بعد انتهائه، أو أوقفه
core-error-import-still-running-pid = { $path }: الاستيراد الجاري في نسخة أخرى من LiveLedger (pid { $pid }) ما زال يشغل الملف بعد { $minutes ->
    [0] { $seconds } ث
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}؛ لم يُنفَّذ شيء — حاول مجددًا بعد انتهائه، أو أوقفه
core-error-not-a-file = { $path } { $found ->
    [folder] مجلد
    [fifo] أنبوب مسمّى (FIFO)
    [character-device] جهاز محارف
    [block-device] جهاز كتل
    [socket] مقبس
   *[other] شيء آخر
}، وليس ملفًا عاديًا: اختر ملفًا عاديًا أو اسمًا جديدًا؛ لم يُكتب فيه شيء
# $why بالإنجليزية حاليًا.
core-error-read-only = { $path } للقراءة فقط ({ $why }): يمكن قراءته لا تغييره؛ لم يُكتب شيء
# $what بالإنجليزية حاليًا.
core-error-overflow = { $what }: أكبر من أن يُجمع؛ عدّل السجل ذا الرقم غير المعقول أو احذفه

core-trash-session = { $count ->
        [zero] البث المباشر { $id } دون هدايا
        [one] البث المباشر { $id } مع هدية واحدة
        [two] البث المباشر { $id } مع هديتين
        [few] البث المباشر { $id } مع { $n } هدايا
        [many] البث المباشر { $id } مع { $n } هدية
       *[other] البث المباشر { $id } مع { $n } هدية
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = عملية السحب { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = العملية غير مسموح بها (خطأ النظام { $code })
core-io-not-found = لا يوجد ملف أو مجلد بهذا الاسم (خطأ النظام { $code })
core-io-io-error = خطأ في الإدخال/الإخراج (خطأ النظام { $code })
core-io-permission-denied = تم رفض الإذن (خطأ النظام { $code })
core-io-exists = الملف موجود بالفعل (خطأ النظام { $code })
core-io-not-a-directory = ليس مجلدًا (خطأ النظام { $code })
core-io-is-a-directory = هذا مجلد (خطأ النظام { $code })
core-io-too-many-open = عدد الملفات المفتوحة كبير جدًا (خطأ النظام { $code })
core-io-too-large = الملف كبير جدًا (خطأ النظام { $code })
core-io-no-space = لم تتبقَّ مساحة على الجهاز (خطأ النظام { $code })
core-io-read-only = نظام ملفات للقراءة فقط (خطأ النظام { $code })
core-io-connection-reset = أعاد الطرف الآخر تعيين الاتصال (خطأ النظام { $code })
core-io-timed-out = انتهت مهلة الاتصال (خطأ النظام { $code })
core-io-connection-refused = تم رفض الاتصال (خطأ النظام { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = خطأ في قاعدة البيانات: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = تتعذّر إحصاء مجاميعه: { $error }
core-ledger-why-unreadable = تتعذّر قراءة سجل فيه: { $error }
core-ledger-why-unfit = سجلاته غير متّسقة ({ $error })
core-ledger-why-not-regular = ليس ملفًا عاديًا
core-ledger-why-not-a-backup = ليس نسخة احتياطية من LiveLedger
core-ledger-why-integrity = فشل فحص سلامته: { $found }
core-ledger-why-empty = لا يحتوي على أي سجل
core-ledger-why-other-tables = يحتوي على جداول أخرى (معرّف التطبيق فيه ليس معرّف LiveLedger)
core-ledger-why-not-yet = وليس سجلًا بعد
core-ledger-why-older = وقد كتبه إصدار أقدم من LiveLedger: يجب ترقيته، والترقية تكتب فيه
core-ledger-why-file-read-only = لا يُسمح بالكتابة في الملف
core-ledger-why-disk-read-only = لا يُسمح بالكتابة في الملف أو مجلده أو قرصه
core-ledger-why-not-sqlite = ليس قاعدة بيانات SQLite
core-ledger-why-changed = { $kind ->
    [table] الجدول
    [index] الفهرس
    [trigger] المشغّل
   *[view] العرض
} '{ $name }' فيه ليس من LiveLedger؛ الاستعادة تجلب السجلات، ولا تجلب أبدًا مخططًا أو شيفرة
core-ledger-why-extra = يحتوي على { $kind ->
    [table] جدولًا
    [index] فهرسًا
    [trigger] مشغّلًا
   *[view] عرضًا
} '{ $name }' لا يُنشئه LiveLedger في إصداره ({ $version })؛ الاستعادة تجلب السجلات، ولا تجلب أبدًا مخططًا أو شيفرة
core-ledger-why-missing = { $kind ->
    [table] الجدول
    [index] الفهرس
    [trigger] المشغّل
   *[view] العرض
} '{ $name }' فيه ليس من LiveLedger
core-ledger-disk-full = القرص ممتلئ ({ $sqlite })؛ لم يُكتب شيء آخر
core-ledger-disk-failed = تعذّرت القراءة من القرص أو الكتابة عليه (ممتلئ أو معطوب أو مفقود) ({ $sqlite })؛ لم يُكتب شيء آخر

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] ألماسات البث { $id }
   *[value] قيمة البث { $id }
}
core-overflow-statement = في الكشف: { $part ->
    [opening-balance] الرصيد الافتتاحي
    [gifts] الهدايا
    [coins] العملات
    [diamonds] الألماسات
    [value] القيمة
    [withdrawals] عمليات السحب
    [fees] الرسوم
    [payouts] المدفوعات
    [corrections] التصحيحات
    [balance] الرصيد
   *[rounding] التقريب
}
core-overflow = { $what ->
    [balance-value] قيمة الرصيد
    [recent-pace] الوتيرة الأخيرة
    [pending-withdrawals] عمليات السحب المعلّقة
    [period-diamonds] ألماسات الفترة
    [day-diamonds] ألماسات يوم واحد
    [coins-every-session] عملات كل البثوث
    [minute-diamonds] ألماسات دقيقة واحدة
    [money-per-1000] المال لكل 1000 مشاهد
    [diamonds-to-go] الألماسات المتبقية
    [diamonds-earned] الألماسات المكتسبة
    [diamonds-withdrawn] الألماسات المسحوبة
    [corrections] التصحيحات
    [day-withdrawals] عمليات سحب اليوم
    [balance] الرصيد
    [booked-diamonds] الألماسات المسجّلة
    [wallet-difference] الفرق عن المحفظة
    [withdrawal-value] قيمة السحب
    [withdrawal-net] صافي السحب
   *[tiktok-diamonds] ألماسات TikTok
}
core-overflow-engagement = تفاعلات البث { $id } في الدقيقة { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = بث مباشر مستورد
core-title-captured = بث مباشر ملتقط
core-title-booked = TikTok LIVE Center: { $day }
