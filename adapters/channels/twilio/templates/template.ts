/**
 * A WhatsApp template as code: what Twilio's Content API needs to create it (body and quick replies per
 * language, numbered variables with sample values) and WhatsApp's approval category. The code names a
 * template by `name`; its Content SID comes from Twilio (`eventos twilio templates sync`), never from here.
 */
export type TemplateLanguage = 'en' | 'pt' | 'es';
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['en', 'pt', 'es'];

export interface QuickReply {
  /** What Twilio posts back as ButtonPayload; may hold variables, e.g. `act:claim-offer:{{7}}`. */
  id: string;
  title: string;
}

export interface TemplateText {
  body: string;
  quickReplies?: QuickReply[];
}

export interface TemplateDefinition {
  /** The name the code and the config use, e.g. `waitlist_offer`. */
  name: string;
  /** Bumped when the wording changes: WhatsApp approves each text once, so a new text is a new template. */
  version: number;
  category: 'UTILITY' | 'MARKETING';
  /** Variable number → what it holds and a sample value (Twilio needs samples to submit for approval). */
  variables: Record<string, { means: string; sample: string }>;
  languages: Record<TemplateLanguage, TemplateText>;
}

/** The Content API's friendly name: unique per template, version and language, so sync can find it again. */
export const friendlyName = (t: TemplateDefinition, language: TemplateLanguage) =>
  `eventos_${t.name}_v${t.version}_${language}`;

export const defineTemplate = (t: TemplateDefinition) => t;
