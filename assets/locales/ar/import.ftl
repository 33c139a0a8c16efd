# عرض الاستيراد: اختيار ملف، وأعمدته، ومعاينة ما سيضيفه، والنتيجة، والتراجع،
# وسجل عمليات الاستيراد. جمل النواة (الأخطاء والتحذيرات والملاحظات) تأتي من
# النواة؛ وأسماء الملفات والأعمدة والمرسلين والأحداث هي كلمات الملف نفسه.
# للعربية ست صيغ للعدد: zero one two few many other.

## الصفحة

import-title = استيراد
import-card-title = استيراد ملف
import-intro = سجلات الهدايا من أدوات البث المباشر (CSV وJSON وJSON Lines)، وتنزيل البيانات من TikTok نفسه (‎.zip أو ‎.json)، وجداول البيانات (‎.xlsx و‎.xls و‎.ods)، وجداول الهدايا، وملخصات تحليلات LIVE، أو ملف تصدير من LiveLedger. لا يُكتب شيء حتى تضغط «استيراد»، ويمكن التراجع عن الاستيراد بالكامل.
import-choose-button = اختيار ملف…
import-path-empty = لم يُختر أي ملف بعد
import-path-label = الملف المختار
import-preview-button = معاينة
import-button = استيراد
import-options = التنسيق والأعمدة
import-format-label = التنسيق
import-map-label = الأعمدة كنص (الحقل=العمود، …): يُضاف إلى ما اكتُشف
import-map-short = الأعمدة كنص
import-map-example = date=الوقت,gift=الهدية,coins=السعر,count=العدد,sender=المستخدم
import-saved-label = التعيينات المحفوظة
import-saved-use = استخدام تعيين محفوظ…
import-saved-none = لا توجد تعيينات محفوظة بعد
import-save-as-label = حفظ هذا التعيين باسم (عند الاستيراد)
import-save-as-short = حفظ هذا التعيين باسم
import-save-as-example = مثلًا: سجل أداتي
import-choose-first = اختر ملفًا أولًا
import-done-toast = { $count ->
    [zero] تم استيراد { $count } صف
    [one] تم استيراد صف واحد
    [two] تم استيراد صفين
    [few] تم استيراد { $count } صفوف
    [many] تم استيراد { $count } صفًا
   *[other] تم استيراد { $count } صف
}

## التنسيقات التي يمكن قراءة الملف بها

import-format-auto = الاكتشاف من المحتوى
import-format-gift-events = سجل أحداث الهدايا، CSV (أدوات TikTok LIVE)
import-format-json-events = أحداث الهدايا، JSON أو JSON Lines (أدوات webcast وTikFinity)
import-format-tiktok-data = «تنزيل بياناتك» من TikTok (JSON أو ‎.zip)
import-format-gift-table = جدول هدايا
import-format-session-summary = ملخصات البث المباشر (تحليلات LIVE)
import-format-tiktok-days = أيام TikTok LIVE Center (الإيرادات، النشاط، المشاهدون، التفاعل)
import-format-liveledger = تصدير LiveLedger

## الحقول التي قد يحملها عمود

import-field-date = التاريخ والوقت
import-field-time = الوقت من اليوم
import-field-event = نوع الحدث
import-field-gift = الهدية
import-field-gift-id = رقم الهدية
import-field-coins = العملات
import-field-count = العدد
import-field-sender = المرسل
import-field-nickname = الاسم المستعار للمرسل
import-field-session = البث المباشر
import-field-repeat-end = انتهاء السلسلة
import-field-gift-type = نوع الهدية (سلسلة أو مفردة)
import-field-streakable = قابلة للتسلسل
import-field-streaking = السلسلة مستمرة
import-field-event-id = رقم الرسالة
import-field-diamonds = الألماسات لكل هدية
import-field-total-diamonds = الألماسات (مجموع الصف)
import-field-duration = المدة
import-field-end = النهاية
import-field-viewers = المشاهدون
import-field-peak-viewers = ذروة المشاهدين
import-field-followers = متابعون جدد
import-field-likes = الإعجابات
import-field-gifters = الداعمون
import-field-rewards = المكافآت
import-field-title = العنوان
import-field-lives = البثوث المباشرة
import-field-views = المشاهدات
import-field-watch-time = وقت المشاهدة
import-field-avg-concurrent = متوسط المشاهدين في آن واحد
import-field-commenters = المعلّقون
import-field-shares = المشاركات

## كيف قُرئ الملف

