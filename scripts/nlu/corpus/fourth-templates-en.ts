import type { FourthWave } from './fourth-wave.js';

/**
 * The fourth wave (en; pt and es alongside): "list" on its own. "The list" is the waiting list in this
 * product, but what a bare "list" wants of it (to join? the place on it?) is unknown, so those fragments
 * are labelled with both readings and the model learns to ask. Whole requests that say "list" carry their
 * real intents — joining, the place, leaving, the agenda, the commands, one's tickets.
 */
export const EN_FOURTH: FourthWave = {
  intents: {
    join_waitlist: [
      '{put|add|get|stick} me on the list {for <tier>|pls|please|too|}',
      '{can|could} {i|we|u} {get on|go on|be on|join} the list {for <tier>|pls|}{?|}',
      '{sold out|its full|no seats left}{?|} {ok|then|fine} {put me on the list|add me to the list|list me}',
      '{i want|id like|i wanna} to {be on|join|get on} the list {for <tier>|for a <tier> pass|}',
    ],
    waitlist_status: [
      '{am i|am i still|r u sure im|so am i} on the list{?|}',
      '{where|what position|what number} am i on the list{?|}',
      '{any news|any update|update|news} {on|about|from} the list{?|}',
      '{has|did} the list {moved|move|gone down|moved up}{?|}',
      '{my spot|my place|my position|how far up am i} on the list{?|}',
      '{still|} on the list {or not|right|}{?|}',
    ],
    leave_waitlist: [
      '{take|get|drop|cross} me off the list {for <tier>|pls|please|}',
      '{i dont|i no longer} {need|want} to be on the list {anymore|now|}',
      '{leave|quit|exit} the list {for <tier>|pls|}',
      '{got|found} a ticket {elsewhere|already} {remove me from the list|take me off the list}',
    ],
    help: ['{give me a|send me a|show me the} list of {what you can do|your commands|the options}'],
    agenda: [
      '{list|show me} {the|all the|all} {talks|sessions} {pls|please|}',
      '{the|a|full} list of {talks|sessions|speakers} {pls|please|?|}',
      '{send|show} me the {session|talk|speaker} list',
    ],
    my_tickets: ['{list|show} my {tickets|passes|bookings} {pls|please|}'],
    // "where can I …" about something no FAQ answers is no request to buy ("where can I pay?" is): the
    // FAQ library gets its second look and the question is noted as a gap.
    out_of_scope: [
      '{where can i|where do i|is there a place to|anywhere i can} {smoke|vape|nap|meditate|breastfeed|take a call|work quietly|lie down}{?|}',
      '{where can i|is there somewhere to|can i} {charge my phone|store my bike|fill my water bottle|get some rest}{?|}',
    ],
  },
  askBack: [
    {
      intents: ['join_waitlist', 'waitlist_status'],
      templates: [
        '{list|the list|a list|that list|this list|list thing|the list thing|that list thing}',
        '{uh|um|hmm|so|ok|and|yeah|oh} {the list|list|that list|a list}',
        '{list|the list|that list} {pls|please|plz|again|now|?|!|…}',
      ],
    },
  ],
};
