/**
 * Sponsor leads: the consent question and its answers to attendees, and the WhatsApp alert, digest and
 * rating replies to a sponsor's contact (in that contact's language).
 */
export const leadsEn = {
  'leads.field.name': 'name',
  'leads.field.role': 'role',
  'leads.field.company': 'company',
  'leads.field.interests': 'interests',
  'leads.field.industry': 'industry',
  'leads.field.email': 'email address',
  'leads.field.phone': 'phone number',
  'leads.share': 'Yes, share',
  'leads.shareContact': 'Yes + contact me',
  'leads.noThanks': 'No thanks',
  'leads.openerDemo': 'Happy to set up a demo with {sponsor}.',
  'leads.openerShare': 'Happy to connect you with {sponsor}.',
  'leads.mayShare': 'May I share your {fields} with {sponsor}? Nothing else — and only if you say yes.',
  'leads.contactHint':
    'Choose "Yes + contact me" to also give them your phone number so they can get in touch.',
  'leads.changeMind': 'You can change your mind any time: say "stop sharing with {sponsor}".',
  'leads.boothWelcome': '👋 Welcome to the {sponsor} booth!',
  'leads.boothWelcomeAt': '👋 Welcome to the {sponsor} booth ({booth})!',
  'leads.stopHint': 'Say "stop sharing with {sponsor}" any time to withdraw.',
  'leads.declinedBefore':
    '{welcome} You asked me earlier not to share your details with them, so I won\'t. If you change your mind, say "share my details with {sponsor}".',
  'leads.buttonGone': "That button doesn't work any more. Tell me which sponsor you'd like to connect with.",
  'leads.wontShare': "OK — I won't share anything with {sponsor}, and I won't ask you again about them.",
  'leads.alreadySharing': "You're already sharing your {fields} with {sponsor}. {stop}",
  'leads.shared': 'Done ✅ {sponsor} now has your {fields}. {stop}',
  'leads.sharedContact': 'Done ✅ {sponsor} now has your {fields}. They may get in touch with you. {stop}',
  'leads.demoTold': "I've told {sponsor} you'd like a demo.",
  'leads.alreadyHas': '{sponsor} already has your {fields}. {stop}',
  'leads.notSharing': "I'm not sharing anything with {sponsor}, and I won't ask you about them again.",
  'leads.withdrawn':
    "Done — I've stopped sharing your details with {sponsor}. They no longer see you in their leads, and I won't ask again.",
  'leads.noSponsors': '{event} has no sponsors listed yet.',
  'leads.whichSponsor': 'Which sponsor would you like to connect with?',
  'leads.unknownSponsor': "I couldn't find that sponsor. Which sponsor would you like to connect with?",
  'leads.sponsors': 'Sponsors',
  'leads.booth': 'booth {booth}',
  'leads.about':
    "{who} is a sponsor of the event. Want me to connect you with them? I'll ask before sharing anything.",
  'leads.aboutAt':
    "{who} is a sponsor of the event. You'll find them at booth {booth}. Want me to connect you with them? I'll ask before sharing anything.",
  'leads.connectMe': 'Connect me',

  'leads.rated': 'Saved: {stars} for {name}.',
  'leads.thisLead': 'this lead',
  'leads.rateNotYours': 'Only the sponsor this lead was sent to can rate it.',
  'leads.rateGone': 'That lead is no longer available (the person may have withdrawn their consent).',
  'leads.alertHot': '🔥 Hot lead for {sponsor}: {lead}',
  'leads.alertInterests': 'Interests: {interests}',
  'leads.alertPhone': 'Phone: {phone} (agreed to be contacted)',
  'leads.alertWhy': 'Why: {reasons}',
  // Why a lead scored (core/replies/lead-why.ts); {role} and {interests} are the person's own words.
  'leads.why.role': 'role matches: {role}',
  'leads.why.interests': 'shared interests: {interests}',
  'leads.why.demo': 'asked for a demo',
  'leads.why.booth': 'visited the booth',
  'leads.why.sessions': 'attended {count, plural, one {# session} other {# sessions}} on their topics',
  'leads.alertRate': 'Rate this lead:',
  'leads.rate': 'Rate',
  'leads.digestHeader': '📬 {sponsor} — {count, plural, one {# new lead} other {# new leads}} today',
  'leads.digestLine': '{lead}{details} · score {score} · {rating} · {when}',
  'leads.notRated': 'not rated',
  'leads.temperature': '{temperature, select, hot {hot} warm {warm} other {cold}}',
} as const;

export type LeadsId = keyof typeof leadsEn;
