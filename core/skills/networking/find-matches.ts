import { translator } from '../../i18n/translate.js';
import type { ListItem } from '../../messages.js';
import type { Skill, SkillContext } from '../../router/skill.js';
import { findMatches } from '../../services/networking/find-matches.js';
import { matchReasonWords } from '../../services/networking/match-reason-words.js';
import { firstName } from '../../services/networking/meeting-store.js';
import { requestMeeting } from '../../services/networking/request-meeting.js';
import { findSuggestion, markNotInterested } from '../../services/networking/suggestion.js';
import { needsAttendee, requestReply, say } from './networking-replies.js';

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * "Who should I meet?": the top 3–5 people with a one-line reason each, as one list (WhatsApp lists hold 10
 * rows, so 5 × Meet + 5 × Not interested fit; on Twilio the list reads as numbered lines, "3" picks one).
 */
export const findMatchesSkill: Skill = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const t = translator(ctx.locale);
  const matches = await findMatches(ctx.em, {
    eventId: ctx.event.id,
    attendeeId: ctx.attendee!.id,
    limit: 5,
  });
  if (matches.length === 0) {
    return say(t('net.noSuggestions'));
  }
  // The reasons are in the text above the rows; repeating them as row descriptions doubles them on Twilio.
  const meet: ListItem[] = matches.map((m) => ({
    id: `act:match-request:${m.matchId}`,
    title: clip(t('net.meet', { name: m.name }), 24),
  }));
  const skip: ListItem[] = matches.map((m) => ({
    id: `act:match-skip:${m.matchId}`,
    title: clip(t('net.notInterestedIn', { name: firstName(m.name) }), 24),
  }));
  const lines = matches.map(
    (m) =>
      `• *${m.name}*${m.role ? ` — ${[m.role, m.company].filter(Boolean).join(', ')}` : ''}\n   ${matchReasonWords(m.reason, firstName(m.name), ctx.locale)}`,
  );
  return {
    replies: [
      {
        kind: 'list',
        text: t('net.worthMeeting', { event: ctx.event.name, lines: lines.join('\n') }),
        buttonText: t('net.choose'),
        items: [...meet, ...skip],
      },
    ],
  };
};

/** The suggestion a Meet / Not interested button names (`act:<name>:<match id>`), if it is still this attendee's. */
const tappedSuggestion = (ctx: SkillContext) =>
  ctx.attendee ? findSuggestion(ctx.em, ctx.action?.arg ?? '', ctx.attendee.id) : Promise.resolve(null);

/** "Meet Bob" from a suggestion: proposes the nearest free slots for both. */
export const requestFromMatch: Skill<'meetingTemplates'> = async (ctx) => {
  const refusal = needsAttendee(ctx);
  if (refusal) return refusal;
  const match = await tappedSuggestion(ctx);
  if (!match) return say(translator(ctx.locale)('net.suggestionGone'));
  const result = await requestMeeting(ctx.em, {
    event: ctx.event,
    requesterId: ctx.attendee!.id,
    inviteeId: match.suggestedId,
    now: ctx.now,
    templates: ctx.meetingTemplates,
  });
  return requestReply(ctx, result);
};

/** "Not interested" on a suggestion: remembered, so that person is not suggested again. */
export const notInterested: Skill = async (ctx) => {
  const match = await tappedSuggestion(ctx);
  const t = translator(ctx.locale);
  if (!match) return say(t('net.suggestionGoneShort'));
  await markNotInterested(ctx.em, ctx.action?.arg ?? '', ctx.attendee!.id);
  return say(t('net.wontSuggest', { name: match.name }));
};
