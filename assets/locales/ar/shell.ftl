# إطار التطبيق: التنقل والتحميل والأعطال في أي عرض.

nav-label = العروض
nav-dashboard = لوحة المعلومات
nav-insights = رؤى
nav-sessions = البثوث
nav-live = العدّ المباشر
nav-import = استيراد
nav-withdrawals = السحوبات
nav-statements = الكشوف
nav-days = أيام TikTok
nav-settings = الإعدادات
nav-shortcut = { $title } ({ $key })
view-loading = جارٍ التحميل…
view-failed = حدث خطأ ما

## الوحدات. للعربية ست صيغ للعدد.

coins-count = { $count ->
    [zero] { $count } عملة
    [one] عملة واحدة
    [two] عملتان
    [few] { $count } عملات
    [many] { $count } عملة
   *[other] { $count } عملة
}
diamonds-count = { $count ->
    [zero] { $shown } ألماسة
    [one] ألماسة واحدة
    [two] ألماستان
    [few] { $shown } ألماسات
    [many] { $shown } ألماسة
   *[other] { $shown } ألماسة
}
duration-minutes = { $minutes } د
duration-hours = { $hours } س
duration-hours-minutes = { $hours } س { $minutes } د
