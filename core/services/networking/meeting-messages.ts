import type { MeetingTemplates } from '../../meeting-templates.js';
import type { Button, OutboundMessage } from '../../messages.js';
import { firstName } from './meeting-store.js';
import type { Notice } from './notify-attendee.js';

/** Accept / Decline / Other time on an invitation; ids route to the networking actions (≤ 20-char titles). */
export const invitationButtons = (meetingId: string): Button[] => [
  { id: `act:meeting-accept:${meetingId}`, title: 'Accept' },
  { id: `act:meeting-decline:${meetingId}`, title: 'Decline' },
  { id: `act:meeting-other:${meetingId}`, title: 'Suggest another time' },
];

export const metButtons = (meetingId: string): Button[] => [
  { id: `act:met-yes:${meetingId}`, title: 'Yes, we met' },
  { id: `act:met-no:${meetingId}`, title: "No, we didn't" },
];

const findOthers: Button = { id: 'intent:find_matches', title: 'Find others' };

/** Template variables: 1 first name, 2 requester, 3 their role, 4 the slot, 5 meeting id (for the buttons). */
export function invitationNotice(
  t: MeetingTemplates,
  m: {
    meetingId: string;
    inviteeName: string;
    requesterName: string;
    requesterRole: string;
    slot: string;
    reason?: string;
  },
): Notice {
  const text = [
    `👋 ${m.requesterName}${m.requesterRole ? ` (${m.requesterRole})` : ''} would like to meet you: ${m.slot}.`,
    m.reason ? `Why: ${m.reason}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    message: { kind: 'buttons', text, buttons: invitationButtons(m.meetingId) },
    template: {
      id: t.request,
      variables: {
        '1': firstName(m.inviteeName),
        '2': m.requesterName,
        '3': m.requesterRole || 'attendee',
        '4': m.slot,
        '5': m.meetingId,
      },
    },
  };
}

/** A plain update (accepted, declined, cancelled, lapsed): template variable 1 is the whole sentence. */
export function updateNotice(t: MeetingTemplates, text: string, buttons: Button[] = []): Notice {
  const message: OutboundMessage =
    buttons.length > 0 ? { kind: 'buttons', text, buttons } : { kind: 'text', text };
  return { message, template: { id: t.update, variables: { '1': text } } };
}

export const declinedNotice = (t: MeetingTemplates, who: string, slot: string) =>
  updateNotice(t, `${who} can't make it at ${slot}. Shall I suggest other people to meet?`, [findOthers]);

export const lapsedNotice = (t: MeetingTemplates, who: string, slot: string) =>
  updateNotice(
    t,
    `${who} didn't answer your meeting request for ${slot} in time, so I've withdrawn it. Shall I suggest other people?`,
    [findOthers],
  );

/** Template variables: 1 first name, 2 the other person, 3 where, 4 when. */
export function reminderNotice(
  t: MeetingTemplates,
  m: { name: string; other: string; otherRole: string; location: string; slot: string },
): Notice {
  return {
    message: {
      kind: 'text',
      text: `⏰ In 10 minutes: your meeting with ${m.other}${m.otherRole ? ` (${m.otherRole})` : ''} at ${m.location}, ${m.slot}.`,
    },
    template: {
      id: t.reminder,
      variables: { '1': firstName(m.name), '2': m.other, '3': m.location, '4': m.slot },
    },
  };
}

export function didYouMeetNotice(
  t: MeetingTemplates,
  meetingId: string,
  other: string,
  slot: string,
): Notice {
  return updateNotice(t, `Did you meet ${other} (${slot})?`, metButtons(meetingId));
}
