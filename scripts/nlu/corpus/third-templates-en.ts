import type { Intent } from '../../../core/nlu/label-schema.js';

/**
 * The third wave of sentence structures per intent and language (en here; pt and es alongside), written
 * after scoring the 2026-12-05 set, now a development set: questions about prices and what a tier needs
 * next to requests for tickets, lost or missing tickets, undoing a purchase, queue questions, arriving at
 * the venue, short social turns, profile interests stated in passing, and chat that is no event request at
 * all (homework, jokes, weather, trivia). No line of that set is copied (write-corpus.ts drops any exact
 * match). They only ever train.
 */
export const EN_THIRD: Record<Intent, readonly string[]> = {
  greeting: [
    '{hello|hi|hey|helo} {anyone there|anybody home|is this on|you there}{?|}',
    '{heyy|hiya|howdy|sup} {all|folks|there|}',
    '{good morning|morning|evening} {bot|team|everyone}',
  ],
  help: [
    '{what|wat} {can u do|are my options|do you do} {here|for me|}',
    '{what is|whats} this {chat|bot|number} {for|about}',
    '{list|show me} {the commands|your options|what i can ask}',
  ],
  book_tickets: [
    '{ill take|gimme|put me down for} <qty> <tier> {tix|tickets|passes}',
    '{sign me up|register me} {with|for} {a|the} <tier> {pass|ticket}',
    '{how do i|where can i} {buy|pay for|get} {a ticket|my pass} {to attend|for the event|}',
  ],
  my_tickets: [
    '{deleted|lost|cant find} {the email|the message|the text} {with my ticket|with the qr|from my order}',
    '{lost|misplaced|cant find} {my qr|the qr code|my ticket code}',
    '{did i|have i} {already|} {buy|bought|book|booked} {a ticket|tickets|anything} {yet|already|}',
    '{paid|bought tickets} {days ago|yesterday|last week} and {got nothing|nothing arrived|still no ticket}',
    '{resend|send again} {my tickets|my pass|the qr} {pls|please|}',
  ],
  cancel_booking: [
    '{get rid of|drop|remove} <one> {ticket|of my tickets} {i dont need it|i wont use it|}',
    '{undo|reverse|void} {my purchase|the order|that booking} {pls|please|}',
    '{i want|id like} {a refund|my money back} {for|on} {my tickets|the <tier> tickets|my order}',
    '{cancel|withdraw} {my registration|my signup} {for the event|}',
  ],
  join_waitlist: [
    '{let me know|ping me|text me} {when|if} {tickets|seats|<tier> tickets} {free up|open up|come back} {im keen|please|}',
    '{if|when} {someone|anybody} {cancels|drops out|gives up their seat} {i want it|give it to me|count me in}',
    '{queue me|put me in line} {for|on} {a|the} <tier> {ticket|pass|spot}',
    '{sold out|no tickets left}{?|} {then|ok} {waitlist me|add me to the queue}',
  ],
  waitlist_status: [
    '{did i|have i} {move up|moved up|advanced} {in the queue|on the list|in line}{?|}',
    '{how many|how many ppl|how many people} {are|r} {ahead of me|before me} {on the waitlist|in the queue|in line}',
    '{any chance|what are the odds} {ill get|i get} {in|a seat|a spot} {off the waitlist|from the queue}{?|}',
    '{queue|waitlist|waiting list} {status|update|position}{?|}',
  ],
  leave_waitlist: [
    '{nvm|never mind|forget} {the waitlist|about the queue|the waiting list} {drop me|take me off|remove me}',
    '{unwaitlist|dequeue|unqueue} me {pls|please|}',
    '{got|found} a ticket {elsewhere|somewhere else} {take me off the list|drop me from the queue}',
    '{quit|leave|exit} the {queue|waitlist|line} {for <tier>|}',
  ],
  checkin: [
    '{just|finally} {got here|arrived|made it} {what now|where do i go|}',
    '{at the venue|at the door|at reception|at the front desk} {now|already} {whats next|what now|check me in|}',
    '{sign me in|log my arrival|mark me present} {im here|please|}',
    '{sending|here is} {a selfie|my photo} {to get in|for entry|}',
  ],
  find_matches: [
    '{find me|get me|show me} <int> {people|folks|investors} {to talk to|worth talking to|to chat with}',
    '{who|which people} should i {talk to|meet|connect with} {here|at the event|}',
    '{looking for|find me} <int> {people|folks|ppl} {to chat with|to meet|}',
    '{anyone|anybody} {here|around} {into|working on|doing} <int>{?|}',
  ],
  request_meeting: [
    '{ask|check with} <person> {if|whether} {they want|theyre up for} {coffee|a chat|a call} {at <time>|}',
    '{set up|arrange} {a 1:1|a chat|a meeting} {between me and|with} <person> {at <time>|}',
  ],
  my_meetings: [
    '{show|list} my {appointments|calendar|meetups|schedule of meetings}',
    '{who|when} am i meeting {today|tomorrow|next}',
  ],
  cancel_meeting: [
    '{call off|scrap|drop} {the 1:1|my meeting|coffee} with <person>',
    '{cant make|wont make} {it to|} {my meeting|the chat} with <person> {cancel it|}',
  ],
  update_profile: [
    '{i work on|im building|i build} <int> {stuff|products|} {and id like to meet|and hope to meet|looking to meet} {investors|hiring managers|other builders}',
    '{add|put} <int> {to|in} my {interests|profile}',
    '{im into|i do|my thing is} <int> {and <int>|}',
    '{my interests are|interests:} <int> {and <int>|}',
  ],
  agenda: [
    '{schedule|agenda|lineup|timetable} {pls|please|for today|?|}',
    '{when|what time} {is|does} {the|} <session> {start|}',
    '{whats on|what talks are there} {at <time>|this afternoon|tomorrow}',
    '{when|what time} {does|is} <speaker> {speak|on stage|talking}',
  ],
  faq: [
    '=tickets {price|prices|cost} {of tickets|for the tickets|per ticket}{?|}',
    '=tickets {price|cost} {of a|of the|for} <tier> {pass|ticket}{?|}',
    '=tickets {is|are} {the|} <tier> {pass|tickets} {really|actually|} {free|included}{?|}',
    '=tickets {any|are there} <tier> {tickets|passes} {left|still available}{?|}',
    '=tickets {what do i need|what proof do i need} {for|to get} {a|the} <tier> {ticket|pass}',
    '=faq-recordings {will|are} the talks {be|} {online|on youtube|available} {later|after|afterwards}{?|}',
    '=faq-address {where exactly|where} is {the conference|the venue|it} {located|held|}',
    '=faq-refund {if i cant go|if i cancel} {do i get|will i get} {my money back|a refund}{?|}',
    '=faq-transfer {can i|could i} {give|pass} my ticket to {a friend|my colleague|someone else}{?|}',
  ],
  sponsor_interest: [
    '{tell me about|info on} <sponsor> {pls|please|}',
    '{what does|what do} <sponsor> {do|sell|offer}',
  ],
  talk_to_human: [
    '{connect me|put me through|transfer me} to {support|an agent|the team|staff}',
    '{is there|any} {a real person|a human|someone real} {there|on the other side|reading this}{?|}',
    '{are u|are you} a bot{?|} {i want|get me} {a person|a human|someone}',
  ],
  forget_me: [
    '{get rid of|wipe|delete} my {biometric data|face data|photo|selfie} {from your system|}',
    '{dont keep|dont store|stop storing} {my data|anything about me|my info}',
  ],
  opt_out: [
    '{unsubscribe|stop texting me|no more messages} {pls|please|}',
    '{cancel|end} {my subscription|the notifications}',
  ],
  confirm: ['{sounds good|deal|works for me|alright then}', '{yes|yep} {that works|sounds good|do it}'],
  deny: ['{no way|absolutely not|hard pass|not at all}', '{nah|nope} {im good|thanks|}'],
  thanks: [
    '{very kind|so kind|appreciate it|much appreciated}',
    '{thanks|thx|ty} {a ton|so much|for the info}',
  ],
  out_of_scope: [
    '{write|make up|compose} {a song|a poem|a joke} {for me|about cats|}',
    '{will it|is it going to} {rain|snow|be sunny} {this weekend|tomorrow|on saturday} {in town|in the city|}{?|}',
    '{tell me|say} something {funny|interesting|random}',
    '{whats|what is|calculate} {12 times 8|the square root of 81|2 plus 2}',
    '{help me|can you help} with my {homework|essay|math assignment}',
    '{how old is|who is} {the pope|the king|the president}',
  ],
};