import-read-as-line = قُرئ بصيغة { $how }.
import-read-encoding = الترميز { $encoding }
import-read-delimiter = الفاصل { $delimiter }
import-delimiter-comma = فاصلة
import-delimiter-semicolon = فاصلة منقوطة
import-delimiter-tab = علامة جدولة
import-delimiter-pipe = خط عمودي
import-read-numbers = الأرقام { $numbers }
import-numbers-plain = بلا فواصل
import-read-dates = التواريخ { $dates }
import-read-header-line = العناوين في السطر { $line }
import-read-header-row = العناوين في الصف { $line }

## المعاينة والنتيجة

import-notice-preview = معاينة — لم يُكتب شيء بعد.
import-notice-imported = تم الاستيراد.
import-rows-read = { $count ->
    [zero] { $file }: قُرئ { $count } صف.
    [one] { $file }: قُرئ صف واحد.
    [two] { $file }: قُرئ صفان.
    [few] { $file }: قُرئت { $count } صفوف.
    [many] { $file }: قُرئ { $count } صفًا.
   *[other] { $file }: قُرئ { $count } صف.
}
import-rows-read-explained = { $count ->
    [zero] { $file }: قُرئ { $count } صف:
    [one] { $file }: قُرئ صف واحد:
    [two] { $file }: قُرئ صفان:
    [few] { $file }: قُرئت { $count } صفوف:
    [many] { $file }: قُرئ { $count } صفًا:
   *[other] { $file }: قُرئ { $count } صف:
}
import-explain-to-add = { $count ->
    [zero] { $count } صف للإضافة
    [one] صف واحد للإضافة
    [two] صفان للإضافة
    [few] { $count } صفوف للإضافة
    [many] { $count } صفًا للإضافة
   *[other] { $count } صف للإضافة
}
import-explain-added = { $count ->
    [zero] أُضيف { $count } صف
    [one] أُضيف صف واحد
    [two] أُضيف صفان
    [few] أُضيفت { $count } صفوف
    [many] أُضيف { $count } صفًا
   *[other] أُضيف { $count } صف
}
import-explain-streak-steps = { $count ->
    [zero] { $count } خطوة سلسلة دُمجت في العدد النهائي لسلسلتها (سلسلة من 5 ورود تُسجَّل 1، 2، 3، 4، 5 وتُحسب مرة واحدة بقيمة 5)
    [one] خطوة سلسلة واحدة دُمجت في العدد النهائي لسلسلتها (سلسلة من 5 ورود تُسجَّل 1، 2، 3، 4، 5 وتُحسب مرة واحدة بقيمة 5)
    [two] خطوتا سلسلة دُمجتا في العدد النهائي لسلسلتهما (سلسلة من 5 ورود تُسجَّل 1، 2، 3، 4، 5 وتُحسب مرة واحدة بقيمة 5)
    [few] { $count } خطوات سلسلة دُمجت في العدد النهائي لسلسلتها (سلسلة من 5 ورود تُسجَّل 1، 2، 3، 4، 5 وتُحسب مرة واحدة بقيمة 5)
    [many] { $count } خطوة سلسلة دُمجت في العدد النهائي لسلسلتها (سلسلة من 5 ورود تُسجَّل 1، 2، 3، 4، 5 وتُحسب مرة واحدة بقيمة 5)
   *[other] { $count } خطوة سلسلة دُمجت في العدد النهائي لسلسلتها (سلسلة من 5 ورود تُسجَّل 1، 2، 3، 4، 5 وتُحسب مرة واحدة بقيمة 5)
}
import-explain-already = { $count ->
    [zero] { $count } صف موجود في السجل مسبقًا، لا يُضاف مرتين
    [one] صف واحد موجود في السجل مسبقًا، لا يُضاف مرتين
    [two] صفان موجودان في السجل مسبقًا، لا يُضافان مرتين
    [few] { $count } صفوف موجودة في السجل مسبقًا، لا تُضاف مرتين
    [many] { $count } صفًا موجودة في السجل مسبقًا، لا تُضاف مرتين
   *[other] { $count } صف موجودة في السجل مسبقًا، لا تُضاف مرتين
}
import-explain-redelivered = { $count ->
    [zero] { $count } رسالة كررها الملف (حُسبت مرة واحدة)
    [one] رسالة واحدة كررها الملف (حُسبت مرة واحدة)
    [two] رسالتان كررهما الملف (حُسبتا مرة واحدة)
    [few] { $count } رسائل كررها الملف (حُسبت مرة واحدة)
    [many] { $count } رسالة كررها الملف (حُسبت مرة واحدة)
   *[other] { $count } رسالة كررها الملف (حُسبت مرة واحدة)
}
import-explain-totals = { $count ->
    [zero] { $count } صف إجمالي، ليست هدايا
    [one] صف إجمالي واحد، ليس هدايا
    [two] صفا إجمالي، ليسا هدايا
    [few] { $count } صفوف إجمالي، ليست هدايا
    [many] { $count } صفًا إجماليًا، ليست هدايا
   *[other] { $count } صف إجمالي، ليست هدايا
}
import-explain-summary = { $count ->
    [zero] { $count } صف ملخص أسفل الجدول
    [one] صف ملخص واحد أسفل الجدول
    [two] صفا ملخص أسفل الجدول
    [few] { $count } صفوف ملخص أسفل الجدول
    [many] { $count } صف ملخص أسفل الجدول
   *[other] { $count } صف ملخص أسفل الجدول
}
import-explain-blank = { $count ->
    [zero] { $count } سطر فارغ
    [one] سطر فارغ واحد
    [two] سطران فارغان
    [few] { $count } أسطر فارغة
    [many] { $count } سطرًا فارغًا
   *[other] { $count } سطر فارغ
}
import-explain-events = { $count ->
    [zero] { $count } حدث ليس هدية ({ $kinds })
    [one] حدث واحد ليس هدية ({ $kinds })
    [two] حدثان ليسا هدايا ({ $kinds })
    [few] { $count } أحداث ليست هدايا ({ $kinds })
    [many] { $count } حدثًا ليست هدايا ({ $kinds })
   *[other] { $count } حدث ليست هدايا ({ $kinds })
}
import-event-kind = { $kind }: { $count }
import-explain-left-out = { $count ->
    [zero] { $count } صف به مشكلات اخترت تخطيه
    [one] صف واحد به مشكلات اخترت تخطيه
    [two] صفان بهما مشكلات اخترت تخطيهما
    [few] { $count } صفوف بها مشكلات اخترت تخطيها
    [many] { $count } صفًا بها مشكلات اخترت تخطيها
   *[other] { $count } صف بها مشكلات اخترت تخطيها
}
import-left-out-note = { $count ->
    [zero] استُبعد { $count } صف به مشكلات ({ $lines }).
    [one] استُبعد صف واحد به مشكلات ({ $lines }).
    [two] استُبعد صفان بهما مشكلات ({ $lines }).
    [few] استُبعدت { $count } صفوف بها مشكلات ({ $lines }).
    [many] استُبعد { $count } صفًا بها مشكلات ({ $lines }).
   *[other] استُبعد { $count } صف بها مشكلات ({ $lines }).
}
import-lines = { $count ->
    [zero] الأسطر { $lines }
    [one] السطر { $lines }
    [two] السطران { $lines }
    [few] الأسطر { $lines }
    [many] الأسطر { $lines }
   *[other] الأسطر { $lines }
}
import-lines-more = { $count } أخرى
import-include-again-button = إعادة تضمينها
import-would-add = سيُضاف
import-added = أُضيف
import-added-lives = { $count ->
    [zero] { $count } بث مباشر جديد (الممدَّدة: { $extended })
    [one] بث مباشر جديد واحد (الممدَّدة: { $extended })
    [two] بثّان مباشران جديدان (الممدَّدة: { $extended })
    [few] { $count } بثوث مباشرة جديدة (الممدَّدة: { $extended })
    [many] { $count } بثًا مباشرًا جديدًا (الممدَّدة: { $extended })
   *[other] { $count } بث مباشر جديد (الممدَّدة: { $extended })
}
import-added-rows = { $count ->
    [zero] { $count } صف
    [one] صف واحد
    [two] صفان
    [few] { $count } صفوف
    [many] { $count } صفًا
   *[other] { $count } صف
}
import-amount-coins = العملات
import-amount-diamonds = الألماسات
import-amount-value = القيمة
import-lives-to-create = البثوث المباشرة التي ستُنشأ ({ $count })
import-lives-created = البثوث المباشرة التي أُنشئت ({ $count })
import-lives-live = البث المباشر
import-lives-diamonds = الألماسات
import-lives-more = و{ $count } أخرى
import-gap-sentence = يبدأ بث مباشر جديد بعد توقف بلا هدايا مدته { $minutes } دقيقة
import-gap-aria = الدقائق بلا هدايا التي تبدأ بعدها بثًا مباشرًا جديدًا
import-gap-apply-button = معاينة من جديد
import-gap-invalid = أدخل عددًا صحيحًا من الدقائق بين 1 و1440
import-fields-field = الحقل
import-fields-column = العمود
import-fields-first = القيم الأولى
import-column-for = عمود { $field }
import-add-field-label = حقل آخر
import-add-field-prompt = قراءة حقل آخر…
import-unfinished-streaks = { $count ->
    [zero] { $count } سلسلة لم تنتهِ في الملف؛ تُحسب كل منها بأعلى عدد لها حتى تستورد نسخة أطول من السجل.
    [one] سلسلة واحدة لم تنتهِ في الملف؛ تُحسب بأعلى عدد لها حتى تستورد نسخة أطول من السجل.
    [two] سلسلتان لم تنتهيا في الملف؛ تُحسب كل منهما بأعلى عدد لها حتى تستورد نسخة أطول من السجل.
    [few] { $count } سلاسل لم تنتهِ في الملف؛ تُحسب كل منها بأعلى عدد لها حتى تستورد نسخة أطول من السجل.
    [many] { $count } سلسلة لم تنتهِ في الملف؛ تُحسب كل منها بأعلى عدد لها حتى تستورد نسخة أطول من السجل.
   *[other] { $count } سلسلة لم تنتهِ في الملف؛ تُحسب كل منها بأعلى عدد لها حتى تستورد نسخة أطول من السجل.
}
import-streaks-updated = { $count ->
    [zero] { $count } سلسلة قطعها استيراد سابق تُرفع إلى العدد الوارد في هذا الملف.
    [one] سلسلة واحدة قطعها استيراد سابق تُرفع إلى العدد الوارد في هذا الملف.
    [two] سلسلتان قطعهما استيراد سابق تُرفعان إلى العدد الوارد في هذا الملف.
    [few] { $count } سلاسل قطعها استيراد سابق تُرفع إلى العدد الوارد في هذا الملف.
    [many] { $count } سلسلة قطعها استيراد سابق تُرفع إلى العدد الوارد في هذا الملف.
   *[other] { $count } سلسلة قطعها استيراد سابق تُرفع إلى العدد الوارد في هذا الملف.
}
import-sections-ignored = أقسام لم تُقرأ: { $sections }.
import-nothing-new = لا جديد للاستيراد.

