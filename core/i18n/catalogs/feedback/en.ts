/**
 * Session attendance, session feedback and CSAT, in English (issue 21). Spread into ../en.ts; pt.ts and es.ts
 * here have the same ids. `{room}` is the room in parentheses with a leading space, or empty.
 */
export const feedbackEn = {
  'attendance.recorded':
    "Welcome to *{title}*{room} ✅ I've noted that you're here. When it ends I'll ask you how it was.",
  'attendance.already': "You're already noted at *{title}* — enjoy the session!",
  'attendance.notStarted':
    "*{title}* starts at {time}, {day}{room}. Scan the code at the door again when you're there.",
  'attendance.ended': "*{title}* already ended ({time}, {day}), so I can't note you as there now.",
  'attendance.unknownCode':
    'I don\'t recognise that session code. Which talk are you at? Tell me its title, e.g. "I\'m at the keynote".',

  // List rows: at most 24 characters.
  'feedback.rating.1': '1 – Poor',
  'feedback.rating.2': '2 – Fair',
  'feedback.rating.3': '3 – Good',
  'feedback.rating.4': '4 – Very good',
  'feedback.rating.5': '5 – Excellent',
  'feedback.rating.button': 'Rate it',
  'feedback.rating.question': 'How was *{title}*? Rate it from 1 to 5 (5 = excellent).',
  'feedback.rating.again': 'Please pick a number from 1 to 5 for *{title}* (1 = poor, 5 = excellent).',
  'feedback.comment.question':
    'Thank you! Anything you would like to add? Type a short comment, or tap Skip.',
  'feedback.comment.skip': 'Skip',
  'feedback.alreadyRated': 'You already rated *{title}* {rating}/5 — thanks, it counts once.',
  'feedback.comment.saved': 'Thanks — your comment has been passed on to the organizers.',
  'feedback.comment.skipped': 'No problem — thanks for rating!',
  'feedback.comment.tooLong':
    'That comment is a bit long for me — could you keep it under {max} characters? Or tap Skip.',
  'feedback.closed': 'That feedback request has already been answered or has lapsed — thank you!',

  'csat.question': 'Did we solve it?',
  'csat.yes': '👍 Yes',
  'csat.no': '👎 No',
  'csat.thanks.up': 'Great — thanks for letting us know! 🙌',
  'csat.thanks.down':
    'Sorry we didn\'t get it right. Thanks for telling us — the team will look at it. Say "talk to a human" any time.',
  'csat.already': 'Thanks — we already have your answer to that one.',
} as const;

export type FeedbackMessageId = keyof typeof feedbackEn;
