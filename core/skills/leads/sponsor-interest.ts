import { mentionsBooth } from '../../catalog/booth-code.js';
import type { Locale } from '../../i18n/locale.js';
import { translator } from '../../i18n/translate.js';
import type { ListItem, OutboundMessage } from '../../messages.js';
import {
  boothWelcome,
  consentQuestion,
  describeFields,
  LEAD_ACTIONS,
  stopHint,
} from '../../replies/lead-replies.js';
import type { FollowUp, Skill, SkillContext, SkillResult } from '../../router/skill.js';
import { findSponsor, listSponsors, type SponsorInfo } from '../../services/leads/find-sponsor.js';
import {
  declineConsent,
  fieldsToShare,
  findConsent,
  giveConsent,
  markAlertPending,
  withdrawConsent,
} from '../../services/leads/lead-consent.js';
import { readLeadSharing } from '../../services/leads/lead-sharing-setting.js';
import { type ActivityKind, recordActivity } from '../../services/leads/record-activity.js';
import { refreshLeadScore } from '../../services/leads/refresh-lead-score.js';
import { buttonTitle } from '../waitlist/waitlist-replies.js';

/** "stop sharing with Acme", "withdraw my consent", "don't share my details with Finlytics". */
// \x27 is the apostrophe of "don't" (written so, the catalog test's literal scanner is not misled).
const STOP_WORDS = /\b(stop|withdraw|revoke|unshare|no longer|don\x27?t|do not|never|remove|delete)\b/i;
const SHARING_WORDS = /\b(shar\w*|consent|details|contact|data|info\w*|lead)\b/i;
const DEMO_WORDS = /\b(demo|demos|trial|walkthrough|walk-through|show me)\b/i;
/** Wanting to hear from the sponsor, as opposed to asking what it is ("what does DataForge do?"). */
const CONTACT_WORDS =
  /\b(share|send|pass|give|contact|touch|reach|call|email|connect|meet|talk|interested|learn|hear|follow up|quote|pricing)\b/i;

/**
 * A person shows interest in a sponsor: a booth code (typed or from the booth's QR deep link), "I'd like a
 * demo from Acme", "share my details with Finlytics". The activity is recorded, then the bot names the
 * sponsor and exactly which fields it would share, and asks. A lead exists only on yes; a no is remembered
 * and never asked again for that sponsor (unless the person asks to share after all); consent can be withdrawn.
 */
export const sponsorInterest: Skill = async (ctx) => {
  const code = ctx.understood.slots.sponsor;
  const sponsor = code ? await findSponsor(ctx.em, ctx.event.id, code) : null;
  if (!sponsor) return askWhichSponsor(ctx, Boolean(code));

  // Answering our yes/no question ("yes" typed rather than tapped).
  if (ctx.confirmation !== undefined) return decide(ctx, sponsor, ctx.confirmation ? 'yes' : 'no');
  if (STOP_WORDS.test(ctx.text) && SHARING_WORDS.test(ctx.text)) return stopSharing(ctx, sponsor);

  const atBooth = mentionsBooth(ctx.text, { id: sponsor.code, booth: sponsor.booth });
  // A question about the sponsor gets an answer and an offer, not a consent question.
  if (!atBooth && !DEMO_WORDS.test(ctx.text) && !CONTACT_WORDS.test(ctx.text))
    return aboutSponsor(sponsor, ctx.locale);
  const why: ActivityKind = atBooth
    ? 'booth_visit'
    : DEMO_WORDS.test(ctx.text)
      ? 'demo_request'
      : 'share_details';
  await recordActivity(ctx.em, { sponsorId: sponsor.id, contactId: ctx.contact.id, kind: why, at: ctx.now });
  const existing = await findConsent(ctx.em, sponsor.id, ctx.contact.id);
  if (existing?.consent === 'given')
    return alreadySharing(ctx, sponsor, why, existing.sharedFields, existing.id);
  // "No" is remembered: a booth scan does not ask again; asking to share or for a demo is a change of mind.
  if (existing?.consent === 'declined' && why === 'booth_visit') {
    return say(
      translator(ctx.locale)('leads.declinedBefore', {
        welcome: boothWelcome(sponsor.name, ctx.locale, sponsor.booth),
        sponsor: sponsor.name,
      }),
    );
  }
  return ask(ctx, sponsor, why);
};

