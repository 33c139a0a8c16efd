# ما يقوله الاستيراد: تقريره (ما قُرئ وما أُضيف، وكيف قُرئ الملف، وما
# تُخطّي)، وملاحظاته وتحذيراته، وسبب رفض ملف. تصل الأرقام مكتوبة كما
# يكتبها التقرير؛ و$count و$rows و$sessions و$matched أعداد تختار صيغة
# الجمع (ست صيغ في العربية).

## أول سطور التقرير: ما قُرئ وما أُضيف.

core-import-totals = { $file } ({ $format }): { $rows ->
        [zero] لم يُقرأ أي صف ({ $rows_read })
        [one] قُرئ صف واحد
        [two] قُرئ صفّان
        [few] قُرئت { $rows_read } صفوف
        [many] قُرئ { $rows_read } صفًا
       *[other] قُرئ { $rows_read } صف
    }، أُضيف منها { $added }، وتُخطّي { $skipped } لأنه مستورد من قبل، { $sessions ->
        [zero] ولم تُنشأ أي جلسة بث ({ $sessions_added })
        [one] وأُنشئت جلسة بث واحدة
        [two] وأُنشئت جلستا بث
        [few] وأُنشئت { $sessions_added } جلسات بث
        [many] وأُنشئت { $sessions_added } جلسة بث
       *[other] وأُنشئت { $sessions_added } جلسة بث
    }، { $matched ->
        [zero] ولم تُوسَّع أي جلسة قائمة ({ $sessions_matched })
        [one] ووُسِّعت جلسة قائمة واحدة
        [two] ووُسِّعت جلستان قائمتان
        [few] ووُسِّعت { $sessions_matched } جلسات قائمة
        [many] ووُسِّعت { $sessions_matched } جلسة قائمة
       *[other] ووُسِّعت { $sessions_matched } جلسة قائمة
    }
core-import-totals-dry-run = معاينة — لم يُكتب شيء. { $file } ({ $format }): { $rows ->
        [zero] لم يُقرأ أي صف ({ $rows_read })
        [one] قُرئ صف واحد
        [two] قُرئ صفّان
        [few] قُرئت { $rows_read } صفوف
        [many] قُرئ { $rows_read } صفًا
       *[other] قُرئ { $rows_read } صف
    }، سيُضاف منها { $added }، وسيُتخطّى { $skipped } لأنه مستورد من قبل، { $sessions ->
        [zero] ولن تُنشأ أي جلسة بث ({ $sessions_added })
        [one] وستُنشأ جلسة بث واحدة
        [two] وستُنشأ جلستا بث
        [few] وستُنشأ { $sessions_added } جلسات بث
        [many] وستُنشأ { $sessions_added } جلسة بث
       *[other] وستُنشأ { $sessions_added } جلسة بث
    }، { $matched ->
        [zero] ولن تُوسَّع أي جلسة قائمة ({ $sessions_matched })
        [one] وستُوسَّع جلسة قائمة واحدة
        [two] وستُوسَّع جلستان قائمتان
        [few] وستُوسَّع { $sessions_matched } جلسات قائمة
        [many] وستُوسَّع { $sessions_matched } جلسة قائمة
       *[other] وستُوسَّع { $sessions_matched } جلسة قائمة
    }
core-import-adds = يضيف { $coins } عملة و{ $diamonds } ألماسة
# $value: القيمة بكل عملة، "12.50 EUR + 3.00 USD".
core-import-adds-worth = يضيف { $coins } عملة و{ $diamonds } ألماسة، بقيمة { $value }

## كيف قُرئ الملف. $encoding: ‏UTF-8 أو windows-1252 أو ورقة
## ("xlsx sheet 'Gifts'")؛ $delimiter: ‏comma أو semicolon أو tab أو pipe.

core-import-read-txt = قُرئ كتنزيل TXT من TikTok
core-import-read-txt-in = قُرئ كتنزيل TXT من TikTok بترميز { $encoding }
core-import-read-json = قُرئ كـ JSON
core-import-read-json-in = قُرئ كـ JSON بترميز { $encoding }
core-import-read-table = قُرئ بترميز { $encoding }، مفصولًا { $delimiter ->
        [comma] بفواصل
        [semicolon] بفواصل منقوطة
        [tab] بعلامات جدولة
        [pipe] بخطوط عمودية
       *[other] بـ { $delimiter }
    }، والعناوين في السطر { $line }
