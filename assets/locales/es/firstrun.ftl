# El primer día: cuatro preguntas antes del primer panel; se pueden saltar
# y volver a responder desde Ajustes.

firstrun-title = Te damos la bienvenida a LiveLedger
firstrun-intro = Cuatro preguntas rápidas para que tu saldo, tus días y las comprobaciones para retirar sean correctos. Puedes cambiar cada respuesta más tarde en Ajustes.
firstrun-again-title = Configuración del primer día
firstrun-again-intro = Las mismas preguntas que el primer día. Nada de lo que registraste cambia.

## Las preguntas

firstrun-language-question = 1. Tu idioma
firstrun-language-label = Idioma
firstrun-language-hint = LiveLedger te habla en él y escribe los números, las fechas y el dinero a su manera.
firstrun-timezone-question = 2. Tu zona horaria
firstrun-timezone-label = Zona horaria
firstrun-timezone-hint = Tus días, semanas y meses empiezan a medianoche en esta zona. Pusimos la de tu ordenador.
firstrun-minimum-question = 3. El retiro mínimo de TikTok
firstrun-minimum-label = Retiro mínimo ({ $currency })
firstrun-minimum-hint = Abre tu billetera de TikTok y copia el importe más pequeño que te deja retirar, en { $currency }.
firstrun-pay-question = 4. Cobrar
firstrun-age = Tengo 18 años o más y mi cuenta de TikTok está verificada
firstrun-method = Método de pago vinculado en TikTok (opcional)
firstrun-method-placeholder = PayPal, transferencia bancaria…
firstrun-pay-hint = TikTok solo paga a personas adultas verificadas con un método de pago vinculado.

## Respuestas

firstrun-save = Guardar y continuar
firstrun-skip = Omitir por ahora
firstrun-saved = Configuración guardada
firstrun-demo-offer = ¿Solo quieres echar un vistazo? { $demo }
firstrun-demo = Cargar seis meses de datos de demostración
firstrun-demo-loaded = Datos de demostración cargados
firstrun-bad-timezone = «{ $zone }» no es una zona horaria que conozcamos. Elige una de la lista, p. ej. Europe/Madrid o America/Mexico_City.
firstrun-bad-minimum = Escribe el mínimo como número, p. ej. { $whole } o { $exact }.