/** The list of sponsors to choose from (`act:lead-ask:<code>` asks for consent). */
export const askForSponsor: Skill = async (ctx) => {
  const sponsor = await findSponsor(ctx.em, ctx.event.id, ctx.action?.arg ?? '');
  if (!sponsor) return askWhichSponsor(ctx, true);
  const existing = await findConsent(ctx.em, sponsor.id, ctx.contact.id);
  if (existing?.consent === 'given')
    return alreadySharing(ctx, sponsor, 'share_details', existing.sharedFields, existing.id);
  await recordActivity(ctx.em, {
    sponsorId: sponsor.id,
    contactId: ctx.contact.id,
    kind: 'share_details',
    at: ctx.now,
  });
  return ask(ctx, sponsor, 'share_details');
};

/** The consent buttons: `act:lead-consent:<sponsor code>:<yes|contact|no>`. */
export const leadConsentAction: Skill = async (ctx) => {
  const [code = '', choice = ''] = (ctx.action?.arg ?? '').split(':');
  const sponsor = await findSponsor(ctx.em, ctx.event.id, code);
  if (!sponsor || !['yes', 'contact', 'no'].includes(choice))
    return say(translator(ctx.locale)('leads.buttonGone'));
  return decide(ctx, sponsor, choice as 'yes' | 'contact' | 'no');
};

async function decide(
  ctx: SkillContext,
  sponsor: SponsorInfo,
  choice: 'yes' | 'contact' | 'no',
): Promise<SkillResult> {
  const { locale } = ctx;
  const t = translator(locale);
  if (choice === 'no') {
    const outcome = await declineConsent(ctx.em, { sponsor, contactId: ctx.contact.id, now: ctx.now });
    if (outcome === 'withdrawn') return withdrawn(sponsor, locale);
    return say(t('leads.wontShare', { sponsor: sponsor.name }));
  }
  // "Yes + contact me" from an older question counts as a plain yes once the organizer turned the option off.
  const contactOk =
    choice === 'contact' && ((await readLeadSharing(ctx.em, ctx.event.id))?.offerContact ?? true);
  const result = await giveConsent(ctx.em, {
    sponsor,
    contactId: ctx.contact.id,
    attendeeId: ctx.attendee?.id ?? null,
    contactOk,
    now: ctx.now,
  });
  if (result.outcome === 'already') {
    return say(
      t('leads.alreadySharing', {
        fields: describeFields(result.sharedFields, locale),
        sponsor: sponsor.name,
        stop: stopHint(sponsor.name, locale),
      }),
    );
  }
  return {
    replies: [
      {
        kind: 'text',
        text: t(contactOk ? 'leads.sharedContact' : 'leads.shared', {
          sponsor: sponsor.name,
          fields: describeFields(result.sharedFields, locale),
          stop: stopHint(sponsor.name, locale),
        }),
      },
    ],
    ...(result.alert ? { followUps: [{ kind: 'lead-alert', leadId: result.leadId }] } : {}),
  };
}

async function ask(ctx: SkillContext, sponsor: SponsorInfo, why: ActivityKind): Promise<SkillResult> {
  const setting = await readLeadSharing(ctx.em, ctx.event.id);
  const offerContact = setting?.offerContact ?? true;
  const fields = await fieldsToShare(ctx.em, ctx.event.id, false);
  return {
    replies: [
      consentQuestion({
        sponsorName: sponsor.name,
        sponsorCode: sponsor.code,
        booth: sponsor.booth,
        why: why === 'session_attended' ? 'share_details' : why,
        fields,
        offerContact,
        locale: ctx.locale,
      }),
    ],
    pending: {
      intent: 'sponsor_interest',
      slots: { sponsor: sponsor.code },
      awaiting: 'confirm',
      askedAt: ctx.now.toISOString(),
    },
  };
}