core-import-read-table-skipped = قُرئ بترميز { $encoding }، مفصولًا { $delimiter ->
        [comma] بفواصل
        [semicolon] بفواصل منقوطة
        [tab] بعلامات جدولة
        [pipe] بخطوط عمودية
       *[other] بـ { $delimiter }
    }، والعناوين في السطر { $line } ({ $count ->
        [zero] تُخطّي { $above } سطر فوقه
        [one] تُخطّي السطر الذي فوقه
        [two] تُخطّي السطران اللذان فوقه
        [few] تُخطّيت الأسطر الـ { $above } التي فوقه
        [many] تُخطّي { $above } سطرًا فوقه
       *[other] تُخطّي { $above } سطر فوقه
    })
core-import-read-sheet = قُرئ كـ { $encoding }، والعناوين في الصف { $line }
core-import-read-sheet-skipped = قُرئ كـ { $encoding }، والعناوين في الصف { $line } ({ $count ->
        [zero] تُخطّي { $above } صف فوقه
        [one] تُخطّي الصف الذي فوقه
        [two] تُخطّي الصفّان اللذان فوقه
        [few] تُخطّيت الصفوف الـ { $above } التي فوقه
        [many] تُخطّي { $above } صفًا فوقه
       *[other] تُخطّي { $above } صف فوقه
    })
# تتبع السطر السابق: كيف تُكتب التواريخ ("YYYY-MM-DD").
core-import-read-dates = ؛ التواريخ { $dates }
# تتبع السطر السابق: كيف تُكتب الأرقام ("1.234,5").
core-import-read-numbers = ؛ الأرقام { $numbers }
# $field: الحقل كما يسمّيه ‎--map (date وcoins…) مع مسافات؛ $samples: القيم الأولى.
core-import-field = { $field } ← العمود { $column } ({ $header }): { $samples }

## ما تُخطّي: "تُخطّي:" وقائمة.

core-import-skipped = تُخطّي: { $list }
core-import-skipped-totals = { $count ->
        [zero] { $n } صف إجمالي
        [one] صف إجمالي واحد
        [two] صفّا إجمالي
        [few] { $n } صفوف إجمالي
        [many] { $n } صف إجمالي
       *[other] { $n } صف إجمالي
    }
core-import-skipped-blank = { $count ->
        [zero] { $n } سطر فارغ
        [one] سطر فارغ واحد
        [two] سطران فارغان
        [few] { $n } أسطر فارغة
        [many] { $n } سطرًا فارغًا
       *[other] { $n } سطر فارغ
    }
# $kind: نوع الحدث كما يسمّيه الملف (like وchat وmember…).
core-import-skipped-events = { $count ->
        [zero] { $n } حدث { $kind }
        [one] حدث { $kind } واحد
        [two] حدثا { $kind }
        [few] { $n } أحداث { $kind }
        [many] { $n } حدثًا من نوع { $kind }
       *[other] { $n } حدث { $kind }
    }
core-import-skipped-summary = { $count ->
        [zero] { $n } صف ملخّص
        [one] صف ملخّص واحد
        [two] صفّا ملخّص
        [few] { $n } صفوف ملخّص
        [many] { $n } صف ملخّص
       *[other] { $n } صف ملخّص
    }

## ملاحظات: كيف قُرئ الملف، حيث قد يهمّك أن تعرف.

core-import-redelivered = { $count ->
        [zero] لم تتكرر أي رسالة ({ $n })
        [one] رسالة واحدة وردت في الملف مرتين (بمعرّف الرسالة نفسه) حُسبت مرة واحدة
        [two] رسالتان وردتا في الملف مرتين (بمعرّف الرسالة نفسه) حُسبت كل منهما مرة واحدة
        [few] { $n } رسائل وردت في الملف مرتين (بمعرّف الرسالة نفسه) حُسبت كل منها مرة واحدة
        [many] { $n } رسالة وردت في الملف مرتين (بمعرّف الرسالة نفسه) حُسبت كل منها مرة واحدة
       *[other] { $n } رسالة وردت في الملف مرتين (بمعرّف الرسالة نفسه) حُسبت كل منها مرة واحدة
    }
core-import-streak-steps = { $count ->
        [zero] { $n } خطوة سلسلة دُمجت في العدد النهائي لسلسلتها
        [one] خطوة سلسلة واحدة دُمجت في العدد النهائي لسلسلتها
        [two] خطوتا سلسلة دُمجتا في العدد النهائي لسلسلتهما
        [few] { $n } خطوات سلسلة دُمجت في العدد النهائي لسلسلتها
        [many] { $n } خطوة سلسلة دُمجت في العدد النهائي لسلسلتها
       *[other] { $n } خطوة سلسلة دُمجت في العدد النهائي لسلسلتها
    }
