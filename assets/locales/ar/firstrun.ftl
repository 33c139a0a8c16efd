# اليوم الأول: أربعة أسئلة قبل أول لوحة معلومات، يمكن تخطيها، وتُطرح مرة
# أخرى من الإعدادات.

firstrun-title = مرحبًا بك في LiveLedger
firstrun-intro = أربعة أسئلة سريعة ليكون رصيدك وأيامك وفحوص الدفع صحيحة. يمكنك تغيير كل إجابة لاحقًا في الإعدادات.
firstrun-again-title = إعداد اليوم الأول
firstrun-again-intro = الأسئلة نفسها كما في اليوم الأول. لا يتغيّر شيء مما سجّلته.

## الأسئلة

firstrun-language-question = 1. لغتك
firstrun-language-label = اللغة
firstrun-language-hint = يتحدث بها LiveLedger، ويكتب الأرقام والتواريخ والمبالغ بطريقتها.
firstrun-timezone-question = 2. منطقتك الزمنية
firstrun-timezone-label = المنطقة الزمنية
firstrun-timezone-hint = تبدأ أيامك وأسابيعك وشهورك عند منتصف الليل هنا. أدخلنا منطقة حاسوبك.
firstrun-minimum-question = 3. الحد الأدنى للسحب في TikTok
firstrun-minimum-label = الحد الأدنى للسحب ({ $currency })
firstrun-minimum-hint = افتح محفظتك في TikTok وانسخ أصغر مبلغ تسمح لك بسحبه، بعملة { $currency }.
firstrun-pay-question = 4. استلام الأرباح
firstrun-age = عمري 18 عامًا أو أكثر وحسابي في TikTok موثّق
firstrun-method = طريقة الدفع المرتبطة في TikTok (اختياري)
firstrun-method-placeholder = PayPal، تحويل بنكي…
firstrun-pay-hint = لا يدفع TikTok إلا للبالغين الموثّقين الذين ربطوا طريقة دفع.

## الإجابات

firstrun-save = حفظ ومتابعة
firstrun-skip = تخطي الآن
firstrun-saved = تم حفظ الإعداد
firstrun-demo-offer = تتصفّح فقط؟ { $demo }
firstrun-demo = تحميل ستة أشهر من البيانات التجريبية
firstrun-demo-loaded = تم تحميل البيانات التجريبية
firstrun-bad-timezone = «{ $zone }» ليست منطقة زمنية نعرفها. اختر واحدة من القائمة، مثل Europe/Berlin أو America/New_York.
firstrun-bad-minimum = أدخل الحد الأدنى رقمًا، مثل { $whole } أو { $exact }.
