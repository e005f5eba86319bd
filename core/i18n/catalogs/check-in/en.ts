/** Selfie check-in: consent, enrolment, the welcome, and what is wrong with a photo. Days come formatted. */
export const checkInEn = {
  'checkin.button': 'Selfie check-in',
  'checkin.consent':
    'Selfie check-in for {event}: at the venue you send me a selfie and I check you in — no queue for the QR scanner.\n• What I keep: a face template (128 numbers computed from your selfie), encrypted. Not the photo: it is read once and discarded.\n• Why: only to check you in at {event}. It is never shared.\n• Until when: it is deleted automatically on {day} (after the event), or at once when you say "delete my face data".\nDo you agree? If not, your ticket QR code works just as well.',
  'checkin.agree': 'Yes, I agree',
  'checkin.qrOnly': 'No, QR only',
  'checkin.enrolPrompt':
    'Thanks! Now send me a selfie: just you, facing the camera, in good light, face not cut off. I keep only the encrypted face template, never the photo.',
  'checkin.enrolledNow':
    "You're enrolled ✅ Your photo is already discarded. When you're at the entrance, send me another selfie to check in.",
  'checkin.enrolledLater':
    "You're enrolled ✅ Your photo is already discarded. On {day} at {venue}, send me a selfie here and I'll check you in.",
  'checkin.readyNow': "You're enrolled — send me a selfie now and I'll check you in.",
  'checkin.readyLater': "You're all set for selfie check-in. On {day} at {venue}, send me a selfie here.",
  'checkin.notOpen':
    "Check-in opens on {day} (event time). Your selfie wasn't used for anything — send one again when you're at the venue.",
  'checkin.closed':
    "Check-in for this event is closed — the event is over. Your selfie wasn't used for anything.",
  'checkin.badgeDesk': 'Pick up your badge at the registration desk at {venue}.',
  'checkin.welcome': "✅ Welcome to {event}, {holder}! You're checked in (ticket {reference}).\n🪪 {badge}",
  'checkin.moreTickets':
    'You have {more} more {more, plural, one {ticket} other {tickets}} on this number: your guests check in with their QR codes.',
  'checkin.already': "You're already checked in — since {when}. Enjoy the event! 🎉",
  'checkin.sinceToday': '{time} today',
  'checkin.sinceDay': '{time} on {day}',
  'checkin.noTicket': "I can't find a ticket for {event} on this number, so there's nothing to check in yet.",
  'checkin.photoWithoutConsent':
    "Thanks for the photo! I haven't looked at it: I only read faces for selfie check-in, and only after you agree to it. What would you like to do?",
  'checkin.myQr': 'My QR code',
  'checkin.somethingElse': 'Something else',
  'checkin.photoAfterNo':
    "Thanks for the photo! You chose QR check-in, so I didn't look at it. Here is your ticket:",
  'checkin.qrOnlyReminder':
    'You chose QR check-in: show this code at the entrance (or tell staff the reference).',
  'checkin.qrOnlyAfterNo':
    'No problem — no selfie needed. You chose QR check-in: show this code at the entrance (or tell staff the reference).',
  'checkin.useSelfie': 'Use a selfie instead',
  'checkin.problem.noFace':
    "I couldn't find a face in that photo. Please send a selfie: face the camera, good light, face fully in the picture.",
  'checkin.problem.twoFaces':
    'I can see more than one face in that photo. Please send a selfie with only you in it — each guest checks in on their own.',
  'checkin.problem.tooSmall':
    'Your face is too small in that photo. Please hold the phone closer, so your face fills a good part of the picture.',
  'checkin.problem.blurry':
    'That photo is too blurry for me. Please hold still, wipe the lens and try again in good light.',
  'checkin.unreadable.notAnImage':
    "I couldn't open that as a photo (the file seems damaged or isn't a picture). Please send a selfie taken with your camera.",
  'checkin.unreadable.tooBig':
    "That file is too big for me (16 MB at most). Please send a normal selfie from your phone's camera.",
  'checkin.unreadable.downloadFailed':
    "I couldn't download that photo. Could you send it again? Your ticket QR code works too.",
  'checkin.sendAgain': "I didn't get to read that photo — could you send your selfie once more?",
  'checkin.retry':
    "Hmm, that selfie doesn't match your enrolment closely enough. Let's try once more: face the camera straight on, good light, no sunglasses or mask.",
  'checkin.qrFallback':
    "Sorry, I still can't confirm it's you from the selfie, so let's use your ticket instead: show this QR code at the entrance.",
  'checkin.enrolmentUnusable':
    'I can\'t use your face enrolment any more, so please check in with your ticket QR code (below). You can enrol again with "selfie check-in".',
} as const;

export type CheckInId = keyof typeof checkInEn;
