import { defineEntity, p } from '@mikro-orm/core';

/**
 * A WhatsApp template as Twilio's Content API has it: the code names a template (`waitlist_offer`), and
 * `eventos twilio templates sync` stores the Content SID Twilio returned for each language and version, with
 * WhatsApp's approval as last seen. Sends look the SID up here; no SID is written in code or config.
 */
const WhatsappTemplateSchema = defineEntity({
  name: 'WhatsappTemplate',
  tableName: 'whatsapp_templates',
  properties: {
    name: p.string().primary(),
    language: p.string().primary(),
    version: p.integer().primary(),
    contentSid: p.string(),
    /** `approved`, `pending`, `received`, `rejected`, `unsubmitted`… as WhatsApp last reported it. */
    approval: p.string(),
    syncedAt: p.datetime(),
  },
});

export class WhatsappTemplate extends WhatsappTemplateSchema.class {}
WhatsappTemplateSchema.setClass(WhatsappTemplate);
