/** Public URLs the bot can put in messages; the server signs and serves them (bots/media-routes.ts). */
export interface PublicLinks {
  /** A PNG of the ticket's QR code, reachable by the channel provider (Twilio fetches media by URL). */
  ticketQrUrl(reference: string): string;
}
