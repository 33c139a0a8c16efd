# O primeiro dia: quatro perguntas antes do primeiro painel; dá para pular
# e responder de novo nas Configurações.

firstrun-title = Boas-vindas ao LiveLedger
firstrun-intro = Quatro perguntas rápidas para que seu saldo, seus dias e as verificações para sacar fiquem certos. Você pode mudar cada resposta depois nas Configurações.
firstrun-again-title = Configuração do primeiro dia
firstrun-again-intro = As mesmas perguntas do primeiro dia. Nada do que você registrou muda.

## As perguntas

firstrun-language-question = 1. Seu idioma
firstrun-language-label = Idioma
firstrun-language-hint = O LiveLedger fala com você nele e escreve números, datas e valores do jeito dele.
firstrun-timezone-question = 2. Seu fuso horário
firstrun-timezone-label = Fuso horário
firstrun-timezone-hint = Seus dias, semanas e meses começam à meia-noite neste fuso. Preenchemos com o do seu computador.
firstrun-minimum-question = 3. O saque mínimo do TikTok
firstrun-minimum-label = Saque mínimo ({ $currency })
firstrun-minimum-hint = Abra sua carteira do TikTok e copie o menor valor que ela deixa você sacar, em { $currency }.
firstrun-pay-question = 4. Receber
firstrun-age = Tenho 18 anos ou mais e minha conta do TikTok é verificada
firstrun-method = Método de pagamento vinculado no TikTok (opcional)
firstrun-method-placeholder = PayPal, transferência bancária, Pix…
firstrun-pay-hint = O TikTok só paga para adultos verificados com um método de pagamento vinculado.

## Respostas

firstrun-save = Salvar e continuar
firstrun-skip = Pular por enquanto
firstrun-saved = Configuração salva
firstrun-demo-offer = Só dando uma olhada? { $demo }
firstrun-demo = Carregar seis meses de dados de demonstração
firstrun-demo-loaded = Dados de demonstração carregados
firstrun-bad-timezone = “{ $zone }” não é um fuso horário que conhecemos. Escolha um da lista, por exemplo America/Sao_Paulo ou Europe/Lisbon.
firstrun-bad-minimum = Digite o mínimo como número, por exemplo { $whole } ou { $exact }.
