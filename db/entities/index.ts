import { Attendee } from './attendee.entity.js';
import { Contact } from './contact.entity.js';
import { Conversation } from './conversation.entity.js';
import { Event } from './event.entity.js';
import { EventSession } from './event-session.entity.js';
import { Faq } from './faq.entity.js';
import { Handoff } from './handoff.entity.js';
import { Message } from './message.entity.js';
import { Organizer } from './organizer.entity.js';
import { Outbox } from './outbox.entity.js';
import { Sponsor } from './sponsor.entity.js';
import { TicketTier } from './ticket-tier.entity.js';
import { Venue } from './venue.entity.js';

export const entities = [
  Venue,
  Event,
  TicketTier,
  EventSession,
  Faq,
  Contact,
  Attendee,
  Organizer,
  Sponsor,
  Conversation,
  Message,
  Outbox,
  Handoff,
];
