/**
 * The part of whatsapp-web.js's `Client` this adapter uses, typed on its own. whatsapp-web.js does not call an
 * HTTP API: it drives a real WhatsApp Web page in Chromium through puppeteer, so there is no wire to fake with
 * a local server. Tests inject an object with this surface instead (tests/contracts/fake-whatsapp-web-client.ts);
 * production passes the library's `Client`, which satisfies it structurally (checked in index.ts).
 */
export interface WebMessageId {
  /** e.g. `false_15550100101@c.us_3EB0…`: unique per message, the dedupe key like Twilio's MessageSid. */
  _serialized: string;
}

/** Media as the library hands it over: base64 data and its MIME type. */
export interface WebMedia {
  mimetype: string;
  data: string;
  filename?: string | null;
  filesize?: number | null;
}

export interface WebContact {
  /** The phone number without `+`, when WhatsApp shares it (not for every `@lid` sender). */
  number?: string | null;
  pushname?: string;
}

/** An inbound message (`message` event) — the fields of whatsapp-web.js's `Message` we read. */
export interface WebMessage {
  id: WebMessageId;
  /** The chat id: `15550100101@c.us` for a person, `…@g.us` for a group, `…@lid` for a hidden number. */
  from: string;
  fromMe: boolean;
  isStatus?: boolean;
  body: string;
  /** `chat`, `ptt`, `audio`, `image`, `location`, `vcard`, `multi_vcard`, `video`, `sticker`, `document`… */
  type: string;
  hasMedia: boolean;
  /** Seconds since the epoch. */
  timestamp: number;
  /** The sender's WhatsApp profile name. */
  _data?: { notifyName?: string };
  downloadMedia(): Promise<WebMedia | undefined>;
  getContact?(): Promise<WebContact>;
}

/** A sent message as `sendMessage` resolves it. */
export interface WebSentMessage {
  id: WebMessageId;
}

/** A message of a chat's history (`Chat.fetchMessages`): what we compare to find a send cut off by a crash. */
export interface WebHistoryMessage {
  id: WebMessageId;
  fromMe: boolean;
  body: string;
  /** `chat` for text, `image` for a photo (whose caption is `body`). */
  type: string;
  /** Seconds since the epoch. */
  timestamp: number;
}

export interface WebChat {
  fetchMessages(options: { limit?: number; fromMe?: boolean }): Promise<WebHistoryMessage[]>;
}

/** Client events we listen to, with their payloads as the library emits them. */
export interface WebClientEvents {
  qr: [qr: string];
  ready: [];
  authenticated: [];
  auth_failure: [message: string];
  message: [message: WebMessage];
  message_ack: [message: { id: WebMessageId }, ack: number];
  disconnected: [reason: string];
}

export interface WebClient {
  on<E extends keyof WebClientEvents>(event: E, listener: (...args: WebClientEvents[E]) => void): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  /** `content` is text or a `MessageMedia`; `caption` goes with media. */
  sendMessage(
    chatId: string,
    content: string | WebMedia,
    options?: { caption?: string },
  ): Promise<WebSentMessage>;
  getChatById(chatId: string): Promise<WebChat>;
}
