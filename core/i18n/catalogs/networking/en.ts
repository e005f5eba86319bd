/**
 * Networking: matchmaking, meeting requests and answers, my meetings, the profile — and the proactive
 * meeting messages (invitation, reminder, updates) sent in the recipient's language. Slots come formatted.
 */
export const networkingEn = {
  'net.needsAttendee':
    'Matchmaking and meetings are for attendees of {event}. Once you have a ticket, say "who should I meet?".',
  'net.noSlotBoth': "{intro} I couldn't find a free slot for you both during networking hours, sorry.",
  'net.pickTime': "{intro} Pick a time and I'll send the request:",
  'net.pickTimeOn': "{intro} Pick a time on {day} and I'll send the request:",
  'net.requested':
    "📨 I've asked {name} to meet you on {slot}. I'll let you know when {first} answers (if there's no answer by {deadline}, the request lapses).",
  'net.chooseTime': 'When would you like to meet {first}?',
  'net.busy':
    "That time doesn't work: one of you already has a meeting or request then, or every table is taken.",
  'net.outsideHours': "That's outside the networking hours.",
  'net.timePassed': 'That time has already passed.',
  'net.alreadyPending':
    'There\'s already a pending meeting request between you and {name} ({slot}). Say "my meetings" to see it.',
  'net.self': "That's you! Who else would you like to meet?",
  'net.notFoundTry': "I couldn't find that person among the attendees of {event}. Try their full name?",
  'net.notFound': "I couldn't find that person among the attendees of {event}.",
  'net.whoToMeet':
    'Who would you like to meet? Tell me their name (or say "who should I meet?" for suggestions).',
  'net.choiceGone': "That choice doesn't work any more.",

  'net.noSuggestions':
    "I don't have anyone to suggest right now. Tell me about yourself — e.g. \"I'm a CTO into Kubernetes and Postgres, looking to hire\" — and I'll find people worth meeting.",
  'net.meet': 'Meet {name}',
  'net.notInterestedIn': 'Not interested: {name}',
  'net.worthMeeting':
    "People worth meeting at {event}:\n\n{lines}\n\nAsk one of them for a meeting, or tell me who you're not interested in:",
  'net.choose': 'Choose',
  'net.suggestionGone': 'That suggestion is no longer available. Say "who should I meet?" for fresh ones.',
  'net.suggestionGoneShort': 'That suggestion is no longer available.',
  'net.wontSuggest': "OK, I won't suggest {name} again.",

  'net.lapsed': 'This request from {name} has lapsed. You can still ask to meet them: say "meet {first}".',
  'net.alreadyAccepted': 'This request is already accepted — say "my meetings" to see it.',
  'net.alreadyClosed':
    'This request is already {status, select, declined {declined} cancelled {cancelled} expired {expired} pending {pending} other {closed}}.',
  'net.requestGone': 'I can\'t find that meeting request any more. Say "my meetings" to see yours.',
  'net.booked': "✅ Booked: {name}, {slot} at {location}. I'll remind you both 10 minutes before.",
  'net.slotFilled': 'That slot has just filled up (you, {first} or every table is booked then).',
  'net.noSlotLeft': "{intro} There's no free slot left for you both, sorry.",
  'net.pickAnother': '{intro} Pick another time to propose to {first}:',
  'net.pickAnotherOn': '{intro} Pick another time on {day} to propose to {first}:',
  'net.declined': "OK, I've told {first} you can't make it.",
  'net.noOtherSlot': 'There is no other slot free for you both, sorry.',
  'net.whichTime': "Which time suits you? I'll propose it to {first}:",
  'net.whichTimeOn': "Which time on {day} suits you? I'll propose it to {first}:",

  'net.meetingGone': "I can't find that meeting any more.",
  'net.tooEarly': "That meeting hasn't started yet — ask me again afterwards.",
  'net.bothMet': 'Great — you and {first} both confirmed you met. 🤝',
  'net.metNoted': "Great, noted! I'll record it once {first} confirms too.",
  'net.noShow': "Sorry {first} didn't make it — I've noted it.",
  'net.otherSuggestions': 'Other suggestions',
  'net.findSomeoneElse': '{sorry} Shall I find someone else?',
  'net.standby': '{sorry} Standby: {name} is free at {slot} — {reason}. Shall I ask?',
  'net.ask': 'Ask {first}',

  // Why someone is suggested (core/services/networking/match-reason-words.ts): {name} is their first name;
  // {words}, {topic}, {talk}, {interest}, {interests} and {role} are people's own words, never translated.
  'net.reason.wants': '{name} wants to {words}',
  'net.reason.into': '{name} is into {words}',
  'net.reason.theyAre':
    '{name} {goal, select, investing {invests in startups} raising {is raising funds} hiring {is hiring} job_seeking {is looking for a job} selling {is looking for customers} buying {is looking for vendors} other {is looking to meet people}}',
  'net.reason.learnTalk': 'you want to learn about {topic} and {name} speaks on “{talk}”',
  'net.reason.learnInterest': 'you want to learn about {topic} and {name} works on {interest}',
  'net.reason.learnRole': 'you want to learn about {topic} and {name} is {role}',
  'net.reason.meet': 'you want to meet {topic}: {name} is {role}',
  'net.reason.shared': 'you both work on {interests}',
  'net.reason.similar': '{name} is {role}, with a profile close to yours',
  'net.reason.met': 'met at the event',
  'net.reason.roleAt': '{role} at {company}',
  'net.reason.here': 'here',

  'net.linePendingMine': '• {when} with {who} — waiting for their answer',
  'net.linePendingTheirs': '• {when} with {who} — waiting for yours',
  'net.line': '• {when} with {who}',
  'net.lineAt': '• {when} with {who} at {location}',
  'net.met': ' — met ✓',
  'net.didntHappen': " — didn't happen",
  'net.noMeetings': 'You have no meetings yet. Want some suggestions of people to meet?',
  'net.whoShouldIMeet': 'Who should I meet?',
  'net.upcoming': '*Upcoming*',
  'net.noUpcoming': 'No upcoming meetings.',
  'net.pastHeading': '*Past*',
  'net.noneToCancel': 'You have no upcoming meetings to cancel.',
  'net.cancelWho': 'Cancel {first}',
  'net.cancelConfirm': "Cancel your meeting with {name} ({when})? I'll let {first} know.",
  'net.yesCancel': 'Yes, cancel it',
  'net.keepIt': 'Keep it',
  'net.whichCancel': 'Which meeting should I cancel?',
  'net.meetings': 'Meetings',
  'net.cancelled': "Cancelled. I've let {first} know.",
  'net.meetingAlready':
    'That meeting is already {status, select, declined {declined} cancelled {cancelled} expired {expired} accepted {accepted} other {closed}}.',
  'net.meetingNotFound': 'I can\'t find that meeting. Say "my meetings" to see yours.',

  'net.tellMe':
    'Tell me about yourself and who you\'d like to meet — e.g. "I\'m a CTO into Kubernetes and Postgres, looking to hire". You can also say "hide my profile".',
  'net.role': 'role: {value}',
  'net.company': 'company: {value}',
  'net.interests': 'interests: {value}',
  'net.goals': 'looking to: {value}',
  'net.hidden': 'Your profile is hidden: I won\'t suggest you to anyone (say "show my profile" to undo).',
  'net.visible': 'Your profile is visible again for matchmaking.',
  'net.noted': "Got it — I've noted {items}.",

  'meeting.invite': '👋 {name} would like to meet you: {slot}.',
  'meeting.inviteRole': '👋 {name} ({role}) would like to meet you: {slot}.',
  'meeting.why': 'Why: {reason}.',
  'meeting.attendee': 'attendee',
  'meeting.accept': 'Accept',
  'meeting.decline': 'Decline',
  'meeting.otherTime': 'Suggest another time',
  'meeting.metYes': 'Yes, we met',
  'meeting.metNo': "No, we didn't",
  'meeting.findOthers': 'Find others',
  'meeting.declined': "{who} can't make it at {slot}. Shall I suggest other people to meet?",
  'meeting.lapsed':
    "{who} didn't answer your meeting request for {slot} in time, so I've withdrawn it. Shall I suggest other people?",
  'meeting.reminder': '⏰ In 10 minutes: your meeting with {other} at {location}, {slot}.',
  'meeting.reminderRole': '⏰ In 10 minutes: your meeting with {other} ({role}) at {location}, {slot}.',
  'meeting.didYouMeet': 'Did you meet {other} ({slot})?',
  'meeting.accepted': "✅ {name} accepted: {slot} at {location}. I'll remind you 10 minutes before.",
  'meeting.requestLapsed':
    '{name}\'s meeting request for {slot} lapsed without an answer. You can still ask to meet them: say "meet {first}".',
  'meeting.erased':
    '{first} is no longer available, so your meeting for {slot} is cancelled. Shall I suggest other people?',
  'meeting.erasedAt':
    '{first} is no longer available, so your meeting for {slot} at {location} is cancelled. Shall I suggest other people?',
  'meeting.cancelledBy':
    '{first} cancelled {pending, select, yes {the meeting request} other {your meeting}} for {slot}. Sorry! Shall I suggest other people?',
  'meeting.cancelledByAt':
    '{first} cancelled {pending, select, yes {the meeting request} other {your meeting}} for {slot} at {location}. Sorry! Shall I suggest other people?',
  'meeting.insteadOf': 'instead of {slot}',
  'meeting.someone': 'Someone',
  'meeting.meetingPoint': 'the meeting point',
} as const;

export type NetworkingId = keyof typeof networkingEn;
