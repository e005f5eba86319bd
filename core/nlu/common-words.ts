/**
 * Words that carry no topic (English, Portuguese, Spanish). They never count as evidence for an FAQ or an
 * entity, and they end an interest phrase ("interested in ai *for* my startup").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'a an the this that these those there here it its is are was were be been being am do does did done have has',
    'had having i me my mine myself we us our you your yours he him his she her they them their what which who',
    'whom whose when where why how can could will would shall should may might must to of in on at by for from',
    'with about into onto over under up down out off as than then so too very just also only even not no nor and',
    'or but if because while until any some all each every both few more most other such own same again once',
    'please hi hey ok yes get got give go going want wanna need like know let make much many really there',
    'o a os as um uma uns umas de do da dos das em no na nos nas por para com sem que e ou se eu meu minha me',
    'voce tem ha sao esta este esta isso isto el la los las un una unos unas del al en por para con sin y o mi',
    'mis tu su yo hay es son esta estan lo le les nos como mas muy quiero quero puedo posso',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Everyday words that are not in any pattern or catalog but must not be "corrected" into one
 * ("cats" is not a typo of "chats", "last" is not "lost").
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [
    'about above across after afternoon again against ago ahead already also always among another answer anyone',
    'anything anyway anywhere around asked away back bad base bear beat become before began begin behind being',
    'believe below best better between big bit black blue body book both bring brother brought build business',
    'busy call came car care carry case cat cats change check child children city class clear close cold color',
    'come company cost could country course cut dark day days dear deep different doing dog dogs door down draw',
    'drink during each early easy eat else end enough even evening ever every eye face fact fall family far fast',
    'father feel feet few field find fine fire first fish five food foot form four free friend front full fun game',
    'gave girl glad gold gone good great green ground group grow guess half hand hard head hear heard heart help',
    'high hold home hope horse hot hour house idea important inside instead itself job keep kind knew land large',
    'last late later lead learn least leave left less letter life light line list little live long look lost lot',
    'love low made main man many mark mean men might mind minute miss money month moon morning mother move much',
    'music name near never new news next nice night none nothing notice now number often old once open order',
    'page paper part party pass past pay people perhaps person picture piece place plan play point poor possible',
    'power pretty problem pull put question quick quite rain ran read ready real reason red remember rest right',
    'river road rock room round run said same sat saw say school sea second see seem seen self sell send sent',
    'set several shall short show side since sing sister sit six size sleep small snow soft something sometimes',
    'song soon sound south space speak special spring stand star start state stay still stood stop story street',
    'strong study sun sure table take talk teacher tell ten test than thank thing think third though thought',
    'three through till time today together told too took top toward town tree true try turn under until upon',
    'usually very voice wait walk wall war warm watch water way weather week well went white whole why wide wife',
    'wind window wish within without woman women wonder word work world write year yet young paris london tokyo',
    'berlin madrid cats dogs movie joke poem capital australia football soccer tower eiffel tall weather night',
    'last won lose win team score funny story weird cool awesome crazy bored tired hungry sleepy happy sad angry',
    'launch launched shipping ship release deploy product startup company customers users revenue market brand',
    // Spanish "listo" (ready, done: a yes) and Portuguese/Spanish "lista" (the list) are words, not typos of
    // "list": corrected into it, every bare "list" was read as the Spanish yes.
    'listo listos lista listas',
    // Everyday Spanish and Portuguese words the corrector turned into others: "de nuevo" (again) into
    // "nueve" (9 tickets), "para nada" into the attendee Nadia, "quedan" (are there … left) into "queda".
    'nuevo nueva nuevos nuevas novo nova novos novas nada nadie quedan quedar busco buscando charlar',
    'conversar platicar ahora agora hoy hoje urgente todavia otra otro outra outro vez cuarto quarto media meia',
    'interesso interesse curto curte curtimos',
  ]
    .join(' ')
    .split(' '),
);
