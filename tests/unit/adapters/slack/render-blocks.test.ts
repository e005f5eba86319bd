import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../../adapters/channels/slack/render-blocks.js';

describe('renderBlocks', () => {
  it('renders a note as a headline section, a section per group with a bold title, and buttons', () => {
    const { text, blocks } = renderBlocks({
      text: 'Alice wants a person',
      sections: [{ title: 'Tickets', lines: ['2 × vip (confirmed)'] }, { lines: [] }],
      buttons: [{ actionId: 'handoff_resolve', label: 'Resolve', value: 'h-1', style: 'primary' }],
    });
    expect(text).toBe('Alice wants a person');
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Alice wants a person' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Tickets*\n2 × vip (confirmed)' } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'handoff_resolve',
            text: { type: 'plain_text', text: 'Resolve' },
            value: 'h-1',
            style: 'primary',
          },
        ],
      },
    ]);
  });

  it("clips section text to Slack's 3,000-character limit", () => {
    const { blocks } = renderBlocks({ text: 'x'.repeat(5000) });
    const section = blocks[0] as { text: { text: string } };
    expect(section.text.text).toHaveLength(3000);
    expect(section.text.text.endsWith('…')).toBe(true);
  });
});