## ملف أيام TikTok LIVE Center

import-days-figures = { $count ->
    [zero] أرقام TikTok LIVE Center لـ { $count } يوم ({ $span }): { $figures }.
    [one] أرقام TikTok LIVE Center ليوم واحد ({ $span }): { $figures }.
    [two] أرقام TikTok LIVE Center ليومين ({ $span }): { $figures }.
    [few] أرقام TikTok LIVE Center لـ { $count } أيام ({ $span }): { $figures }.
    [many] أرقام TikTok LIVE Center لـ { $count } يومًا ({ $span }): { $figures }.
   *[other] أرقام TikTok LIVE Center لـ { $count } يوم ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
    [zero] أرقام TikTok LIVE Center لـ { $count } يوم: { $figures }.
    [one] أرقام TikTok LIVE Center ليوم واحد: { $figures }.
    [two] أرقام TikTok LIVE Center ليومين: { $figures }.
    [few] أرقام TikTok LIVE Center لـ { $count } أيام: { $figures }.
    [many] أرقام TikTok LIVE Center لـ { $count } يومًا: { $figures }.
   *[other] أرقام TikTok LIVE Center لـ { $count } يوم: { $figures }.
}
import-days-span = من { $from } إلى { $to }
import-days-diamonds-note = يُبلغ TikTok عن { $diamonds } خلال هذه الأيام. تُحفظ بجانب سجلك ولا تُضاف أبدًا إلى رصيدك؛ قارنها في «أيام TikTok».
import-days-counts = { $count ->
    [zero] { $count } رقم جديد، و{ $unchanged } موجودة في السجل مسبقًا.
    [one] رقم جديد واحد، و{ $unchanged } موجودة في السجل مسبقًا.
    [two] رقمان جديدان، و{ $unchanged } موجودة في السجل مسبقًا.
    [few] { $count } أرقام جديدة، و{ $unchanged } موجودة في السجل مسبقًا.
    [many] { $count } رقمًا جديدًا، و{ $unchanged } موجودة في السجل مسبقًا.
   *[other] { $count } رقم جديد، و{ $unchanged } موجودة في السجل مسبقًا.
}
import-days-replaced-intro = { $count ->
    [zero] { $count } رقم يحل محل ما كان في السجل:
    [one] رقم واحد يحل محل ما كان في السجل:
    [two] رقمان يحلان محل ما كان في السجل:
    [few] { $count } أرقام تحل محل ما كان في السجل:
    [many] { $count } رقمًا تحل محل ما كان في السجل:
   *[other] { $count } رقم تحل محل ما كان في السجل:
}
import-days-replaced-item = { $day }، { $figure }: { $was } ← { $now }
import-figure-diamonds = الألماسات
import-figure-live-seconds = مدة البث المباشر
import-figure-lives = البثوث المباشرة
import-figure-views = المشاهدات
import-figure-unique-viewers = المشاهدون الفريدون
import-figure-avg-watch-seconds = متوسط وقت المشاهدة
import-figure-peak-concurrent = ذروة المشاهدين في آن واحد
import-figure-avg-concurrent = متوسط المشاهدين في آن واحد
import-figure-gifters = الداعمون
import-figure-new-followers = المتابعون الجدد
import-figure-commenters = المعلّقون
import-figure-likes = الإعجابات
import-figure-shares = المشاركات

