# عرض البثوث: قائمة البثوث المباشرة، وتفاصيل بث واحد (الملخص، والهدايا
# حسب الداعم، وهدية تضاف يدويًا)، ونموذج إضافة بث أو تعديله.
# للعربية ست صيغ للعدد: zero one two few many other.

sessions-title = البثوث
sessions-filter-placeholder = تصفية حسب العنوان أو التاريخ…
sessions-filter-label = تصفية البثوث
sessions-new = بث جديد
sessions-no-match = لا يوجد بث يطابق التصفية.
sessions-empty-title = لا توجد بثوث بعد
sessions-empty-text = أضف البثوث المباشرة التي قدّمتها مع هداياها، أو استوردها من ملف CSV.

## أعمدة القائمة. «مباشر» تميّز بثًا ما زال جاريًا.

sessions-col-date = التاريخ
sessions-col-duration = المدة
sessions-col-title = العنوان
sessions-col-diamonds = الألماسات
sessions-col-value = القيمة
sessions-col-viewers = المشاهدون
sessions-col-per-hour = في الساعة
sessions-running-badge = مباشر

## نموذج البث.

sessions-field-start = البداية
sessions-field-end = النهاية
sessions-field-end-hint = اتركه فارغًا ما دام البث جاريًا.
sessions-field-title = العنوان
sessions-field-viewers = المشاهدون
sessions-field-peak-viewers = ذروة المشاهدين
sessions-field-new-followers = متابعون جدد
sessions-field-diamonds = الألماسات حسب TikTok
sessions-field-diamonds-hint = من ملخص LIVE في TikTok، إن لم تسجّل كل هدية على حدة.
sessions-field-notes = ملاحظات
sessions-edit-title = تعديل البث
sessions-new-title = بث جديد
sessions-save = حفظ
sessions-add = إضافة البث
sessions-cancel = إلغاء
sessions-saved = تم حفظ البث
sessions-added = تمت إضافة البث

## تفاصيل بث واحد.

sessions-untitled = بث مباشر
sessions-edit = تعديل
sessions-delete = حذف
sessions-close = إغلاق
sessions-close-label = إغلاق تفاصيل البث
sessions-recap = الملخص
sessions-earned = الأرباح
sessions-duration = المدة
sessions-still-live = ما زال مباشرًا
sessions-per-hour-live = لكل ساعة بث
sessions-gifts = الهدايا
sessions-top-gifters = أبرز الداعمين
sessions-no-gifters = لا توجد أسماء داعمين
sessions-gifts-from = { $count ->
    [zero] { $count } هدية
    [one] هدية واحدة
    [two] هديتان
    [few] { $count } هدايا
    [many] { $count } هدية
   *[other] { $count } هدية
} من { $senders ->
    [zero] { $senders } داعم
    [one] داعم واحد
    [two] داعمَين
    [few] { $senders } داعمين
    [many] { $senders } داعمًا
   *[other] { $senders } داعم
}
sessions-by-sender = الهدايا حسب الداعم
sessions-no-sender = بلا اسم داعم
sessions-sender-line = { $count ->
    [zero] { $count } هدية
    [one] هدية واحدة
    [two] هديتان
    [few] { $count } هدايا
    [many] { $count } هدية
   *[other] { $count } هدية
} · { $coins }
sessions-no-gifts = لا توجد صفوف هدايا في هذا البث.
sessions-per-thousand-viewers = { $value } لكل 1,000 مشاهد

## جدول هدايا البث.

sessions-col-time = الوقت
sessions-col-gift = الهدية
sessions-col-coins = العملات
sessions-col-count = العدد
sessions-col-actions = الإجراءات
sessions-estimated = تقديري
sessions-estimated-hint = انتهى السجل المستورد قبل أن تنتهي هذه السلسلة: احتُسبت بأعلى عدد بلغته حتى الآن. استيراد بقية السجل يكملها.
sessions-delete-gift-label = حذف { $gift }
sessions-delete-gift-from-label = حذف { $gift } من { $sender }

## إضافة هدية يدويًا.

sessions-gift-field = الهدية
sessions-gift-placeholder = Rose
sessions-gift-hint = هدية الكتالوج تأخذ عدد عملاتها من الكتالوج.
sessions-coins-field = العملات لكل هدية
sessions-coins-placeholder = من الكتالوج
sessions-count-field = العدد
sessions-sender-field = من
sessions-sender-placeholder = اختياري
sessions-add-gift = إضافة هدية
sessions-gift-added = تمت إضافة الهدية

## حذف هدية أو بث (يمكن التراجع عنه).

sessions-delete-gift-title = حذف هذه الهدية؟
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } من { $sender } ({ $coins }).
sessions-undo-hint = يمكنك التراجع عن ذلك بعده مباشرة.
sessions-delete-gift-confirm = حذف الهدية
sessions-delete-anyway = احذفها على أي حال
sessions-gift-deleted = تم حذف الهدية
sessions-restore-anyway = أعِدها على أي حال
sessions-delete-session-title = حذف هذا البث؟
sessions-delete-session-line = { $title } · { $date }: { $count ->
    [zero] { $count } هدية
    [one] هدية واحدة
    [two] هديتان
    [few] { $count } هدايا
    [many] { $count } هدية
   *[other] { $count } هدية
}، { $diamonds }.
sessions-delete-session-confirm = حذف البث
sessions-session-deleted = تم حذف البث
