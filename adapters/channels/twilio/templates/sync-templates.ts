import type twilio from 'twilio';
import type { StoredTemplate } from '../../../../core/services/templates/template-sids.js';
import {
  friendlyName,
  TEMPLATE_LANGUAGES,
  type TemplateDefinition,
  type TemplateLanguage,
} from './template.js';

export interface TemplateState {
  name: string;
  language: TemplateLanguage;
  version: number;
  friendlyName: string;
  /** The Content SID, or null when the template is not in Twilio yet. */
  sid: string | null;
  /** WhatsApp approval: `approved`, `pending`, `received`, `rejected`, `unsubmitted`… or `missing`. */
  approval: string;
  rejectionReason?: string;
  created?: boolean;
  submitted?: boolean;
}

/** The Content API request body (Twilio's own JSON names: `twilio/text`, `twilio/quick-reply`). */
function contentRequest(t: TemplateDefinition, language: TemplateLanguage) {
  const text = t.languages[language];
  const variables = Object.fromEntries(Object.entries(t.variables).map(([n, v]) => [n, v.sample]));
  const types = text.quickReplies?.length
    ? {
        'twilio/quick-reply': {
          body: text.body,
          actions: text.quickReplies.map((r) => ({ id: r.id, title: r.title })),
        },
      }
    : { 'twilio/text': { body: text.body } };
  return { friendly_name: friendlyName(t, language), language, variables, types };
}

type Client = twilio.Twilio;

async function contentsByName(client: Client): Promise<Map<string, string>> {
  const contents = await client.content.v1.contents.list({ limit: 1000 });
  return new Map(contents.map((c) => [c.friendlyName, c.sid]));
}

async function approvalOf(client: Client, sid: string) {
  const fetched = await client.content.v1.contents(sid).approvalFetch().fetch();
  const whatsapp = (fetched.whatsapp ?? {}) as { status?: string; rejection_reason?: string };
  return {
    status: whatsapp.status ?? 'unsubmitted',
    rejectionReason: whatsapp.rejection_reason || undefined,
  };
}

/**
 * Creates each template × language that Twilio does not have yet (found by friendly name, which carries the
 * version, so a run changes nothing twice) and submits each unsubmitted one for WhatsApp approval.
 */
export function syncTemplates(
  client: Client,
  templates: readonly TemplateDefinition[],
): Promise<TemplateState[]> {
  return eachTemplate(client, templates, async (t, language, found) => {
    let sid = found;
    let created = false;
    if (!sid) {
      // The SDK sends the object as the JSON body as it is; its typed request uses other (camelCase) names.
      const body = contentRequest(t, language) as unknown as Parameters<
        typeof client.content.v1.contents.create
      >[0];
      sid = (await client.content.v1.contents.create(body)).sid;
      created = true;
    }
    let approval = await approvalOf(client, sid);
    let submitted = false;
    if (approval.status === 'unsubmitted') {
      const request = { name: friendlyName(t, language), category: t.category } as Parameters<
        ReturnType<typeof client.content.v1.contents>['approvalCreate']['create']
      >[0];
      const answer = await client.content.v1.contents(sid).approvalCreate.create(request);
      approval = { status: answer.status ?? 'received', rejectionReason: undefined };
      submitted = true;
    }
    return { sid, approval, created, submitted };
  });
}

/** Each template × language as Twilio has it, without changing anything. */
export function templateStatus(
  client: Client,
  templates: readonly TemplateDefinition[],
): Promise<TemplateState[]> {
  return eachTemplate(client, templates, async (_t, _language, sid) => ({
    sid,
    approval: sid ? await approvalOf(client, sid) : { status: 'missing', rejectionReason: undefined },
  }));
}

/** Visits each template × language with the Content SID Twilio already has under its friendly name. */
async function eachTemplate(
  client: Client,
  templates: readonly TemplateDefinition[],
  visit: (
    t: TemplateDefinition,
    language: TemplateLanguage,
    sid: string | null,
  ) => Promise<{
    sid: string | null;
    approval: { status: string; rejectionReason: string | undefined };
    created?: boolean;
    submitted?: boolean;
  }>,
): Promise<TemplateState[]> {
  const existing = await contentsByName(client);
  const states: TemplateState[] = [];
  for (const t of templates)
    for (const language of TEMPLATE_LANGUAGES) {
      const name = friendlyName(t, language);
      const { sid, approval, ...changes } = await visit(t, language, existing.get(name) ?? null);
      states.push({
        name: t.name,
        language,
        version: t.version,
        friendlyName: name,
        sid,
        approval: approval.status,
        ...(approval.rejectionReason ? { rejectionReason: approval.rejectionReason } : {}),
        ...changes,
      });
    }
  return states;
}

/** The states worth storing (the ones Twilio has a Content SID for), as sends look them up. */
export function toStoredTemplates(states: readonly TemplateState[]): StoredTemplate[] {
  return states.flatMap((s) =>
    s.sid
      ? [{ name: s.name, language: s.language, version: s.version, contentSid: s.sid, approval: s.approval }]
      : [],
  );
}

/** WhatsApp approval of one Content SID (`approved`, `pending`, `rejected`…), or `missing` when Twilio has none. */
export async function approvalOfSid(
  client: Client,
  sid: string,
): Promise<{ status: string; rejectionReason?: string }> {
  try {
    const approval = await approvalOf(client, sid);
    return {
      status: approval.status,
      ...(approval.rejectionReason ? { rejectionReason: approval.rejectionReason } : {}),
    };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { status: 'missing' };
    throw error;
  }
}
