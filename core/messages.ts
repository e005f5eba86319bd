/** Channel-agnostic message types. Adapters translate their wire formats to and from these. */

export type ChannelName = 'whatsapp' | 'whatsapp-web' | 'console';

interface InboundBase {
  channel: ChannelName;
  /** The provider's id for this message (Twilio MessageSid, console uuid): the dedupe key. */
  providerMessageId: string;
  /** The sender's address on the channel, e.g. an E.164 phone number. */
  from: string;
  profileName?: string;
  /** Set by channels that know which event the person is talking about (the console); others infer it. */
  eventId?: string;
  receivedAt: Date;
  /** The provider payload as received, kept for audit and debugging. */
  raw: unknown;
}

export type InboundMessage =
  | (InboundBase & { kind: 'text'; text: string })
  | (InboundBase & { kind: 'audio'; mediaUrl: string; contentType: string })
  | (InboundBase & { kind: 'image'; mediaUrl: string; contentType: string; caption?: string })
  /** A tap on a reply button or a list row; `payload` is the id we sent. */
  | (InboundBase & { kind: 'button'; payload: string; text: string })
  | (InboundBase & { kind: 'unsupported'; contentType?: string; description: string });

export interface Button {
  id: string;
  /** WhatsApp shows at most 20 characters. */
  title: string;
}

export interface ListItem extends Button {
  description?: string;
}

export type OutboundMessage =
  | { kind: 'text'; text: string }
  /** WhatsApp allows at most 3 reply buttons. */
  | { kind: 'buttons'; text: string; buttons: Button[] }
  /** WhatsApp allows at most 10 rows. */
  | { kind: 'list'; text: string; buttonText: string; items: ListItem[] }
  | { kind: 'image'; url: string; caption?: string }
  /**
   * A pre-approved template for messages outside WhatsApp's 24-hour window: `templateId` is the template's
   * name (core/template-names.ts), `language` its version to send (English when absent or not synced).
   */
  | {
      kind: 'template';
      templateId: string;
      language?: string;
      variables: Record<string, string>;
      fallbackText: string;
    };

/** Provider delivery statuses, as channels report them. */
export const DELIVERY_STATUSES = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'read',
  'undelivered',
  'failed',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Status callbacks arrive out of order; a status only ever moves forward along this rank (read beats
 * delivered beats sent). Terminal failures share delivered's rank: a late "sent" cannot undo them.
 */
export const DELIVERY_STATUS_RANK: Record<DeliveryStatus, number> = {
  queued: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  undelivered: 3,
  failed: 3,
  read: 4,
};

/** A plain-text rendering for channels (and logs) that cannot show buttons or lists. */
export function renderAsText(message: OutboundMessage): string {
  switch (message.kind) {
    case 'text':
      return message.text;
    case 'buttons':
      return [message.text, '', ...message.buttons.map((b, i) => `${i + 1}. ${b.title}`)].join('\n');
    case 'list':
      return [
        message.text,
        '',
        ...message.items.map(
          (it, i) => `${i + 1}. ${it.title}${it.description ? ` — ${it.description}` : ''}`,
        ),
      ].join('\n');
    case 'image':
      return message.caption ?? '';
    case 'template':
      return message.fallbackText;
  }
}
