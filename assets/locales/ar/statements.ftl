# الكشوف: ما يحفظه سجلّك لكل يوم أو أسبوع أو شهر أو سنة، للتواريخ التي
# تختارها، والتصدير لمحاسبك.

statements-title = الكشوف
statements-by-period = حسب الفترة

## اختيار التواريخ والفترة

statements-period = الفترة
statements-range = عرض
statements-all-time = كل الأوقات
statements-custom = تواريخ من اختيارك…
statements-from = من
statements-to = إلى
statements-apply = عرض هذه التواريخ
statements-by-day = يوم
statements-by-week = أسبوع
statements-by-month = شهر
statements-by-year = سنة
statements-explain = تبدأ الأيام عند منتصف الليل بحسب منطقتك الزمنية. تستخدم القيم السعر الذي سُجّل به كل بث؛ وتُقرَّب كل سطر مرة واحدة؛ وتُقرَّب المبالغ نصفًا إلى الأعلى (بعيدًا عن الصفر) إلى { $step }.

## الكشف

statements-empty-title = لا شيء لعرضه بعد
statements-empty-text = تظهر الكشوف عندما يكون لديك بث مباشر أو سحوبات.
statements-empty-range = لم يحدث شيء في هذه التواريخ.
statements-opening = الرصيد قبل هذه التواريخ: { $diamonds }.
statements-total = الإجمالي
statements-rounding = التقريب: { $amounts }. يُقرَّب كل سطر على حدة؛ ويُقرِّب الإجمالي المجموع الدقيق، لذا قد يختلف بسنت واحد.

## الأعمدة

statements-col-lives = البثوث
statements-col-hours = ساعات البث
statements-col-gifts = الهدايا
statements-col-coins = العملات
statements-col-diamonds = الألماس
statements-col-value = القيمة
statements-col-withdrawn = المسحوب
statements-col-fees = الرسوم
statements-col-net = الصافي المدفوع
statements-col-corrections = التصحيحات
statements-col-closing = الرصيد الختامي

## التصدير

statements-export-title = تصدير لمحاسبك
statements-export-text = يضم التصدير سجلّك كله — كل بث وهدية وسحب وتصحيح — في ملف يستطيع محاسبك أو جدول البيانات أو برنامج الضرائب قراءته. أنت تختار مكان حفظه.
statements-exported = تم التصدير إلى { $path }
statements-export-csv = جدول بيانات (CSV)
statements-export-json = JSON
statements-export-hledger = دفتر يومية hledger
statements-export-beancount = beancount
