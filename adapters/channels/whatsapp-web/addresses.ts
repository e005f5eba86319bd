/**
 * WhatsApp Web addresses people by chat id (`15550100101@c.us`); the rest of the product uses E.164. Groups
 * (`@g.us`), channels (`@newsletter`), status updates (`status@broadcast`) and hidden numbers (`@lid`) have
 * no phone number in the id.
 */
export function chatIdToE164(chatId: string): string | undefined {
  const match = /^(\d{7,15})@c\.us$/.exec(chatId);
  return match ? normalizeNumber(match[1]) : undefined;
}

/** A bare number (`15550100101`, as `Contact.number` gives it) as E.164, or undefined. */
export function normalizeNumber(number: string | null | undefined): string | undefined {
  const digits = number?.replace(/^\+/, '');
  return digits && /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : undefined;
}

/** The chat id a reply goes to. */
export function e164ToChatId(phone: string): string {
  return `${phone.replace(/^\+/, '')}@c.us`;
}

/** Only one-to-one chats are conversations with an attendee; the rest is never answered. */
export function isPersonalChat(chatId: string): boolean {
  return chatId.endsWith('@c.us') || chatId.endsWith('@lid');
}
