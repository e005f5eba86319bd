import type { Intent } from '../../../core/nlu/label-schema.js';

/**
 * Third wave, Portuguese (Brazil and Portugal): see third-templates-en.ts. Written fresh — no line of the
 * 2026-12-05 development set is copied. They only ever train.
 */
export const PT_THIRD: Record<Intent, readonly string[]> = {
  greeting: [
    '{oii|oiee|olá olá|eai} {tudo certo|tudo em cima|beleza}{?|}',
    '{bom dia|boa tarde|boa noite} {gente|pessoal|bot|}',
    '{oi|olá} {assistente|robô|bot}',
  ],
  help: [
    '{o que|oq|que} {você sabe fazer|dá pra fazer aqui|tu faz}',
    '{pra que|para que} {serve|funciona} esse {chat|bot|número}',
    '{quais|me diz as} {opções|funções|coisas que posso pedir}',
    '{não sei|nem sei} {o que pedir|o que escrever|como continuar}',
    '{como|de que jeito} {eu uso|funciona} {isso aqui|esse atendimento}',
  ],
  book_tickets: [
    '{vou levar|fico com} <qty> {ingressos|bilhetes} <tier>',
    '{quero|preciso} {me inscrever|me cadastrar} {com o|no} {passe|ingresso} <tier>',
    '{gostaria de|quero} {adquirir|garantir} <qty> {passes|ingressos} <tier>',
    '{compra|garante} {ingresso|bilhete} {pra mim e meu sócio|pra nós dois|pra equipe}',
    '{como|onde} {compro|pago} {o ingresso|a inscrição} {pro evento|}{?|}',
  ],
  my_tickets: [
    '{apaguei|perdi|sumiu} {o email|a mensagem|o e-mail} {com o ingresso|da compra|do bilhete}',
    '{não acho|perdi|cadê} {meu qr|o qr code|meu código|o código do ingresso}',
    '{tenho|fiz} {alguma|uma} {compra|reserva de ingresso} {no meu nome|feita|já}{?|}',
    '{comprei|paguei} {faz uns dias|ontem|semana passada} e {não chegou nada|não recebi nada|tô sem o ingresso}',
    '{reenvia|manda de novo} {meus ingressos|meu bilhete|o qr} {por favor|pfv|}',
    '{quantos|quais} ingressos {eu tenho|comprei} {no meu nome|ao todo|}',
  ],
  cancel_booking: [
    '{errei|me enganei} {na compra|ao comprar} {desfaz|cancela|anula} {por favor|}',
    '{desfaz|estorna|anula} {a compra|meu pedido} {dos ingressos|pfv|}',
    '{cancela|tira} <one> dos {meus|} ingressos {que comprei|}',
    '{quero|queria} {devolver|estornar} {os ingressos|o bilhete|o ingresso} <tier>',
    '{cancela|anula} {minha inscrição|meu cadastro} {no evento|na conferência|}',
    '{me reembolsa|quero o dinheiro de volta} {dos ingressos|do bilhete|do que paguei}',
  ],
  join_waitlist: [
    '{se alguém|quando alguém} {desistir|cancelar|liberar a vaga} {quero a vaga|me avisa|fico com ela}',
    '{me coloca|me bota|me põe} {na fila|na lista} {de espera|} {do <tier>|pro <tier>|}',
    '{esgotou|acabou}{?|} {então|} {me inscreve na espera|quero entrar na fila}',
    '{quero|topo} esperar {uma vaga|um ingresso} <tier>',
  ],
  waitlist_status: [
    '{quando|qdo} {chega|sai} {minha vez|a minha vaga} {na lista|na fila|}',
    '{previsão|alguma previsão} {da minha vaga|de sair da fila|da lista de espera}{?|}',
    '{quantas pessoas|quanta gente} {tem|estão} na {minha frente|frente} {na fila|na lista|}',
    '{andei|subi|avancei} {na fila|na lista}{?|}',
    '{situação|status} {da minha espera|do meu pedido na lista|da fila}',
  ],
  leave_waitlist: [
    '{desisto|saio|largo} {da lista|da fila|da espera} {do <tier>|}',
    '{não quero mais|cansei de} esperar {me tira|pode tirar|}',
    '{esquece|deixa pra lá} a lista de espera {já arrumei ingresso|não precisa|}',
    '{apaga|remove|exclui} {meu nome|eu} da {lista|fila}',
  ],
  checkin: [
    '{acabei de chegar|cheguei agora|to chegando} {e agora|o que faço|por onde entro}',
    '{estou|to|tô} {no local|na recepção|na porta|no credenciamento}',
    '{registra|marca} {minha chegada|minha presença|meu check-in}',
    '{te mando|vou mandar} {uma selfie|minha foto} {pra entrar|pro acesso|}',
    '{faz|fazer} {meu check in|o checkin|o credenciamento} {agora|aí|}',
  ],
  find_matches: [
    '{com quem|quem} eu {devia|deveria|posso} {conversar|conhecer} {aqui|no evento|}',
    '{procura|acha} {gente|pessoas|o pessoal} {de|que trabalha com} <int> {pra eu conhecer|pra trocar ideia|}',
    '{tem|existe} {alguém|gente} {aqui|no evento} que {mexe com|trabalha com|curte} <int>{?|}',
    '{quero|queria} {conhecer|me conectar com} {pessoas|gente} {de|da área de} <int>',
  ],
  request_meeting: [
    '{pergunta|vê} {pro|com o|com a} <person> se {rola|dá pra marcar|ele topa} {um café|uma conversa} {às <time>|}',
    '{marca|agenda} {um papo|uma reunião|um café} {com|entre eu e} <person> {às <time>|amanhã|}',
    '{manda|envia} {um convite|um pedido de reunião} {pro|para o|para a} <person>',
  ],
  my_meetings: [
    '{mostra|lista|quais são} {meus compromissos|minhas reuniões|meus encontros}',
    '{com quem|que horas} {tenho|eu tenho} {reunião|encontro} {hoje|amanhã|}',
    '{tenho|tem} {algo marcado|alguma reunião|compromisso} {hoje|amanhã|}{?|}',
  ],
  cancel_meeting: [
    '{desmarca|cancela|suspende} {o 1:1|a reunião|o café|o papo} com <person>',
    '{não vou conseguir|não consigo} {ir|chegar} na reunião com <person> {cancela|}',
    '{tira|apaga} {a reunião|o encontro} com <person> da {agenda|minha agenda}',
  ],
  update_profile: [
    '{meus|os meus} {interesses|temas} {são|agora são} <int> {e <int>|}',
    '{adiciona|coloca|bota} <int> {nos meus interesses|no meu perfil}',
    '{curto|gosto muito de|me amarro em} <int> {e <int>|}',
    '{sou|trabalho como} {cto|dev|pm|designer} {e me interesso por <int>|}',
    '{muda|atualiza|corrige} {minha empresa|meu cargo|minha bio} {no perfil|}',
  ],
  agenda: [
    '{quando|que horas} {é|começa} {o|a} <session>',
    '{onde|em que sala} {vai ser|é} {o|a} <session>',
    '{que|quais} {palestras|sessões} tem {às <time>|hoje à tarde|amanhã}',
    '{me manda|mostra} {a programação|a agenda|o cronograma} {de hoje|de amanhã|completa}',
  ],
  faq: [
    '=tickets {preço|valor|quanto custa} {dos ingressos|do ingresso|da entrada}{?|}',
    '=tickets {preço|quanto é|valor} {do passe|do ingresso} <tier>{?|}',
    '=tickets {ainda tem|sobrou|tem} {ingresso|passe|vaga} <tier>{?|}',
    '=tickets {o que|oq} {preciso|tenho que levar} {pro|para o} {ingresso|passe} <tier>',
    '=tickets {o passe|o ingresso} <tier> {é de graça|é gratuito|sai de graça}{?|}',
    '=tickets {o que|oq} {vem|está incluído} no {passe|ingresso} <tier>',
    '=faq-refund {se eu não for|se eu desistir} {recebo|tenho} {o dinheiro de volta|reembolso}{?|}',
    '=faq-transfer {posso|dá pra} {passar|transferir|dar} meu ingresso {pra outra pessoa|pra minha irmã|pra um colega}{?|}',
    '=faq-recordings {as palestras|as sessões} {vão ser gravadas|vão pro youtube|ficam gravadas}{?|}',
    '=faq-cloakroom {onde|até que horas} {deixo|posso deixar|guardo} {meu casaco|a mochila|a mala}',
    '=faq-address {qual o endereço|onde fica} {do evento|o evento|a conferência} {exatamente|}',
    '=faq-hours {que horas|até que horas} {abre|fecha|funciona} {o evento|o local}',
  ],
  sponsor_interest: [
    '{me passa|quero} {informação|info|material} {da|sobre a} <sponsor>',
    '{o que|oq} a <sponsor> {faz|vende|oferece}',
    '{quero|queria} {uma demo|falar com alguém} da <sponsor>',
  ],
  talk_to_human: [
    '{tem|existe} {alguém|uma pessoa} {de verdade|real|de carne e osso} {aí|do outro lado}{?|}',
    '{você é|vc é} {robô|um bot|máquina}{?|} {quero|me passa pra} {uma pessoa|um humano|alguém}',
    '{alguém da organização|alguém do staff|um atendente} {pode|consegue} me {atender|responder}{?|}',
  ],
  forget_me: [
    '{não guardem|não quero que guardem} {meus dados|nada meu|minhas informações}',
    '{apaga|remove|deleta} {meus dados biométricos|minha foto|meu rosto} {do sistema|}',
    '{esqueçam|quero que esqueçam} {de mim|tudo sobre mim}',
  ],
  opt_out: [
    '{cancelar|quero cancelar} {a inscrição nas mensagens|as notificações|a assinatura}',
    '{não me|para de me} {mandem|manda|envia} mais {mensagem|nada|whatsapp}',
    '{sair|descadastrar|stop} {da lista de mensagens|das notificações|}',
  ],
  confirm: [
    '{combinado|fechado|pode ser|bora}',
    '{sim|ss} {pode|combinado|fechou}',
    '{tá ótimo|perfeito|isso mesmo}',
  ],
  deny: [
    '{de jeito nenhum|nem pensar|que nada}',
    '{não|nao} {obrigado|obrigada|precisa|}',
    '{melhor não|deixa quieto|deixa}',
  ],
  thanks: [
    '{muito gentil|que gentileza|gentil demais}',
    '{valeu|brigado|obg} {demais|mesmo|pela força}',
    '{agradeço|obrigada pela} {a ajuda|a informação|info}',
  ],
  out_of_scope: [
    '{escreve|faz|inventa} {uma música|um poema|uma piada} {pra mim|}',
    '{quantos|quantas} {anos tem|países tem|estrelas tem} {o mundo|o céu|a terra}',
    '{me ajuda|ajuda} com {meu tcc|minha lição|a prova} de {matemática|história|física}',
    '{quanto é|calcula} {12 vezes 8|2 mais 2|a raiz de 81}',
    '{vai|será que vai} {chover|fazer frio|fazer sol} {no fim de semana|amanhã|sábado}{?|}',
    '{quem ganhou|quem vai ganhar} {a copa|o brasileirão|a eleição}',
  ],
};
