# السحوبات: تسجيل سحب من TikTok، ومطابقة سجلّك مع محفظة TikTok، وسجلّ
# الاثنين.

withdrawals-title = السحوبات

## تسجيل سحب

withdrawals-record-title = تسجيل سحب
withdrawals-diamonds = الألماس
withdrawals-requested = تاريخ الطلب
withdrawals-fee = الرسوم
withdrawals-method = الطريقة
withdrawals-status = الحالة
withdrawals-reference = المرجع
withdrawals-withdrawable = المتاح للسحب الآن: { $diamonds } ({ $money })
withdrawals-not-ready = غير جاهز بعد — راجع لوحة المعلومات لمعرفة ما ينقص.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — أقل من الحد الأدنى للسحب في TikTok، وهو { $minimum }
withdrawals-record-button = تسجيل السحب
withdrawals-recorded = تم تسجيل السحب

## السؤال قبل تسجيل سحب لن يدفعه TikTok

withdrawals-below-title = لا يدفع TikTok أقل من { $minimum }
withdrawals-below-line = قيمة هذا السحب { $money }. لا تسجّله إلا إذا دفعه TikTok فعلًا.
withdrawals-ask-title = هل تريد تسجيل هذا السحب؟
withdrawals-record-anyway = سجّله على أي حال

## حالات السحب

withdrawals-status-pending = قيد الانتظار
withdrawals-status-paid = مدفوع
withdrawals-status-failed = فشل
withdrawals-status-cancelled = ملغى
withdrawals-status-changed = تم تغيير الحالة

## المطابقة مع محفظة TikTok

withdrawals-reconcile-title = المطابقة مع TikTok
withdrawals-reconcile-text = يُظهر سجلّك { $diamonds }. إذا أظهر TikTok رقمًا آخر فأدخله: يُسجَّل الفرق تصحيحًا مع سببه.
withdrawals-wallet-balance = الألماس الظاهر في محفظة TikTok
withdrawals-wallet-reason = سبب الاختلاف (إن كنت تعرفه)
withdrawals-reconcile-button = مطابقة
withdrawals-reconciled = سجلّك مطابق لـ TikTok
withdrawals-correction-recorded = { $count ->
    [zero] سُجّل تصحيح بمقدار { $shown } ألماسة
    [one] سُجّل تصحيح بمقدار { $shown } ألماسة
    [two] سُجّل تصحيح بمقدار { $shown } ألماسة
    [few] سُجّل تصحيح بمقدار { $shown } ألماسات
    [many] سُجّل تصحيح بمقدار { $shown } ألماسة
   *[other] سُجّل تصحيح بمقدار { $shown } ألماسة
}

## السجلّ

withdrawals-history-title = السجلّ
withdrawals-newest-first = الأحدث أولًا.
withdrawals-empty = لا توجد سحوبات بعد. عندما تسحب أموالك في TikTok، سجّل السحب هنا ليبقى رصيدك صحيحًا.
withdrawals-amount = المبلغ
withdrawals-net = ما تحصل عليه
withdrawals-actions = الإجراءات
withdrawals-below-badge = دون الحد الأدنى
withdrawals-below-badge-title = دون الحد الأدنى للسحب في TikTok ({ $minimum }) في يومه: سُجّل لأنك أكّدت أن TikTok دفعه.

## حذف سحب

withdrawals-delete = حذف
withdrawals-delete-label = حذف سحب { $diamonds }
withdrawals-delete-title = هل تريد حذف سجل هذا السحب؟
withdrawals-delete-line = { $diamonds } ({ $money })، طُلب في { $when }.
withdrawals-delete-effect = يزيد رصيدك بألماس هذا السحب. يمكنك التراجع بعد ذلك مباشرة.
withdrawals-delete-confirm = حذف السحب
withdrawals-deleted = تم حذف السحب
withdrawals-restore-anyway = أعِده على أي حال

## التصحيحات الناتجة عن المطابقة

withdrawals-corrections-title = التصحيحات
withdrawals-when = الوقت
withdrawals-reason = السبب