/** They already said yes: new engagement (a booth visit, a demo request) may make the lead hot now. */
async function alreadySharing(
  ctx: SkillContext,
  sponsor: SponsorInfo,
  why: ActivityKind,
  fields: string[],
  leadId: string,
): Promise<SkillResult> {
  const { temperature } = await refreshLeadScore(ctx.em, { id: leadId, contactId: ctx.contact.id, sponsor });
  const alert = temperature === 'hot' && (await markAlertPending(ctx.em, leadId));
  const followUps: FollowUp[] = alert ? [{ kind: 'lead-alert', leadId }] : [];
  const { locale } = ctx;
  const t = translator(locale);
  const opener =
    why === 'booth_visit'
      ? boothWelcome(sponsor.name, locale, sponsor.booth)
      : why === 'demo_request'
        ? t('leads.demoTold', { sponsor: sponsor.name })
        : '';
  const text = [
    opener,
    t('leads.alreadyHas', {
      sponsor: sponsor.name,
      fields: describeFields(fields, locale),
      stop: stopHint(sponsor.name, locale),
    }),
  ]
    .filter(Boolean)
    .join(' ');
  return { replies: [{ kind: 'text', text }], ...(followUps.length ? { followUps } : {}) };
}

async function stopSharing(ctx: SkillContext, sponsor: SponsorInfo): Promise<SkillResult> {
  const result = await withdrawConsent(ctx.em, { sponsor, contactId: ctx.contact.id, now: ctx.now });
  if (result.withdrawn) return withdrawn(sponsor, ctx.locale, result.redact ? result.leadId : null);
  // Never shared: remember the no, so nobody asks again.
  await declineConsent(ctx.em, { sponsor, contactId: ctx.contact.id, now: ctx.now });
  return say(translator(ctx.locale)('leads.notSharing', { sponsor: sponsor.name }));
}

function withdrawn(sponsor: SponsorInfo, locale: Locale, leadId?: string | null): SkillResult {
  return {
    replies: [{ kind: 'text', text: translator(locale)('leads.withdrawn', { sponsor: sponsor.name }) }],
    ...(leadId ? { followUps: [{ kind: 'lead-withdrawn', leadId }] } : {}),
  };
}

async function askWhichSponsor(ctx: SkillContext, unknown: boolean): Promise<SkillResult> {
  const sponsors = await listSponsors(ctx.em, ctx.event.id);
  const t = translator(ctx.locale);
  if (sponsors.length === 0) return say(t('leads.noSponsors', { event: ctx.event.name }));
  const text = t(unknown ? 'leads.unknownSponsor' : 'leads.whichSponsor');
  const choices = sponsors.map((s) => ({
    id: `act:${LEAD_ACTIONS.ask}:${s.code}`,
    title: buttonTitle(s.name),
  }));
  const message: OutboundMessage =
    choices.length <= 3
      ? { kind: 'buttons', text, buttons: choices }
      : {
          kind: 'list',
          text,
          buttonText: t('leads.sponsors'),
          items: choices.slice(0, 10).map(
            (c, i): ListItem => ({
              ...c,
              description: sponsors[i]?.booth ? t('leads.booth', { booth: sponsors[i]!.booth }) : '',
            }),
          ),
        };
  return { replies: [message] };
}

function aboutSponsor(sponsor: SponsorInfo, locale: Locale): SkillResult {
  const t = translator(locale);
  const who = sponsor.industry ? `${sponsor.name} (${sponsor.industry})` : sponsor.name;
  return {
    replies: [
      {
        kind: 'buttons',
        text: sponsor.booth ? t('leads.aboutAt', { who, booth: sponsor.booth }) : t('leads.about', { who }),
        buttons: [{ id: `act:${LEAD_ACTIONS.ask}:${sponsor.code}`, title: t('leads.connectMe') }],
      },
    ],
  };
}

const say = (text: string): SkillResult => ({ replies: [{ kind: 'text', text }] });