## ملف لم يُستورد

import-not-imported = لم يُستورد.
import-problems-line = السطر
import-problems-column = العمود
import-problems-problem = المشكلة
import-skip-rows-button = { $count ->
    [zero] تخطي { $count } صف واستيراد الباقي
    [one] تخطي هذا الصف واستيراد الباقي
    [two] تخطي هذين الصفين واستيراد الباقي
    [few] تخطي هذه الصفوف الـ{ $count } واستيراد الباقي
    [many] تخطي هذه الصفوف الـ{ $count } واستيراد الباقي
   *[other] تخطي هذه الصفوف الـ{ $count } واستيراد الباقي
}
import-skip-note = يظل الباقي يُستورد كله معًا أو لا يُستورد شيء منه، تمامًا كما تعرض المعاينة.
import-too-many = { $count ->
    [zero] في { $count } صف مشكلات: أكثر من أن تُتخطى واحدًا واحدًا. أصلح الملف، أو تحقق من اختيار الأعمدة الصحيحة.
    [one] في صف واحد مشكلات: أكثر من أن تُتخطى واحدًا واحدًا. أصلح الملف، أو تحقق من اختيار الأعمدة الصحيحة.
    [two] في صفين مشكلات: أكثر من أن تُتخطى واحدًا واحدًا. أصلح الملف، أو تحقق من اختيار الأعمدة الصحيحة.
    [few] في { $count } صفوف مشكلات: أكثر من أن تُتخطى واحدًا واحدًا. أصلح الملف، أو تحقق من اختيار الأعمدة الصحيحة.
    [many] في { $count } صفًا مشكلات: أكثر من أن تُتخطى واحدًا واحدًا. أصلح الملف، أو تحقق من اختيار الأعمدة الصحيحة.
   *[other] في { $count } صف مشكلات: أكثر من أن تُتخطى واحدًا واحدًا. أصلح الملف، أو تحقق من اختيار الأعمدة الصحيحة.
}
import-no-column = — ليس في هذا الملف —
import-apply-columns-button = المعاينة بهذه الأعمدة

## سجل الاستيراد والتراجع

import-history-title = سجل الاستيراد
import-history-empty = لا توجد عمليات استيراد بعد.
import-history-when = الوقت
import-history-file = الملف
import-history-format = التنسيق
import-history-rows = الصفوف المضافة
import-history-sessions = البثوث
import-history-notes = ملاحظات
import-history-undo = تراجع
import-history-warnings = { $count ->
    [zero] { $count } تحذير
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرًا
   *[other] { $count } تحذير
}
import-undo-button = تراجع
import-undo-label = التراجع عن استيراد { $file }
import-undone = تم التراجع عن الاستيراد: حُذف { $gifts } و{ $sessions }.
import-undone-gifts = { $count ->
    [zero] { $count } صف هدايا
    [one] صف هدايا واحد
    [two] صفا هدايا
    [few] { $count } صفوف هدايا
    [many] { $count } صف هدايا
   *[other] { $count } صف هدايا
}
import-undone-sessions = { $count ->
    [zero] { $count } بث
    [one] بث واحد
    [two] بثّان
    [few] { $count } بثوث
    [many] { $count } بثًا
   *[other] { $count } بث
}
import-undo-again = تراجع
import-back = عاد الاستيراد
