/**
 * A session's attendance code, printed at the room door as a QR code — like a sponsor's booth code
 * (booth-code.ts), a WhatsApp deep link `https://wa.me/<our number>?text=HERE-S-PGVECTOR`, so the code
 * arrives as the message text. `HERE-` keeps it apart from booth codes and ticket references.
 */
export function sessionAttendanceCode(session: { code: string }): string {
  return `HERE-${session.code.replace(/[^A-Za-z0-9]+/g, '-').toUpperCase()}`;
}

/** The code part of a scanned or typed attendance code ("HERE-S-PGVECTOR", "here s pgvector"), else null. */
export function readAttendanceCode(text: string): string | null {
  const match = /^\s*here[\s_-]+([a-z0-9][a-z0-9\s_-]{0,80}?)\s*[.!]?\s*$/i.exec(text);
  return match?.[1] ? match[1].replace(/[\s_]+/g, '-').toUpperCase() : null;
}

/** Whether a session's code is the one read from a message (both compared in their printed form). */
export const isCodeOf = (session: { code: string }, read: string) =>
  sessionAttendanceCode(session) === `HERE-${read.replace(/-+/g, '-')}`;

/** `https://wa.me/15550100000?text=HERE-S-PGVECTOR`: wa.me wants the number in digits only. */
export function whatsappLink(number: string, text: string): string {
  return `https://wa.me/${number.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;
}
