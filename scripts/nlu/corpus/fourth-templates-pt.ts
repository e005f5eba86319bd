import type { FourthWave } from './fourth-wave.js';

/** The fourth wave in Portuguese (see fourth-templates-en.ts): "lista" is the list, never "ready". */
export const PT_FOURTH: FourthWave = {
  intents: {
    join_waitlist: [
      '{me coloca|me põe|me bota|coloca eu} na lista {do <tier>|pro <tier>|pfv|por favor|tb|}',
      '{posso|dá pra|da pra} {entrar|ficar} na lista {do <tier>|}{?|}',
      '{esgotou|acabou}{?|} {então|entao|ok} {me coloca na lista|quero entrar na lista}',
      '{quero|queria} {entrar|ficar} na lista {do <tier>|pro <tier>|}',
    ],
    waitlist_status: [
      '{eu|} {to|tô|estou|ainda to} na lista{?|}',
      '{qual|em que} {posição|lugar|número} {eu to|estou|fiquei} na lista{?|}',
      '{alguma novidade|novidades|e aí} {da|sobre a} lista{?|}',
      '{a lista|minha posição na lista} {andou|mexeu|subiu}{?|}',
    ],
    leave_waitlist: [
      '{me tira|me remove|me exclui} da lista {do <tier>|pfv|por favor|}',
      '{não|nao} {quero|preciso} mais ficar na lista',
      '{sair|quero sair} da lista {do <tier>|}',
    ],
    help: ['{manda|me dá|mostra} {a|uma} lista {do que você faz|dos comandos|das opções}'],
    agenda: [
      '{manda|mostra|me passa} a lista {de palestras|das palestras|de sessões|dos palestrantes} {pfv|}',
      '{qual|cadê} a lista {de palestras|das sessões|dos palestrantes}{?|}',
    ],
    my_tickets: ['{lista|mostra} {meus ingressos|meus bilhetes|minhas reservas} {pfv|por favor|}'],
    out_of_scope: [
      '{onde posso|onde dá pra|tem lugar pra|onde eu posso} {fumar|cochilar|meditar|amamentar|atender uma ligação|descansar}{?|}',
      '{onde posso|tem onde} {carregar o celular|guardar a bike|encher a garrafa de água}{?|}',
    ],
  },
  askBack: [
    {
      intents: ['join_waitlist', 'waitlist_status'],
      templates: [
        '{lista|a lista|da lista|essa lista|uma lista|sobre a lista|e a lista|lista aí}',
        '{hmm|então|entao|ah|e|tipo|ó} {a lista|lista|essa lista|da lista}',
        '{lista|a lista|essa lista} {pfv|por favor|pf|de novo|agora|?|!|…}',
      ],
    },
  ],
};