core-import-unfinished-streaks = { $count ->
        [zero] تحذير: { $n } سلسلة لا تنتهي في الملف
        [one] تحذير: سلسلة واحدة لا تنتهي في الملف؛ حُسبت بأعلى عدد لها
        [two] تحذير: سلسلتان لا تنتهيان في الملف؛ حُسبت كل منهما بأعلى عدد لها
        [few] تحذير: { $n } سلاسل لا تنتهي في الملف؛ حُسبت كل منها بأعلى عدد لها
        [many] تحذير: { $n } سلسلة لا تنتهي في الملف؛ حُسبت كل منها بأعلى عدد لها
       *[other] تحذير: { $n } سلسلة لا تنتهي في الملف؛ حُسبت كل منها بأعلى عدد لها
    }
core-import-summary-block = { $count ->
        [zero] تُخطّيت كتلة ملخّص من { $n } صف في السطر { $first }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [one] تُخطّيت كتلة ملخّص من صف واحد في السطر { $first }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [two] تُخطّيت كتلة ملخّص من صفّين في السطر { $first }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [few] تُخطّيت كتلة ملخّص من { $n } صفوف في السطر { $first }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [many] تُخطّيت كتلة ملخّص من { $n } صفًا في السطر { $first }: تحت الجدول، وبلا تاريخ في مكان التاريخ
       *[other] تُخطّيت كتلة ملخّص من { $n } صف في السطر { $first }: تحت الجدول، وبلا تاريخ في مكان التاريخ
    }
core-import-summary-block-lines = { $count ->
        [zero] تُخطّيت كتلة ملخّص من { $n } صف في الأسطر { $first }–{ $last }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [one] تُخطّيت كتلة ملخّص من صف واحد في الأسطر { $first }–{ $last }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [two] تُخطّيت كتلة ملخّص من صفّين في الأسطر { $first }–{ $last }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [few] تُخطّيت كتلة ملخّص من { $n } صفوف في الأسطر { $first }–{ $last }: تحت الجدول، وبلا تاريخ في مكان التاريخ
        [many] تُخطّيت كتلة ملخّص من { $n } صفًا في الأسطر { $first }–{ $last }: تحت الجدول، وبلا تاريخ في مكان التاريخ
       *[other] تُخطّيت كتلة ملخّص من { $n } صف في الأسطر { $first }–{ $last }: تحت الجدول، وبلا تاريخ في مكان التاريخ
    }
core-import-price-coins = يُقرأ سعر كل هدية من العمود { $coins_column } ({ $coins_header })، أي عملاتها؛ ولا يُقرأ العمود { $diamonds_column } ({ $diamonds_header }) إلا حيث لا يعطي الصف عملات
core-import-price-total-diamonds = يُقرأ سعر كل هدية من العمود { $diamonds_column } ({ $diamonds_header }): مجموع ألماسات الصف مقسومًا على عددها (ألماسات الهدية هي سعرها بالعملات)
core-import-price-diamonds = يُقرأ سعر كل هدية من العمود { $diamonds_column } ({ $diamonds_header }): ألماسات الهدية هي سعرها بالعملات، كما تكتب أدوات البث diamondCount
# $saved: يوم حفظ الربط؛ $name: الملف الذي صُنع له.
core-import-mapping-used = استُخدم ربط الأعمدة الذي حفظته في { $saved } / { $name }: { $mapping }

## تحذيرات: ما يجب التحقق منه قبل الوثوق بالمجاميع.

core-import-warning = تحذير: { $warning }
core-import-left-out = { $count ->
        [zero] لم يُستبعد أي صف ({ $n })؛ واستُورد الباقي
        [one] استُبعد صف واحد فيه مشكلات كما اخترت؛ واستُورد الباقي
        [two] استُبعد صفّان فيهما مشكلات كما اخترت؛ واستُورد الباقي
        [few] استُبعدت { $n } صفوف فيها مشكلات كما اخترت؛ واستُورد الباقي
        [many] استُبعد { $n } صفًا فيها مشكلات كما اخترت؛ واستُورد الباقي
       *[other] استُبعد { $n } صف فيها مشكلات كما اخترت؛ واستُورد الباقي
    }
