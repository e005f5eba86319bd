import type { KnownBlock } from '@slack/types';
import type { OrganizerNote } from '../../../core/ports/organizer-chat.js';

/** Section text is capped at 3,000 characters (https://api.slack.com/reference/block-kit/blocks#section). */
const SECTION_LIMIT = 3000;

/**
 * Slack reads `<…>` as links, mentions and `<!channel>` pings, and `&` as the start of an entity. Notes
 * carry attendees' own words (messages, names, companies), and core never writes Slack syntax, so every
 * mrkdwn text is escaped as Slack asks (https://api.slack.com/reference/surfaces/formatting#escaping):
 * an attendee cannot ping a channel or disguise a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An organizer note as Block Kit: a header line, one section per group of lines, then the buttons. */
export function renderBlocks(note: OrganizerNote): { text: string; blocks: KnownBlock[] } {
  const text = escapeMrkdwn(note.text);
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: clip(text) } }];
  for (const section of note.sections ?? []) {
    const body = [section.title ? `*${section.title}*` : '', ...section.lines]
      .filter(Boolean)
      .map(escapeMrkdwn)
      .join('\n');
    if (body) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(body) } });
  }
  if (note.buttons?.length) {
    blocks.push({
      type: 'actions',
      elements: note.buttons.map((b) => ({
        type: 'button',
        action_id: b.actionId,
        text: { type: 'plain_text', text: b.label },
        value: b.value,
        ...(b.style ? { style: b.style } : {}),
      })),
    });
  }
  return { text, blocks };
}

const clip = (text: string) => (text.length > SECTION_LIMIT ? `${text.slice(0, SECTION_LIMIT - 1)}…` : text);
