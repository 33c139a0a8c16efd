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
core-import-unknown-format = { $file }: لا يمكن معرفة محتوى هذا الملف من عناوينه ({ $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $header }
    }، السطر { $line })؛ سمِّ الأعمدة بـ ‎--map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: لا يمكن معرفة محتوى هذا الملف من عناوينه ({ $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $header }
    }، السطر { $line })؛ سمِّ الأعمدة بـ ‎--map { $map }
    أعمدته:{ $columns }
core-import-rows = { $file }: { $count ->
        [zero] { $n } مشكلة
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $n } مشكلات
        [many] { $n } مشكلة
       *[other] { $n } مشكلة
    }، ولم يُستورد شيء:
core-import-column = العمود { $n } '{ $header }': { $values }
core-import-column-empty = العمود { $n } '{ $header }': (فارغ)
core-import-columns-more = { $count ->
        [zero] … و{ $n } عمود آخر
        [one] … وعمود واحد آخر
        [two] … وعمودان آخران
        [few] … و{ $n } أعمدة أخرى
        [many] … و{ $n } عمودًا آخر
       *[other] … و{ $n } عمود آخر
    }
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

## كلمات الصف المعيب نفسه، بعد «السطر N، العمود C (الاسم):».
## $text: محتوى الخانة مختصرًا.

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] كان المتوقع عدد الألماسات، لكن الخانة فارغة
        [fraction] كان المتوقع عدد الألماسات، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع 0 ألماسة أو أكثر، لكن وُجد { $text }
       *[other] كان المتوقع عدد الألماسات، لكن وُجد '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] كان المتوقع ذروة عدد المشاهدين، لكن الخانة فارغة
        [fraction] كان المتوقع ذروة عدد المشاهدين، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع ذروة عدد المشاهدين (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع ذروة عدد المشاهدين، لكن وُجد '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] كان المتوقع عدد المشاهدين، لكن الخانة فارغة
        [fraction] كان المتوقع عدد المشاهدين، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع عدد المشاهدين (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع عدد المشاهدين، لكن وُجد '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] كان المتوقع عدد الإعجابات، لكن الخانة فارغة
        [fraction] كان المتوقع عدد الإعجابات، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع عدد الإعجابات (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع عدد الإعجابات، لكن وُجد '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] كان المتوقع عدد المتابعين، لكن الخانة فارغة
        [fraction] كان المتوقع عدد المتابعين، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع عدد المتابعين (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع عدد المتابعين، لكن وُجد '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] كان المتوقع عدد الداعمين، لكن الخانة فارغة
        [fraction] كان المتوقع عدد الداعمين، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع عدد الداعمين (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع عدد الداعمين، لكن وُجد '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] كان المتوقع سعر الهدية بالعملات، لكن الخانة فارغة
        [fraction] كان المتوقع سعر الهدية بالعملات، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع سعر الهدية بالعملات (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع سعر الهدية بالعملات، لكن وُجد '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] كان المتوقع عدد مرات التكرار، لكن الخانة فارغة
        [fraction] كان المتوقع عدد مرات التكرار، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع عدد مرات التكرار (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع عدد مرات التكرار، لكن وُجد '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] كان المتوقع رقم نوع الهدية، لكن الخانة فارغة
        [fraction] كان المتوقع رقم نوع الهدية، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع رقم نوع الهدية (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع رقم نوع الهدية، لكن وُجد '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] كان المتوقع عددًا صحيحًا، لكن الخانة فارغة
        [fraction] كان المتوقع عددًا صحيحًا، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع عددًا صحيحًا (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع عددًا صحيحًا، لكن وُجد '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] كان المتوقع عددًا صحيحًا من العملات، لكن الخانة فارغة
        [fraction] كان المتوقع عددًا صحيحًا من العملات، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع 0 عملة أو أكثر، لكن وُجد { $text }
       *[other] كان المتوقع عددًا صحيحًا من العملات، لكن وُجد '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] كان المتوقع عددًا صحيحًا من الألماسات، لكن الخانة فارغة
        [fraction] كان المتوقع عددًا صحيحًا من الألماسات، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع 0 ألماسة أو أكثر، لكن وُجد { $text }
       *[other] كان المتوقع عددًا صحيحًا من الألماسات، لكن وُجد '{ $text }'
    }
core-import-what-day-figure = { $problem ->
        [missing] كان المتوقع رقمًا ({ $figure })، لكن الخانة فارغة
        [fraction] كان المتوقع رقمًا ({ $figure })، لكن وُجد '{ $text }' وفيه كسر
        [negative] كان المتوقع رقمًا ({ $figure }) (0 أو أكثر)، لكن وُجد { $text }
       *[other] كان المتوقع رقمًا ({ $figure })، لكن وُجد '{ $text }'
    }

core-import-cell-no-date = كان المتوقع تاريخًا/وقتًا، لكن الخانة فارغة
core-import-cell-no-day = كان المتوقع يومًا، لكن الخانة فارغة
core-import-cell-no-gift = كان المتوقع اسم هدية، لكن الخانة فارغة
# لم تحوِ خانة الهدية إلا مسافات أو محارف تحكّم.
core-import-cell-gift-blank = كان المتوقع اسم هدية
core-import-cell-date = كان المتوقع تاريخًا/وقتًا مثل 2026-03-01 20:00 أو 01/03/2026 20:00 أو 01.03.2026 أو 1772395200000، لكن وُجد '{ $text }'
core-import-cell-epoch = '{ $text }' ليس وقت epoch يستطيع LiveLedger قراءته
core-import-cell-not-a-calendar-date = '{ $text }' ليس تاريخًا موجودًا في التقويم
# $time: ما يقوله عمود الوقت.
core-import-cell-time-twice = للتاريخ '{ $text }' وقت خاص به، وعمود الوقت يقول '{ $time }'
core-import-cell-time-column = كان المتوقع في عمود الوقت وقتًا مثل 20:05 أو 8:05 PM، لكن وُجد '{ $text }'
core-import-cell-day-with-time = كان المتوقع يومًا مثل 2026-11-12، لكن وُجد '{ $text }' مع وقت: ملفات TikTok LIVE Center تعطي صفًا واحدًا لكل يوم
core-import-cell-iso-day = كان المتوقع YYYY-MM-DD، لكن وُجد '{ $text }'
core-import-cell-end-time = كان المتوقع وقت انتهاء مثل 2026-03-01 21:30 أو 21:30، لكن وُجد '{ $text }'
core-import-cell-end-needs-start = الانتهاء المكتوب وقتًا من اليوم يحتاج إلى بداية مكتوبة بالشكل YYYY-MM-DD
core-import-cell-duration = كان المتوقع مدة لا تتجاوز أسبوعًا مثل 90 أو 1:30:00 أو 1h 30m، لكن وُجد '{ $text }'
core-import-cell-seconds = كان المتوقع وقتًا مثل 5400 أو 1:30:00 أو 1h 30m، لكن وُجد '{ $text }'
core-import-cell-not-a-number = كان المتوقع رقمًا، لكن وُجد '{ $text }'
core-import-cell-whole-number = كان المتوقع عددًا صحيحًا، لكن وُجد '{ $text }'
core-import-cell-money = كان المتوقع مبلغًا ماليًا، لكن وُجد '{ $text }'
core-import-cell-negative = كان المتوقع 0 أو أكثر، لكن وُجد '{ $text }'
core-import-cell-too-large = '{ $text }' أكبر مما يستطيع السجلّ عدّه
# $n × $coins: عدد الصف وسعر هديته.
core-import-cell-total-too-large = { $n } × { $coins } عملة أكبر مما يستطيع السجلّ عدّه
# $thousands و$decimal: الرقم مقروءًا بالفاصل فاصلًا للآلاف ثم فاصلةً عشرية.
core-import-cell-ambiguous-number = قد يكون '{ $text }' ‏{ $thousands } أو { $decimal }؛ اكتبه بمنزلتين عشريتين أو بلا فواصل للآلاف
core-import-cell-true-false = كان المتوقع true أو false، لكن وُجد '{ $text }'
# $field: اسم حقل السعر في السجل (diamondCount).
core-import-cell-no-price = لا يذكر الحدث سعرًا لـ'{ $gift }' ({ $field } أو حقل سعر آخر) ولا يعرفها كتالوج الهدايا؛ أضفها إلى الكتالوج أو سمِّ حقل السعر
core-import-cell-price-negative = كان المتوقع سعرًا من 0 عملة أو أكثر، لكن وُجد { $text }
core-import-cell-repeat-count-below-one = كان المتوقع عدد تكرار من 1 أو أكثر، لكن وُجد { $text }
core-import-cell-count-below-one = كان المتوقع عددًا من 1 أو أكثر، لكن وُجد { $text }
# $cell: العدد المكتوب في خانة الهدية (Rose x5)؛ $column: عدد عمود العدد.
core-import-cell-count-conflict = خانة الهدية '{ $text }' تقول { $cell } لكن عمود العدد يقول { $column }: أيهما الصحيح؟
# $n: عدد الصف؛ $each: سعر الهدية الواحدة في الكتالوج؛ $column: عنوان العمود.
core-import-cell-diamonds-look-total = { $diamonds } ألماسة تساوي { $n } × { $gift } ({ $each } للواحدة في الكتالوج): يبدو هذا العمود مجموع الصف لا سعر هدية واحدة؛ اقرأه على أنه مجموع ألماسات الصف (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } ألماسة مقابل { $n } × { $gift } هي سعر هدية واحدة في الكتالوج ({ $each }): يبدو هذا العمود سعر هدية واحدة لا مجموع الصف؛ اقرأه على أنه ألماسات لكل هدية (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = مجموع { $diamonds } ألماسة لا يقبل القسمة على العدد { $n }: هل هو سعر هدية واحدة؟
core-import-cell-gift-unknown = الهدية '{ $gift }' ليست في كتالوج الهدايا والصف لا يذكر عملات ولا ألماسات؛ أضفها إلى الكتالوج أو أضف عمودًا للعملات
core-import-cell-too-long = { $count ->
        [zero] طوله { $n } حرف؛ يحفظ السجلّ { $max } حرفًا على الأكثر
        [one] طوله حرف واحد؛ يحفظ السجلّ { $max } حرفًا على الأكثر
        [two] طوله حرفان؛ يحفظ السجلّ { $max } حرفًا على الأكثر
        [few] طوله { $n } أحرف؛ يحفظ السجلّ { $max } حرفًا على الأكثر
        [many] طوله { $n } حرفًا؛ يحفظ السجلّ { $max } حرفًا على الأكثر
       *[other] طوله { $n } حرف؛ يحفظ السجلّ { $max } حرفًا على الأكثر
    }
core-import-cell-too-many-days = ملف TikTok LIVE Center يعطي صفًا واحدًا لكل يوم؛ ما يزيد على { $max } صف ليس ملفًا كهذا
# تصدير LiveLedger نفسه. $name: عموده (session_ref، gift_name…).
core-import-cell-value-missing = كان المتوقع قيمة لـ{ $name }، لكن الخانة فارغة
core-import-cell-coins-missing = كان المتوقع عملات، لكن الخانة فارغة
core-import-cell-coins-count = كان المتوقع عملات ≥ 0 وعدد ≥ 1، لكن وُجد { $coins } و{ $n }
core-import-cell-record-kind = كان المتوقع session أو gift أو withdrawal أو adjustment أو rate، لكن وُجد '{ $text }'
core-import-cell-no-format = لم يُختر أي تنسيق
# فحص من فحوص السجلّ يرفض قيمة. $field: اسم القيمة كما يسميها السجلّ.
core-import-cell-field-end-before-start = { $field }: قبل البداية
core-import-cell-field-year = { $field }: كان المتوقع تاريخًا من { $from } إلى { $to }، لكن وُجد تاريخ في سنة { $year } (خطأ مطبعي؟)
core-import-cell-field-negative-got = { $field }: يجب ألا يكون سالبًا (القيمة: { $text })
core-import-cell-field-not-negative = { $field }: يجب ألا يكون سالبًا
core-import-cell-field-count-too-large = { $field }: { $text } أكبر مما يقبله السجلّ
core-import-cell-field-too-large = { $field }: { $text } أكبر مما يقبله السجلّ (الحد الأقصى { $max })
core-import-cell-field-decimal-places = { $field }: في { $text } أكثر من { $count } منازل عشرية
# فحص ليس للاستيراد كلمات خاصة به: نصه الإنجليزي.
core-import-cell-other = { $text }

## عمود أو يوم فيه خطأ بمجمله.

core-import-problem-numbers-both = يستخدم العمود '{ $sep }' لفصل الآلاف (السطر { $group_line }: '{ $group }') وفاصلةً عشرية أيضًا (السطر { $decimal_line }: '{ $decimal }')؛ اكتب أرقامه بطريقة واحدة
core-import-problem-numbers-points = يخلط العمود بين الفواصل العشرية: '.' (السطر { $dot_line }: '{ $dot }') و',' (السطر { $comma_line }: '{ $comma }')؛ اكتب أرقامه بطريقة واحدة
core-import-problem-numbers-thousands = يكتب العمود الآلاف بالشكلين '{ $dot }' (السطر { $dot_line }) و'{ $comma }' (السطر { $comma_line }): أحدهما سيكون كسرًا؛ اكتب أرقامه بطريقة واحدة
core-import-problem-rewards-ambiguous = قد يكون '{ $text }' ‏{ $thousands } أو { $decimal } ولا توجد قيمة أخرى في العمود تحسم ذلك؛ اكتب المبالغ بمنزلتين عشريتين (1234.00 أو 1234,00) أو بلا فواصل للآلاف
core-import-problem-day-twice = ورد { $day } مرتين بقيمتين مختلفتين لـ{ $figure } ({ $was } في السطر { $line }، و{ $now } هنا)
core-import-problem-mixed-encoding = ليس نصًا صالحًا بترميز UTF-8 مع أن الأسطر التي قبله كذلك: الملف يخلط بين الترميزات (احفظه بترميز UTF-8)
core-import-problem-sheet-wide = فيه قيمة بعد العمود { $max }؛ الجدول الذي يقرؤه LiveLedger فيه { $max } عمود على الأكثر

core-import-json-not-event = كان المتوقع حدثًا (كائن JSON)، لكن وُجد { $kind ->
        [null] null
        [bool] true أو false
        [number] رقم
        [text] نص
        [array] مصفوفة
       *[object] كائن
    }
core-import-json-not-scalar = كان المتوقع رقمًا أو نصًا، لكن وُجد { $kind ->
        [null] null
        [bool] true أو false
        [number] رقم
        [text] نص
        [array] مصفوفة
       *[object] كائن
    }
core-import-json-value-too-long = كان المتوقع قيمة لـ{ $field }، لكن وُجد '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } عملة أكثر مما يمكن أن يساويه حدث هدية واحد (الحد الأقصى { $max } عملة)

## ملف أو سطر عناوينه أو خياراته لا يستطيع LiveLedger استخدامها: لم
## يُستورد شيء. تبدأ كل رسالة باسم الملف، $file.

core-import-file-empty = { $file }: الملف فارغ
core-import-file-no-header = { $file }: ليس في الملف سطر عناوين
core-import-file-skip-rows-all = { $file }: ‏--skip-rows { $n } يتخطى كل أسطر بداية الملف
core-import-file-columns = { $file }: السطر { $line }: في سطر العناوين { $n } عمودًا؛ الجدول الذي يقرؤه LiveLedger فيه { $max } عمود على الأكثر
core-import-file-sheet-columns = { $file }: الصف { $line }: في سطر العناوين أكثر من { $max } عمود؛ الجدول الذي يقرؤه LiveLedger فيه { $max } عمود على الأكثر
core-import-file-not-utf8 = { $file }: السطر { $line }: ليس نصًا صالحًا بترميز UTF-8 (احفظ الملف بترميز UTF-8)
core-import-file-utf32 = { $file }: نص بترميز { $encoding } لا يقرؤه LiveLedger: احفظه بترميز UTF-8 (أو UTF-16)
core-import-file-no-rows = { $file }: لا صفوف لاستيرادها: في الملف سطر عناوين (السطر { $line }) ولا شيء تحته
core-import-file-skip-lines = { $file }: { $count ->
        [zero] { $n } سطر لاستبعاده؛ الحد الأقصى { $max }
        [one] سطر واحد لاستبعاده؛ الحد الأقصى { $max }
        [two] سطران لاستبعادهما؛ الحد الأقصى { $max }
        [few] { $n } أسطر لاستبعادها؛ الحد الأقصى { $max }
        [many] { $n } سطرًا لاستبعادها؛ الحد الأقصى { $max }
       *[other] { $n } سطر لاستبعادها؛ الحد الأقصى { $max }
    }
core-import-file-no-mapping = { $file }: لا يوجد ربط أعمدة محفوظ باسم '{ $name }'
core-import-file-not-a-sheet = { $file }: ليس جدول بيانات (.xlsx أو .xls أو .ods): ‏--sheet يسمي ورقة من جدول بيانات
core-import-file-export-not-sheet = { $file }: هذا تنزيل بيانات TikTok، لا جدول بيانات: ‏--sheet يسمي ورقة من جدول بيانات
core-import-file-export-not-table = { $file }: هذا تنزيل بيانات TikTok، لا جدول { $format } (استورده كما يُكتشف من محتواه؛ CLI: ‏--format auto أو tiktok-data)
core-import-file-sheet-not-export = { $file }: هذا جدول بيانات، لا تنزيل بيانات TikTok (استورده كما يُكتشف من محتواه؛ CLI: ‏--format auto)
core-import-file-sheet-not-liveledger = { $file }: هذا جدول بيانات؛ تصدير LiveLedger نفسه يُقرأ بصيغة CSV التي كتبها
core-import-file-sheet-empty = { $file }: الورقة '{ $sheet }' فارغة
core-import-file-no-record = { $file }: يحتاج تصدير LiveLedger إلى عمود 'record'
core-import-file-events-need = { $file }: يحتاج سجل أحداث الهدايا إلى عمود لـ{ $missing } (أعمدته: { $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $columns }
    })؛ اختر أي عمود يحوي كل حقل (CLI: ‏--map)
core-import-file-table-need = { $file }: يحتاج جدول الهدايا إلى عمود لـ{ $missing } (أعمدته: { $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $columns }
    })؛ اختر أي عمود يحوي كل حقل (CLI: ‏--map)
core-import-file-sessions-need = { $file }: يحتاج ملخص البثوث المباشرة إلى عمود لـ{ $missing } (أعمدته: { $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $columns }
    })؛ اختر أي عمود يحوي كل حقل (CLI: ‏--map)
core-import-file-days-need = { $file }: يحتاج ملف TikTok LIVE Center إلى عمود لـ{ $missing } (أعمدته: { $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $columns }
    })؛ اختر أي عمود يحوي كل حقل (CLI: ‏--map)
core-import-file-days-no-figures = { $file }: يحتاج ملف TikTok LIVE Center إلى عمود أرقام (ألماسات، مدة LIVE، مشاهدات، إعجابات…) بجانب تاريخه (أعمدته: { $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $columns }
    })
core-import-file-events-no-gift = { $file }: يحتاج سجل أحداث الهدايا إلى عمود { $name } أو { $id }
core-import-file-map-pair = { $file }: '{ $text }' ليس بالشكل حقل=عمود
core-import-file-map-field = { $file }: '{ $text }' ليس حقلًا (الحقول: { $fields })
core-import-file-map-no-column = { $file }: ليس في الملف عمود '{ $text }' (أعمدته: { $known ->
        [none] لا يوجد اسم عمود يعرفه LiveLedger
       *[other] الأسماء التي يعرفها: { $columns }
    })
core-import-file-map-long = { $file }: حجم ربط الأعمدة { $n } بايت؛ الحد الأقصى { $max } (CLI: ‏--map)
core-import-file-map-event-field = { $file }: { $text } ليس حقلًا من حقول حدث الهدية (الحقول: { $fields })
core-import-file-map-path = { $file }: '{ $text }' ليس مسار JSON (مفاتيح مفصولة بنقاط، مثل user.uniqueId)
core-import-file-map-json = { $file }: يُحفظ ربط الأعمدة لملفات CSV فقط؛ تُسمّى حقول ملف JSON بمساراتها، مثل coins=giftValue,sender=user.uniqueId (CLI: ‏--mapping-name لملفات CSV)
core-import-file-json-none = { $file }: لا أحداث هدايا لاستيرادها بين { $n } قيمة JSON
core-import-file-json-none-skipped = { $file }: لا أحداث هدايا لاستيرادها بين { $n } قيمة JSON (المتخطّى: { $skipped })
core-import-file-json-array = { $file }: لا يحوي أي حدث هدية وليس تصدير بيانات TikTok: إنه مصفوفة من { $count ->
        [zero] { $n } كائن
        [one] كائن واحد
        [two] كائنين
        [few] { $n } كائنات
        [many] { $n } كائنًا
       *[other] { $n } كائن
    } مفاتيحها { $keys }. يقرأ LiveLedger أحداث الهدايا ({ $id }، { $coins }، { $repeat }…) و«تنزيل بياناتك» من TikTok؛ لأحداث أداة التسجيل الخاصة بك، سمِّ مسار كل حقل (CLI: ‏--map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: لا يحوي أي حدث هدية وليس تصدير بيانات TikTok: إنه كائن JSON مفاتيحه { $keys }. يقرأ LiveLedger أحداث الهدايا ({ $id }، { $coins }، { $repeat }…) و«تنزيل بياناتك» من TikTok؛ لأحداث أداة التسجيل الخاصة بك، سمِّ مسار كل حقل (CLI: ‏--map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: لا يحوي أي حدث هدية وليس تصدير بيانات TikTok: إنه { $count ->
        [zero] { $n } قيمة
        [one] قيمة واحدة
        [two] قيمتان
        [few] { $n } قيم
        [many] { $n } قيمة
       *[other] { $n } قيمة
    } (JSON Lines)، كائنات مفاتيحها { $keys }. يقرأ LiveLedger أحداث الهدايا ({ $id }، { $coins }، { $repeat }…) و«تنزيل بياناتك» من TikTok؛ لأحداث أداة التسجيل الخاصة بك، سمِّ مسار كل حقل (CLI: ‏--map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = كان المتوقع نصًا، لكن وُجدت قائمة أو كائن
core-import-tiktok-text-long = كان المتوقع { $max } حرفًا على الأكثر، لكن وُجد '{ $text }'
core-import-tiktok-count = كان المتوقع عددًا صحيحًا من 0 إلى { $max }، لكن وُجد '{ $text }'
core-import-tiktok-diamonds-money = كان المتوقع ألماسات؛ هذا مبلغ مالي لا يحوّله LiveLedger إلى ألماسات، وقد وُجد '{ $text }'
core-import-tiktok-diamonds = كان المتوقع عدد الألماسات، لكن وُجد '{ $text }'
core-import-tiktok-diamonds-range = كان المتوقع من 0 إلى { $max } ألماسة، لكن وُجد '{ $text }'
core-import-tiktok-money-currency = كان المتوقع مبلغًا بعملة { $currency } (عملة السعر)، لكن وُجد '{ $text }'
core-import-tiktok-money = كان المتوقع مبلغًا ماليًا مثل 10.50، لكن وُجد '{ $text }'
core-import-tiktok-money-range = كان المتوقع مبلغًا من 0 إلى { $max }، لكن وُجد '{ $text }'
core-import-tiktok-duration = كان المتوقع مدة لا تتجاوز 7 أيام مثل 1:30:00 أو 1h 30m أو عدد ثوانٍ، لكن وُجد '{ $text }'
core-import-tiktok-not-live = كان المتوقع بثًا مباشرًا (كائن JSON)
core-import-tiktok-no-start = كان المتوقع LiveStartTime (وقت بدء البث المباشر)، لكن الخانة فارغة
core-import-tiktok-ends-before = ينتهي البث المباشر قبل أن يبدأ
core-import-tiktok-status = كان المتوقع حالة مثل completed أو pending أو failed أو cancelled، لكن وُجد '{ $text }'
core-import-tiktok-no-date = كان المتوقع تاريخ السحب (Date)، لكن الخانة فارغة
core-import-tiktok-no-rate = لا يوجد سعر لهذا اليوم؛ أضف واحدًا بـ `liveledger rates add`
core-import-tiktok-money-to-diamonds = لا يمكن تحويل هذا المبلغ إلى ألماسات بقيمة المال لكل ألماسة في السعر
core-import-tiktok-no-amount = كان المتوقع ألماسات السحب (Diamonds) أو مبلغه (Amount)، لكن لم يوجد أي منهما
core-import-tiktok-withdrawal-range = كان المتوقع سحبًا أكثر من 0 وبحد أقصى { $max } ألماسة، لكن وُجد { $text }
core-import-tiktok-too-many-to-value = { $text } ألماسة أكثر من أن تُقيَّم
core-import-tiktok-fee-above = الرسوم { $fee } أكبر من قيمة السحب { $gross }
core-import-tiktok-not-wallet = كان المتوقع قيدًا من المحفظة (كائن JSON)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }: تتعذر القراءة: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: أكبر من { $max } MiB؛ لم يُقرأ
core-import-file-zip-unreadable = { $file }: ليس أرشيف zip يمكن قراءته ({ $error })
core-import-file-zip-many = { $file }: يسرد ملفات أكثر مما يحويه تصدير TikTok أو مصنف جداول ({ $max } على الأكثر)؛ لم يُقرأ
core-import-file-ole-unreadable = { $file }: ملف OLE مركب تتعذر قراءته؛ يقرأ LiveLedger ملفات CSV وJSON وتنزيل بيانات TikTok (.zip) وجداول البيانات (.xlsx و.xls و.ods)
core-import-file-word = { $file }: مستند Word؛ يقرأ LiveLedger ملفات CSV وJSON وتنزيل بيانات TikTok (.zip) وجداول البيانات (.xlsx و.xls و.ods)
core-import-file-ole-no-workbook = { $file }: ملف OLE مركب بلا مصنف جداول (تدفقاته: { $streams })؛ يقرأ LiveLedger ملفات CSV وJSON وتنزيل بيانات TikTok (.zip) وجداول البيانات (.xlsx و.xls و.ods)
core-import-file-ole-broken = { $file }: ملف OLE مركب (كملفات .xls) تتعذر قراءته: { $error }؛ يقرأ LiveLedger ملفات CSV وJSON وتنزيل بيانات TikTok (.zip) وجداول البيانات (.xlsx و.xls و.ods)
core-import-file-odf-not-sheet = { $file }: ملف OpenDocument ليس جدول بيانات ({ $mimetype })؛ يقرأ LiveLedger ملفات CSV وJSON وتنزيل بيانات TikTok (.zip) وجداول البيانات (.xlsx و.xls و.ods)
core-import-file-zip-other = { $file }: { $count ->
        [0] ملف zip فارغ
        [zero] ملف zip فيه { $n } ملف: { $names }
        [one] ملف zip فيه ملف واحد: { $names }
        [two] ملف zip فيه ملفان: { $names }
        [few] ملف zip فيه { $n } ملفات: { $names }
        [many] ملف zip فيه { $n } ملفًا: { $names }
       *[other] ملف zip فيه { $n } ملف: { $names }
    }: ليس تنزيل بيانات TikTok ولا جدول بيانات؛ يقرأ LiveLedger ملفات CSV وJSON وتنزيل بيانات TikTok (.zip) وجداول البيانات (.xlsx و.xls و.ods)
core-import-file-zip-no-export = { $file }: { $count ->
        [0] ملف zip فارغ
        [zero] ملف zip فيه { $n } ملف: { $names }
        [one] ملف zip فيه ملف واحد: { $names }
        [two] ملف zip فيه ملفان: { $names }
        [few] ملف zip فيه { $n } ملفات: { $names }
        [many] ملف zip فيه { $n } ملفًا: { $names }
       *[other] ملف zip فيه { $n } ملف: { $names }
    }: ليس تصدير JSON من TikTok ‏(user_data.json) ولا ملفات TXT منه
core-import-file-zip-not-tiktok = { $file }: ليس أرشيف zip كالذي يرسله TikTok ({ $error })
core-import-file-unpack-ratio = { $file }: { $entry } يُفك ضغطه إلى أكثر من { $ratio } ضعف حجمه المضغوط: ليس تصدير TikTok؛ لم يُقرأ
core-import-file-unpack-past = { $file }: { $entry } يُفك ضغطه إلى ما يتجاوز { $max } GiB (مع الملفات التي قبله)؛ لم يُقرأ
core-import-file-export-skip-lines = { $file }: هذا تنزيل بيانات TikTok: لا يمكن استبعاد قيوده واحدًا واحدًا
core-import-file-not-read = { $file }: لم يُقرأ
core-import-file-export-no-lists = { $file }: لا يحوي سجل بث مباشر ولا عمليات سحب من المحفظة (أقسامه: { $count ->
        [0] لا شيء
       *[other] { $sections }
    })؛ هل هذا تصدير "تنزيل بياناتك" من TikTok؟
core-import-file-not-regular = { $file }: { $what ->
        [folder] مجلد
        [fifo] أنبوب مسمّى (FIFO)
        [device] جهاز
        [socket] مقبس
       *[other] ليس ملفًا عاديًا
    }: لا يُستورد إلا ملف عادي
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] نصوصه المشتركة تحتاج
       *[sheets] أوراقه تحتاج
    } إلى أكثر من { $max } MiB من الذاكرة لقراءتها؛ لم يُقرأ (احفظ الورقة بصيغة CSV لاستيرادها)
core-import-file-sheet-part = { $file }: تتعذر قراءة '{ $part }' ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' يُفك ضغطه إلى أكثر من { $ratio } ضعف حجمه المضغوط: ليس جدول بيانات؛ لم يُقرأ
core-import-file-sheet-unpacks = { $file }: يُفك ضغطه إلى أكثر من { $max } GiB؛ لم يُقرأ
core-import-file-sheet-long-run = { $file }: '{ $part }' فيه نص أو وسم أطول من { $max } MiB: ليس جدول بيانات يقرؤه LiveLedger؛ لم يُقرأ
core-import-file-sheet-strings-unreadable = { $file }: تتعذر قراءة النصوص المشتركة ({ $error })
core-import-file-sheet-strings-declared = { $file }: يعلن نصوصًا مشتركة أكثر مما يحوي: جدول بيانات تالف؛ لم يُقرأ
core-import-file-sheet-not-xml = { $file }: محتواه ليس XML يمكن قراءته ({ $error })
core-import-file-xls-large = { $file }: ملف .xls أكبر من { $max } MiB؛ لم يُقرأ (احفظه بصيغة .xlsx أو CSV)
core-import-file-xls-unreadable = { $file }: ليس ملف .xls يمكن قراءته ({ $error })
core-import-file-xls-rows = { $file }: يعلن ورقة آخر صف فيها قبل أول صف: ملف .xls تالف؛ لم يُقرأ
core-import-file-workbook-unreadable = { $file }: ليس مصنف .{ $kind } يمكن قراءته ({ $error })
core-import-file-sheet-unreadable = { $file }: تتعذر قراءة الورقة '{ $sheet }' ({ $error })
core-import-file-sheet-row-unreadable = { $file }: الصف { $row }: تتعذر قراءة الورقة ({ $error })
core-import-file-sheet-rows-order = { $file }: الصف { $row }: صفوف الورقة ليست بالترتيب؛ لم يُقرأ
core-import-file-no-such-sheet = { $file }: لا توجد ورقة باسم '{ $sheet }' (أوراقه: { $count ->
        [0] لا شيء
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: لا توجد ورقة فيها بيانات (أوراقه: { $count ->
        [0] لا شيء
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file }: لا صفوف لاستيرادها؛ تم تخطي { $totals ->
        [0] {""}
        [zero] { $totals_n } صف إجمالي
        [one] صف إجمالي واحد
        [two] صفين إجماليين
        [few] { $totals_n } صفوف إجمالية
        [many] { $totals_n } صفًا إجماليًا
       *[other] { $totals_n } صف إجمالي
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {"، "}
        }{ $blank ->
            [zero] { $blank_n } سطر فارغ
            [one] سطر فارغ واحد
            [two] سطرين فارغين
            [few] { $blank_n } أسطر فارغة
            [many] { $blank_n } سطرًا فارغًا
           *[other] { $blank_n } سطر فارغ
        }
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {"، "}
        }{ $summary ->
            [zero] كتلة ملخص من { $summary_n } صف
            [one] كتلة ملخص من صف واحد
            [two] كتلة ملخص من صفين
            [few] كتلة ملخص من { $summary_n } صفوف
            [many] كتلة ملخص من { $summary_n } صفًا
           *[other] كتلة ملخص من { $summary_n } صف
        }
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {"، "}
        }{ $events ->
            [zero] { $events_n } حدث ليس هدية
            [one] حدث واحد ليس هدية
            [two] حدثين ليسا هديتين
            [few] { $events_n } أحداث ليست هدايا
            [many] { $events_n } حدثًا ليس هدية
           *[other] { $events_n } حدث ليس هدية
        }
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = فيه نص أو مفتاح أطول من { $max } MiB: هذا ليس تصدير TikTok
core-import-tiktok-long-entry = فيه قيد قائمة أطول من { $max } MiB: هذا ليس بثًا مباشرًا ولا قيدًا من المحفظة
core-import-tiktok-many-entries = فيه أكثر من { $max } قيد للبث المباشر والمحفظة: أكثر من سجل أي صانع محتوى
core-import-tiktok-cannot-read = تتعذر القراءة: { $error }
core-import-tiktok-cut-short = ينتهي الملف في منتصف قيمة: إنه مقطوع
core-import-tiktok-not-json = ليس JSON صالحًا هنا ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = تتعذر قراءة { $list }: { $error }
core-import-tiktok-txt-long-line = في { $list } سطر أطول من { $max } MiB: هذا ليس تصدير TikTok
core-import-tiktok-txt-not-utf8 = { $list } ليس نص UTF-8 صالحًا هنا (احفظه بترميز UTF-8)
core-import-tiktok-txt-long-entry = في { $list } قيد أطول من { $max } MiB: هذا ليس بثًا مباشرًا ولا قيدًا من المحفظة

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = تتعذر القراءة: { $error }
core-import-sheet-workbook-unreadable = ليس مصنف .{ $kind } يمكن قراءته ({ $error })
core-import-sheet-unreadable = تتعذر قراءة الورقة '{ $sheet }' ({ $error })
core-import-sheet-row-unreadable = الصف { $row }: تتعذر قراءة الورقة ({ $error })
core-import-sheet-rows-order = الصف { $row }: صفوف الورقة ليست بالترتيب؛ لم يُقرأ

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = ثوانٍ منذ epoch
core-import-dates-epoch-ms = أجزاء من الألف من الثانية منذ epoch
core-import-dates-and = { $first } و{ $then }
core-import-dates-twelve-hour = { $dates }، بنظام 12 ساعة
core-import-dates-time-column = { $dates }، والوقت في عمود خاص به

# An import's write refusing what a file holds.
core-import-undefined-session = تذكر هدية البث '{ $key }'، ولا يعرّفه الملف
core-import-untimed-gifts = الهدايا التي بلا وقت تحتاج إلى بث مباشر
core-import-row-coins-too-large = { $n } × { $coins } عملة أكبر من اللازم
