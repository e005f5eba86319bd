import type { KnownBlock } from '@slack/types';
import type { OrganizerNote } from '../../../core/ports/organizer-chat.js';

/** Section text is capped at 3,000 characters (https://api.slack.com/reference/block-kit/blocks#section). */
const SECTION_LIMIT = 3000;

/** An organizer note as Block Kit: a header line, one section per group of lines, then the buttons. */
export function renderBlocks(note: OrganizerNote): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: clip(note.text) } }];
  for (const section of note.sections ?? []) {
    const body = [section.title ? `*${section.title}*` : '', ...section.lines].filter(Boolean).join('\n');
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
  return { text: note.text, blocks };
}

const clip = (text: string) => (text.length > SECTION_LIMIT ? `${text.slice(0, SECTION_LIMIT - 1)}…` : text);
