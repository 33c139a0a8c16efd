# الإعدادات: اللغة والدفع والمنطقة الزمنية والأسعار وكتالوج الهدايا والتصدير
# والبيانات التجريبية وإصدار التطبيق.

settings-title = الإعدادات
settings-saved = تم الحفظ

## اللغة

settings-language-title = اللغة
settings-language-intro = اللغة التي يتحدث بها LiveLedger. تُكتب الأرقام والتواريخ والمبالغ بطريقتها.
settings-language-label = اللغة
settings-language-saved = تم حفظ اللغة

## الدفع والمنطقة الزمنية

settings-payout-title = الدفع
settings-payout-intro = لا يدفع TikTok إلا لحساب موثّق لشخص بالغ (18+) مرتبط بطريقة دفع. أكّد الأمرين هنا؛ فهما من فحوص الجاهزية في لوحة المعلومات.
settings-age = عمري 18 عامًا أو أكثر وحسابي موثّق
settings-payout-method = طريقة الدفع المرتبطة في TikTok
settings-payout-method-placeholder = PayPal، تحويل بنكي…
settings-setup-again = الإجابة عن أسئلة اليوم الأول مرة أخرى
settings-timezone-title = المنطقة الزمنية
settings-timezone-intro = تبدأ أيام كشوفك وأسابيعها وشهورها عند منتصف الليل هنا.
settings-timezone-label = المنطقة الزمنية
settings-timezone-saved = تم حفظ المنطقة الزمنية
settings-timezone-invalid = «{ $zone }» ليست منطقة زمنية نعرفها، لذلك لم تُحفظ (منطقتك ما زالت { $saved }). اختر واحدة من القائمة، مثل Europe/Berlin.

## الأسعار

settings-rates-title = الأسعار
settings-rates-intro = يغيّر TikTok قيمة العملة والألماسة. يسري السعر الجديد على البثوث المسجّلة من يومه فصاعدًا. يحتفظ كل بث بالسعر الذي سُجّل به، ولا يعيد سعرٌ جديد أو منطقة زمنية جديدة تسعيره؛ أعد تسعيره أدناه إن أردت.
settings-rates-from = من
settings-rates-diamonds-per-coin = ألماسات / عملة
settings-rates-money-per-diamond = المبلغ / ألماسة
settings-rates-minimum = الحد الأدنى
settings-rates-daily-maximum = الحد الأقصى اليومي
settings-rates-no-maximum = لا يوجد
settings-rate-delete = حذف
settings-rate-delete-title = حذف هذا السعر؟
settings-rate-delete-line = السعر من { $day }: { $diamonds } ألماسة لكل عملة، و{ $money } لكل ألماسة. تحتفظ البثوث بالسعر الذي سُجّلت به.
settings-rate-delete-confirm = حذف السعر
settings-rate-deleted = تم حذف السعر
settings-rate-from-day = من يوم
settings-rate-diamonds-per-coin = ألماسات لكل عملة
settings-rate-money-per-diamond = المبلغ لكل ألماسة
settings-rate-currency = العملة النقدية
settings-rate-minimum = الحد الأدنى للسحب
settings-rate-minimum-hint = اضبطه على ما تعرضه محفظتك في TikTok.
settings-rate-daily-maximum = الحد الأقصى اليومي
settings-rate-add = إضافة سعر
settings-rate-saved = تم حفظ السعر. تحتفظ البثوث المسجّلة بالسعر الذي سُجّلت به.

## بثوث بسعر أقدم

settings-rerate-title = { $count ->
    [zero] لا بثوث بسعر أقدم
    [one] بث واحد بسعر أقدم
    [two] بثّان بسعر أقدم
    [few] { $count } بثوث بسعر أقدم
    [many] { $count } بثًا بسعر أقدم
   *[other] { $count } بث بسعر أقدم
}
settings-rerate-intro = سُجّلت هذه البثوث قبل إدخال السعر الساري الآن في يومها (أو غيّرت منطقتك الزمنية اليوم الذي تقع فيه). إعادة التسعير تنقلها إليه؛ لا يتغيّر شيء حتى تفعل ذلك.
settings-rerate-day = اليوم
settings-rerate-session = البث
settings-rerate-diamonds = الألماسات
settings-rerate-value = القيمة
settings-rerate-apply = إعادة تسعير هذه البثوث
settings-rerate-done = تمت إعادة تسعير البثوث

