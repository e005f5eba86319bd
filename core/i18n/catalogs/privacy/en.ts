/** "Forget me" and "delete my face data": what is erased, asked first for everything. */
export const privacyEn = {
  'privacy.nothingDeleted': 'OK — I have not deleted anything.',
  'privacy.forgetAsk':
    'Forget me: I\'ll delete what I hold about you for {event} — {what}.\nYour tickets and orders stay (they are your entry and the organizer’s sales record); cancel them with "cancel my booking" if you want.\nThis can\'t be undone. Go ahead?',
  'privacy.yesDelete': 'Yes, delete',
  'privacy.noKeep': 'No, keep it',
  'privacy.noFaceData': "I don't hold any face data from you — there's nothing to delete.",
  'privacy.faceDeleted':
    'Done — your face template is deleted and selfie check-in is off. You can still check in with your ticket QR code ("my tickets").',
  'privacy.noFaceTemplate':
    'Done — you had no face template stored, and selfie check-in is now off. Your ticket QR code works for check-in.',
  'privacy.forgotten':
    'Done — I deleted your {what} for {event}.\nYour tickets and orders stay valid. If you write to me again, I will only know what you tell me then.',
  'privacy.forgottenNothing':
    'Done — I held nothing else about you for {event}.\nYour tickets and orders stay valid. If you write to me again, I will only know what you tell me then.',
  'privacy.what.leads': 'sponsor leads',
  'privacy.what.networking': 'networking profile, suggestions and meetings',
  'privacy.what.faces': 'face data',
  'privacy.what.profile': 'profile details',
  'privacy.what.feedback': 'session attendance and feedback',
  'privacy.what.conversation': 'conversation history',
} as const;

export type PrivacyId = keyof typeof privacyEn;