core-import-windows-1252 = الملف ليس بترميز UTF-8؛ قُرئ بترميز Windows-1252 ‏(Latin-1): تحقّق من أن الأسماء ذات العلامات تظهر صحيحة
# $max × $coins: أعلى عدد في السلسلة وسعر هديتها.
core-import-streak-unended = السطر { $line }: سلسلة { $gift } لا تنتهي في الملف؛ حُسبت { $max } × { $coins } عملة (أعلى عدد لها حتى ذلك الحين) ووُسمت بأنها تقديرية
core-import-streak-unended-from = السطر { $line }: سلسلة { $gift } من { $sender } لا تنتهي في الملف؛ حُسبت { $max } × { $coins } عملة (أعلى عدد لها حتى ذلك الحين) ووُسمت بأنها تقديرية
core-import-streaks-more = هناك سلاسل أخرى لا تنتهي؛ راجع الصفوف الموسومة بأنها تقديرية
# $column: العمود الذي يبيّن أين تنتهي السلسلة (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
        [zero] { $n } صف يبدو خطوات سلسلة
        [one] صف واحد يبدو خطوة سلسلة (المرسل والهدية نفسهما، والعدد أكبر بواحد من الصف السابق) لكن لا يُقرأ عمود { $column }، فتُحسب كل خطوة؛ إن كان في الملف أعمدة للسلاسل فاختر عمودي نهاية السلسلة ونوع الهدية (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
        [two] صفّان يبدوان خطوتي سلسلة (المرسل والهدية نفسهما، والعدد أكبر بواحد من الصف السابق) لكن لا يُقرأ عمود { $column }، فتُحسب كل خطوة؛ إن كان في الملف أعمدة للسلاسل فاختر عمودي نهاية السلسلة ونوع الهدية (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
        [few] { $n } صفوف تبدو خطوات سلسلة (المرسل والهدية نفسهما، والعدد أكبر بواحد من الصف السابق) لكن لا يُقرأ عمود { $column }، فتُحسب كل خطوة؛ إن كان في الملف أعمدة للسلاسل فاختر عمودي نهاية السلسلة ونوع الهدية (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
        [many] { $n } صفًا تبدو خطوات سلسلة (المرسل والهدية نفسهما، والعدد أكبر بواحد من الصف السابق) لكن لا يُقرأ عمود { $column }، فتُحسب كل خطوة؛ إن كان في الملف أعمدة للسلاسل فاختر عمودي نهاية السلسلة ونوع الهدية (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
       *[other] { $n } صف تبدو خطوات سلسلة (المرسل والهدية نفسهما، والعدد أكبر بواحد من الصف السابق) لكن لا يُقرأ عمود { $column }، فتُحسب كل خطوة؛ إن كان في الملف أعمدة للسلاسل فاختر عمودي نهاية السلسلة ونوع الهدية (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## آخر سطور التقرير.

core-import-sections-ignored = أقسام مُهملة: { $sections }
core-import-streaks-updated = { $count ->
        [zero] لم تُحدَّث أي سلسلة ({ $n })
        [one] سلسلة واحدة قطعها استيراد سابق رُفعت إلى عدد هذا الملف
        [two] سلسلتان قطعهما استيراد سابق رُفعتا إلى عدد هذا الملف
        [few] { $n } سلاسل قطعها استيراد سابق رُفعت إلى عدد هذا الملف
        [many] { $n } سلسلة قطعها استيراد سابق رُفعت إلى عدد هذا الملف
       *[other] { $n } سلسلة قطعها استيراد سابق رُفعت إلى عدد هذا الملف
    }
core-import-undo = الاستيراد { $id } — للتراجع: `liveledger imports undo { $id }`

## ملف أيام من TikTok LIVE Center. $figures: أسماؤها (diamonds وlikes…).

core-import-days = { $count ->
        [zero] أرقام TikTok لـ { $n } يوم: { $figures }
        [one] أرقام TikTok ليوم واحد: { $figures }
        [two] أرقام TikTok ليومين: { $figures }
        [few] أرقام TikTok لـ { $n } أيام: { $figures }
        [many] أرقام TikTok لـ { $n } يومًا: { $figures }
       *[other] أرقام TikTok لـ { $n } يوم: { $figures }
    }
core-import-days-on = { $count ->
        [zero] أرقام TikTok لـ { $n } يوم، في { $first }: { $figures }
        [one] أرقام TikTok ليوم واحد، في { $first }: { $figures }
        [two] أرقام TikTok ليومين، في { $first }: { $figures }
        [few] أرقام TikTok لـ { $n } أيام، في { $first }: { $figures }
        [many] أرقام TikTok لـ { $n } يومًا، في { $first }: { $figures }
       *[other] أرقام TikTok لـ { $n } يوم، في { $first }: { $figures }
    }
core-import-days-range = { $count ->
        [zero] أرقام TikTok لـ { $n } يوم، من { $first } إلى { $last }: { $figures }
        [one] أرقام TikTok ليوم واحد، من { $first } إلى { $last }: { $figures }
        [two] أرقام TikTok ليومين، من { $first } إلى { $last }: { $figures }
        [few] أرقام TikTok لـ { $n } أيام، من { $first } إلى { $last }: { $figures }
        [many] أرقام TikTok لـ { $n } يومًا، من { $first } إلى { $last }: { $figures }
       *[other] أرقام TikTok لـ { $n } يوم، من { $first } إلى { $last }: { $figures }
    }
core-import-days-diamonds = يذكر TikTok { $diamonds } ألماسة في تلك الأيام: تُحفظ بجانب السجل ولا تُضاف أبدًا إلى الرصيد (قارن مع `liveledger days`)
core-import-days-figures = { $count ->
        [zero] { $added } رقم جديد، و{ $unchanged } موجودة من قبل
        [one] رقم جديد واحد، و{ $unchanged } موجودة من قبل
        [two] رقمان جديدان، و{ $unchanged } موجودة من قبل
        [few] { $added } أرقام جديدة، و{ $unchanged } موجودة من قبل
        [many] { $added } رقمًا جديدًا، و{ $unchanged } موجودة من قبل
       *[other] { $added } رقم جديد، و{ $unchanged } موجودة من قبل
    }
core-import-days-replaces = يستبدل { $figure } من TikTok ليوم { $day }: { $was } → { $now }
core-import-days-more = { $count ->
        [zero] … و{ $n } رقم آخر استُبدل
        [one] … ورقم آخر استُبدل
        [two] … ورقمان آخران استُبدلا
        [few] … و{ $n } أرقام أخرى استُبدلت
        [many] … و{ $n } رقمًا آخر استُبدل
       *[other] … و{ $n } رقم آخر استُبدل
    }

## ملف مرفوض: لم يُستورد شيء.

# $map: الربط المطلوب؛ $columns: كل عمود بقيمه الأولى، عمود في كل سطر.
core-import-unknown-format = { $file }: لا يمكن معرفة محتوى هذا الملف من عناوينه ({ $header }، السطر { $line })؛ سمِّ الأعمدة بـ ‎--map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: لا يمكن معرفة محتوى هذا الملف من عناوينه ({ $header }، السطر { $line })؛ سمِّ الأعمدة بـ ‎--map { $map }
    أعمدته:{ $columns }
core-import-rows = { $file }: { $count ->
        [zero] { $n } مشكلة
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $n } مشكلات
        [many] { $n } مشكلة
       *[other] { $n } مشكلة
    }، ولم يُستورد شيء:
core-import-problem = السطر { $line }: { $problem }
core-import-problem-column = السطر { $line }، العمود { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
        [zero] … و{ $n } أخرى
        [one] … وواحدة أخرى
        [two] … واثنتان أخريان
        [few] … و{ $n } أخرى
        [many] … و{ $n } أخرى
       *[other] … و{ $n } أخرى
    }
core-import-problem-open-quote = حقل يمتد على عدة أسطر: على الأرجح لم تُغلق علامة اقتباس (")
core-import-problem-dates-mixed = تخلط التواريخ بين ترتيب اليوم أولًا (السطر { $day_first }) والشهر أولًا (السطر { $month_first })؛ اكتبها بصيغة YYYY-MM-DD
core-import-problem-dates-ambiguous = تواريخ مثل 01/02/2026 قد تكون باليوم أولًا أو بالشهر أولًا ولا يحسم ذلك أي تاريخ في الملف؛ اكتبها بصيغة YYYY-MM-DD

## ملف مرفوض كما تقوله النافذة: تعرض النافذة الصفوف وتقترح الأعمدة بنفسها.

core-import-page-choose-columns = { $file }: لا يعرف LiveLedger أي عمود يحوي ماذا. اختر عمودًا لكل حقل أدناه.
core-import-page-one-column = { $file }: لا يعرف LiveLedger ما يحويه هذا الملف: فيه عمود واحد فقط، وليس جدول هدايا.
core-import-page-rows = { $file }: { $count ->
        [zero] لا مشكلات في الصفوف ({ $n })؛
        [one] في صف واحد مشكلة؛
        [two] في صفّين مشكلات؛
        [few] في { $n } صفوف مشكلات؛
        [many] في { $n } صفًا مشكلات؛
       *[other] في { $n } صف مشكلات؛
    } ولم يُستورد شيء
