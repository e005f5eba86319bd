import { describe, expect, it } from 'vitest';
import { translate } from '../../../core/i18n/translate.js';
import { DEFAULT_MEETING_TEMPLATES } from '../../../core/meeting-templates.js';
import { renderAsText } from '../../../core/messages.js';
import { leadAlertMessage } from '../../../core/replies/lead-alert-message.js';
import { leadDigestMessage } from '../../../core/replies/lead-digest-message.js';
import type { LeadView } from '../../../core/services/leads/list-sponsor-leads.js';
import {
  cancelledNotice,
  invitationNotice,
  reminderNotice,
} from '../../../core/services/networking/meeting-messages.js';
import { sampleLead } from '../../fixtures/sample-lead.js';

/**
 * Proactive messages (meeting invitations, reminders and updates; sponsor lead alerts and digests) are written
 * in the recipient's language: the in-window text from that catalog, the template sent in that language's
 * version with its variables in that language.
 */
const slot = {
  startsAt: new Date('2026-12-10T14:30:00Z'),
  endsAt: new Date('2026-12-10T14:50:00Z'),
  zone: 'Europe/Lisbon',
};

const lead = sampleLead({
  phone: '+351910000000',
  score: 72,
  factors: [{ label: 'role CTO', points: 30 }] as LeadView['factors'],
});

describe('proactive messages in the recipient’s language', () => {
  it('writes a meeting invitation in Portuguese, with Portuguese buttons and the template in pt', () => {
    const notice = invitationNotice(DEFAULT_MEETING_TEMPLATES, {
      meetingId: 'm-1',
      inviteeName: 'Ana Silva',
      requesterName: 'Rui Costa',
      requesterRole: 'SRE',
      slot,
      insteadOf: {
        ...slot,
        startsAt: new Date('2026-12-10T15:00:00Z'),
        endsAt: new Date('2026-12-10T15:20:00Z'),
      },
    })('pt');
    expect(renderAsText(notice.message)).toBe(
      [
        translate('pt', 'meeting.inviteRole', {
          name: 'Rui Costa',
          role: 'SRE',
          slot: 'quinta, 10 de dezembro, 14:30–14:50',
        }),
        translate('pt', 'meeting.why', { reason: 'em vez de quinta, 10 de dezembro, 15:00–15:20' }),
        '',
        '1. Aceitar\n2. Recusar\n3. Outra hora',
      ].join('\n'),
    );
    expect(notice.template).toMatchObject({
      language: 'pt',
      variables: { '1': 'Ana', '2': 'Rui Costa', '3': 'SRE', '4': 'quinta, 10 de dezembro, 14:30–14:50' },
    });
  });

  it('keeps the English invitation, reminder and cancellation as they were', () => {
    const invitation = invitationNotice(DEFAULT_MEETING_TEMPLATES, {
      meetingId: 'm-1',
      inviteeName: 'Ana Silva',
      requesterName: 'Rui Costa',
      requesterRole: '',
      slot,
    })('en');
    expect(invitation.message).toMatchObject({
      text: '👋 Rui Costa would like to meet you: Thu 10 Dec, 14:30–14:50.',
    });
    expect(invitation.template.variables['3']).toBe('attendee');
    const reminder = reminderNotice(DEFAULT_MEETING_TEMPLATES, {
      name: 'Ana',
      other: 'Rui',
      otherRole: 'SRE',
      location: null,
      slot,
    })('en');
    expect(reminder.message).toMatchObject({
      text: '⏰ In 10 minutes: your meeting with Rui (SRE) at the meeting point, Thu 10 Dec, 14:30–14:50.',
    });
    const cancelled = cancelledNotice(DEFAULT_MEETING_TEMPLATES, {
      first: 'Rui',
      pending: true,
      slot,
      location: 'Lounge A',
    })('en');
    expect(cancelled.message).toMatchObject({
      text: 'Rui cancelled the meeting request for Thu 10 Dec, 14:30–14:50 at Lounge A. Sorry! Shall I suggest other people?',
    });
  });

  it('writes a meeting reminder in Spanish, in the event’s zone', () => {
    const reminder = reminderNotice(DEFAULT_MEETING_TEMPLATES, {
      name: 'Ana',
      other: 'Rui',
      otherRole: '',
      location: null,
      slot,
    })('es');
    expect(reminder.message).toMatchObject({
      text: '⏰ Dentro de 10 minutos: tu reunión con Rui en el punto de encuentro, jue, 10 de diciembre, 14:30–14:50.',
    });
    expect(reminder.template.language).toBe('es');
  });

  it('alerts a Spanish-speaking sponsor contact in Spanish, and sends the template in es outside the window', () => {
    const inWindow = leadAlertMessage(lead, 'Acme Cloud', {
      inWindow: true,
      templateId: 'sponsor_lead',
      locale: 'es',
    });
    expect(renderAsText(inWindow)).toContain(
      translate('es', 'leads.alertHot', { sponsor: 'Acme Cloud', lead: 'Ana Silva — CTO, Lisbon Labs' }),
    );
    expect(renderAsText(inWindow)).toContain('Teléfono: +351910000000 (aceptó que le contacten)');
    const outside = leadAlertMessage(lead, 'Acme Cloud', {
      inWindow: false,
      templateId: 'sponsor_lead',
      locale: 'es',
    });
    expect(outside).toMatchObject({ kind: 'template', language: 'es', variables: { '1': 'Acme Cloud' } });
  });

  it('writes the daily digest in Portuguese, with counts as ICU plurals and times in the event’s zone', () => {
    const digest = leadDigestMessage('Acme Cloud', [lead, { ...lead, id: 'lead-2', temperature: 'warm' }], {
      inWindow: false,
      templateId: 'sponsor_lead_digest',
      locale: 'pt',
      timezone: 'Europe/Lisbon',
    });
    expect(digest).toMatchObject({ kind: 'template', language: 'pt' });
    if (digest.kind !== 'template') throw new Error('expected a template');
    expect(digest.fallbackText.split('\n')[0]).toBe('📬 Acme Cloud — 2 contactos novos hoje');
    expect(digest.fallbackText).toContain('sem avaliação · quinta, 10/12 10:00');
    expect(digest.variables['3']).toBe(
      'Ana Silva — CTO, Lisbon Labs (quente); Ana Silva — CTO, Lisbon Labs (morno)',
    );
  });
});