## كتالوج الهدايا

settings-catalog-title = كتالوج الهدايا
settings-catalog-intro = أسعار الهدايا بالعملات، لتكتبها باسمها. يحتفظ سطر الهدية بعدد العملات التي كانت قيمتها في يومها، فالتعديل هنا لا يغيّر الماضي أبدًا.
settings-catalog-gift = الهدية
settings-catalog-coins = العملات
settings-gift-name = اسم الهدية
settings-gift-coins = العملات
settings-gift-save = إضافة أو تعديل
settings-catalog-saved = تم حفظ الكتالوج
settings-gift-remove = إزالة
settings-gift-remove-title = إزالة هذه الهدية من الكتالوج؟
settings-gift-remove-line = { $gift } ({ $coins }). تحتفظ الهدايا المسجّلة بعملاتها.
settings-gift-removed = تمت الإزالة

## التصدير والنسخ الاحتياطي

settings-export-title = التصدير والنسخ الاحتياطي
settings-export-intro = لمحاسبك أو لبرنامج الضرائب، وتحسّبًا لتعطّل حاسوبك. يمكنك أخذ نسخة احتياطية والتطبيق مفتوح.
settings-export-csv = تصدير CSV
settings-export-json = تصدير JSON
settings-export-hledger = تصدير hledger
settings-export-beancount = تصدير beancount
settings-backup-now = نسخ احتياطي الآن
settings-backup-kind = نسخة LiveLedger الاحتياطية
settings-exported = تم التصدير إلى { $path }
settings-backed-up = تم النسخ الاحتياطي إلى { $path }
settings-ledger-file = ملف السجل: { $path }

## البيانات التجريبية والمسح

settings-demo-title = بيانات تجريبية
settings-demo-empty = سجلّك فارغ. حمّل ستة أشهر من البثوث الوهمية لترى الرسوم البيانية.
settings-demo-clear-intro = يزيل المسح كل بث وهدية وسحب وتصحيح. تبقى الأسعار والكتالوج والإعدادات. تُحفظ نسخة من السجل بجانبه أولًا، ويمكنك التراجع مباشرة بعد ذلك.
settings-demo-load = تحميل البيانات التجريبية
settings-demo-loaded = تم تحميل البيانات التجريبية
settings-clear = مسح كل السجلات
settings-clear-title = مسح كل السجلات؟
settings-clear-sessions = { $count ->
    [zero] لا بثوث
    [one] بثًا واحدًا
    [two] بثّين
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}
settings-clear-gifts = { $count ->
    [zero] لا هدايا
    [one] هدية واحدة
    [two] هديتين
    [few] { $count } هدايا
    [many] { $count } هدية
   *[other] { $count } هدية
}
settings-clear-withdrawals = { $count ->
    [zero] لا سحوبات
    [one] سحبًا واحدًا
    [two] سحبين
    [few] { $count } سحوبات
    [many] { $count } سحبًا
   *[other] { $count } سحب
}
settings-clear-what = يزيل هذا { $sessions } مع { $gifts } و{ $withdrawals }، وكل تصحيح واستيراد. تبقى الأسعار والكتالوج والإعدادات.
settings-clear-copy = تُحفظ أولًا نسخة من السجل كما هو الآن بجانبه، ويمكنك التراجع عن هذا مباشرة بعد ذلك.
settings-clear-word = مسح
settings-cleared = تم مسح السجل. نسخة مما قبل محفوظة بجانبه.
settings-records-back = عادت كل السجلات

## حول

settings-about-title = حول
settings-about-version = LiveLedger { $version }
settings-about-offline = الإصدار نفسه الذي يعرضه { $command }. دون اتصال: لا شبكة، ولا حساب، ولا قياس عن بُعد.
