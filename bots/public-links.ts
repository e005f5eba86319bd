import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PublicLinks } from '../core/ports/public-links.js';

/** Ticket QR images live at a signed URL: the signature proves we issued the link for that reference. */
export const TICKET_QR_PATH = '/media/tickets';

export const signMediaPath = (secret: string, reference: string) =>
  createHmac('sha256', secret).update(`ticket-qr:${reference}`).digest('base64url').slice(0, 32);

export function verifyMediaSignature(secret: string, reference: string, signature: string): boolean {
  const expected = Buffer.from(signMediaPath(secret, reference));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function createPublicLinks(publicBaseUrl: string, secret: string): PublicLinks {
  return {
    ticketQrUrl: (reference) =>
      `${publicBaseUrl}${TICKET_QR_PATH}/${encodeURIComponent(reference)}.png?sig=${signMediaPath(secret, reference)}`,
  };
}
