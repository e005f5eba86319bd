import type { ChannelSender } from '../../../core/ports/channel-sender.js';
import {
  type InboundParseResult,
  parseInboundWebhook,
  parseStatusCallback,
  type StatusParseResult,
} from './parse.js';
import { createTwilioSender } from './send.js';
import type { TemplateDirectory } from './templates/template-directory.js';
import { publicWebhookUrl, type TwilioSignedRequest, verifyTwilioSignature } from './verify.js';

export type { InboundParseResult, StatusParseResult, StatusUpdate } from './parse.js';
export type { TwilioSignedRequest } from './verify.js';

/** The routes Twilio posts to; they must match the URLs configured on the WhatsApp sender. */
export const TWILIO_INBOUND_PATH = '/webhooks/twilio/whatsapp';
export const TWILIO_STATUS_PATH = '/webhooks/twilio/status';

export interface TwilioChannelConfig {
  accountSid: string;
  authToken: string;
  /** Our WhatsApp sender number as E.164. */
  from: string;
  /** The public origin Twilio reaches us at: signatures are computed over it. */
  publicBaseUrl: string;
  apiBaseUrl?: string;
  /** Template Content SIDs by name and language, as `eventos twilio templates sync` stored them. */
  templates?: TemplateDirectory;
}

export interface TwilioChannel {
  readonly name: 'whatsapp';
  verify(request: TwilioSignedRequest): boolean;
  parseInbound(params: Record<string, unknown>, receivedAt?: Date): InboundParseResult;
  parseStatus(params: Record<string, unknown>): StatusParseResult;
  readonly sender: ChannelSender;
}

/** The WhatsApp channel over Twilio: webhook verification and parsing in, REST sends out. */
export function createTwilioChannel(config: TwilioChannelConfig): TwilioChannel {
  const sender = createTwilioSender({
    accountSid: config.accountSid,
    authToken: config.authToken,
    from: config.from,
    statusCallbackUrl: publicWebhookUrl(config.publicBaseUrl, TWILIO_STATUS_PATH),
    ...(config.apiBaseUrl ? { apiBaseUrl: config.apiBaseUrl } : {}),
    ...(config.templates ? { templates: config.templates } : {}),
  });
  return {
    name: 'whatsapp',
    verify: (request) => verifyTwilioSignature(config, request),
    parseInbound: (params, receivedAt = new Date()) => parseInboundWebhook(params, receivedAt),
    parseStatus: parseStatusCallback,
    sender,
  };
}
