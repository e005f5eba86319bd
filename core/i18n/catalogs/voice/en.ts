/**
 * Voice notes (core/pipeline/voice-input.ts): what was heard, the read-back question and its buttons, and why a
 * note could not be used. Spread into ../en.ts; pt.ts and es.ts here are typed from this one.
 */
export const voiceEn = {
  'voice.heard': '🎤 I heard: “{text}”',
  'voice.unsure': "🎤 I heard: “{text}” — but I'm not sure I got it right. Shall I go ahead with that?",
  // WhatsApp buttons: at most 20 characters.
  'voice.yes': 'Yes, go ahead',
  'voice.no': "No, that's wrong",
  'voice.sayAgain': 'Sorry about that! Please say it again, or type it.',
  'voice.unclear': "I couldn't make that out — could you type it or try again?",
  'voice.silence':
    "Your voice note seems to be silent — I couldn't hear anything. Could you try again, or type it?",
  'voice.corrupt':
    "I couldn't open that voice note (the file seems damaged). Could you send it again, or type it?",
  'voice.unsupported':
    "I can't play that audio format. Could you record a WhatsApp voice note instead, or type it?",
  'voice.tooLong': 'That voice note is too long for me — please keep it under 2 minutes, or type it.',
  'voice.tooBig':
    'That audio file is too big for me (16 MB at most). Could you send a short voice note, or type it?',
  'voice.downloadFailed': "I couldn't download that voice note. Could you send it again, or type it?",
  // Offline recognition is English only: a Portuguese or Spanish speaker is asked to type (in their language).
  'voice.language': 'I can only understand voice notes in English for now. Could you type it, please?',
} as const;

export type VoiceMessageId = keyof typeof voiceEn;
