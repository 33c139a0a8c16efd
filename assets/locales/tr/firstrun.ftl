# İlk gün: ilk panodan önce dört soru; atlanabilir ve Ayarlar'dan yeniden
# sorulabilir.

firstrun-title = LiveLedger'a hoş geldiniz
firstrun-intro = Bakiyeniz, günleriniz ve ödeme kontrolleriniz doğru olsun diye dört kısa soru. Her yanıtı daha sonra Ayarlar'dan değiştirebilirsiniz.
firstrun-again-title = İlk gün kurulumu
firstrun-again-intro = İlk gündeki soruların aynısı. Kaydettiğiniz hiçbir şey değişmez.

## Sorular

firstrun-language-question = 1. Diliniz
firstrun-language-label = Dil
firstrun-language-hint = LiveLedger bu dili konuşur; sayıları, tarihleri ve tutarları da bu dildeki gibi yazar.
firstrun-timezone-question = 2. Saat diliminiz
firstrun-timezone-label = Saat dilimi
firstrun-timezone-hint = Günleriniz, haftalarınız ve aylarınız bu dilimde gece yarısı başlar. Bilgisayarınızınkini girdik.
firstrun-minimum-question = 3. TikTok'un minimum para çekme tutarı
firstrun-minimum-label = Minimum para çekme tutarı ({ $currency })
firstrun-minimum-hint = TikTok cüzdanınızı açın ve çekmenize izin verilen en küçük tutarı { $currency } cinsinden kopyalayın.
firstrun-pay-question = 4. Ödeme almak
firstrun-age = 18 yaşında veya daha büyüğüm ve TikTok hesabım doğrulandı
firstrun-method = TikTok'ta bağlı ödeme yöntemi (isteğe bağlı)
firstrun-method-placeholder = PayPal, banka havalesi…
firstrun-pay-hint = TikTok yalnızca ödeme yöntemi bağlı, doğrulanmış yetişkinlere ödeme yapar.

## Yanıtlar

firstrun-save = Kaydet ve devam et
firstrun-skip = Şimdilik atla
firstrun-saved = Kurulum kaydedildi
firstrun-demo-offer = Sadece göz mü atıyorsunuz? { $demo }
firstrun-demo = Altı aylık demo veri yükle
firstrun-demo-loaded = Demo veriler yüklendi
firstrun-bad-timezone = "{ $zone }" bildiğimiz bir saat dilimi değil. Listeden birini seçin, örneğin Europe/Istanbul veya Europe/Berlin.
firstrun-bad-minimum = Minimumu sayı olarak girin, örneğin { $whole } veya { $exact }.
