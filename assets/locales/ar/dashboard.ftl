# لوحة المعلومات: الرصيد، والطريق إلى الحد الأدنى للسحب في TikTok، وهل يمكن
# السحب الآن، وهذا الأسبوع وهذا الشهر، والرسوم البيانية والقوائم الأعلى.
# للعربية ست صيغ للعدد: zero one two few many other.

dashboard-title = لوحة المعلومات

## لا شيء بعد.

dashboard-empty-title = لم يُسجَّل أي بث مباشر بعد
dashboard-empty-text = أضف أول بث مباشر لك: أدخله يدويًا، أو عُدّ الهدايا أثناء البث، أو استورد الملفات التي قدّمتها لك أدوات البث أو TikTok.
dashboard-add-live = إضافة بث مباشر
dashboard-import-file = استيراد ملف
dashboard-tally = بدء العدّ المباشر
dashboard-demo-offer = تتصفّح فقط؟ { $load } — يمكنك مسحها من الإعدادات.
dashboard-demo-load = تحميل بيانات تجريبية لستة أشهر
dashboard-demo-loaded = تم تحميل البيانات التجريبية

## الرصيد.

dashboard-balance = الرصيد
dashboard-diamonds-unit = { $count ->
    [zero] ألماسة
    [one] ألماسة
    [two] ألماسة
    [few] ألماسات
    [many] ألماسة
   *[other] ألماسة
}
dashboard-earned = المكتسب
dashboard-withdrawn = المسحوب
dashboard-corrections = التصحيحات
dashboard-pending = دفعات في الطريق
dashboard-rounded-down = مقرَّب إلى الأدنى: الرصيد أقل بقليل من الحد الأدنى { $min }، لذا لا يظهر أنه بلغه.
dashboard-valued-today = قيمته بسعر اليوم ({ $rate } للألماسة). تستخدم الكشوف سعر يوم كل بث.

## الطريق إلى الحد الأدنى للسحب.

dashboard-threshold-title = الحد الأدنى للسحب
dashboard-progress-label = التقدّم نحو الحد الأدنى للسحب في TikTok
dashboard-threshold-reached = { $balance } من { $min } — تم بلوغه · { $percent }
dashboard-threshold-to-go = { $balance } من { $min } — متبقٍّ { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = يمكنك السحب بمجرد استيفاء الشروط الأخرى.
dashboard-eta = بوتيرتك في آخر { $days } يومًا ({ $pace } يوميًا) ستبلغه نحو { $day }.
dashboard-eta-wait = يظهر التوقّع بعد { $min } بثوث خلال { $days } يومًا — المتبقي: { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}.
dashboard-eta-none = لا بث مباشر في آخر { $days } يومًا، لذا لا توقّع بعد.

## هل يمكنني السحب؟

dashboard-ready-title = هل يمكنني السحب؟
dashboard-ready = جاهز للسحب
dashboard-not-yet = ليس بعد
dashboard-withdrawable = يمكنك سحب { $diamonds } ({ $value }) الآن.
dashboard-rate-since = السعر منذ { $day }: { $rate } للألماسة.
dashboard-payout-link = الإعدادات ← الدفع
dashboard-blocker-negative-balance = رصيدك سالب ({ $diamonds }): سُحب أو صُحّح أكثر مما اكتُسب. راجع سحوباتك، أو أدخل ما تعرضه محفظة TikTok في السحوبات ← المطابقة.
dashboard-blocker-below-minimum = { $balance } من الحد الأدنى { $min } — متبقٍّ { $diamonds }. واصل البث!
dashboard-blocker-age = أكّد في { $link } أن عمرك 18 عامًا أو أكثر وأن حسابك موثَّق.
dashboard-blocker-payout = اربط طريقة دفع في TikTok، ثم اذكرها في { $link }.
dashboard-blocker-daily-maximum = استنفدت الحد الأقصى للسحب اليوم. حاول مجددًا غدًا.

## هذا الأسبوع وهذا الشهر حتى الآن.

dashboard-compare-title = هذا الأسبوع وهذا الشهر حتى الآن
dashboard-compare-note = مقارنةً بالأيام نفسها من الأسبوع والشهر السابقين، كما يقارنها LIVE Center في TikTok.
dashboard-week = هذا الأسبوع
dashboard-month = هذا الشهر
dashboard-compare-lives = { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
} · { $from } – { $to }
dashboard-change-week = { $change } مقارنةً بالأيام نفسها من الأسبوع الماضي ({ $before })
dashboard-change-month = { $change } مقارنةً بالأيام نفسها من الشهر الماضي ({ $before })
dashboard-nothing-week = لا أرباح في الأيام نفسها من الأسبوع الماضي.
dashboard-nothing-month = لا أرباح في الأيام نفسها من الشهر الماضي.

## الرسوم البيانية والقوائم.

dashboard-earned-title = الألماس المكتسب
dashboard-group-by = التجميع حسب
dashboard-by-day = يوم
dashboard-by-week = أسبوع
dashboard-by-month = شهر
dashboard-balance-chart-title = الرصيد عبر الزمن مع تمييز السحوبات
dashboard-chart-wait = يظهر بعد { $min } بثوث (لديك حتى الآن { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}).
dashboard-top-gifts = أكثر الهدايا (حسب العملات المنفقة)
dashboard-top-gifts-empty = تظهر الهدايا هنا بمجرد تسجيلها أو استيرادها.
dashboard-top-supporters = أكبر الداعمين (حسب العملات المنفقة)
dashboard-top-supporters-empty = يظهر المرسِلون هنا عندما تحمل الهدايا اسم المرسِل.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = كم تساوي ساعة بث مباشر، وكم يساوي مشاهد واحد؟
dashboard-worth-note = لا يدفع TikTok شيئًا مقابل المشاهدات؛ هذه هداياك مقسومةً على ساعاتك ومشاهديك، لكل بث.
