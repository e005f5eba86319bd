import type { OrganizerNote } from '../ports/organizer-chat.js';

/** The WhatsApp Web gateway's session, as organizers are told about it in the feed channel. */
export type GatewayStateForNote =
  | { state: 'connected' }
  | { state: 'qr_needed' }
  | { state: 'disconnected'; since: Date; cause: string };

export function whatsAppWebStateNote(state: GatewayStateForNote): OrganizerNote | null {
  switch (state.state) {
    case 'connected':
      return {
        text: ':large_green_circle: WhatsApp Web is connected again; waiting replies are going out now.',
      };
    case 'qr_needed':
      return {
        text: ':iphone: WhatsApp Web needs a new QR scan: run `eventos whatsapp-web login` and scan it with the event phone.',
      };
    case 'disconnected':
      return {
        text: ':red_circle: WhatsApp Web is disconnected; replies wait in the outbox and none are lost.',
        sections: [
          {
            lines: [`Since ${state.since.toISOString()}`, `Cause: ${state.cause}`, 'Retrying with backoff.'],
          },
        ],
      };
  }
}
