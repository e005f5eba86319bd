import { Attendee } from './attendee.entity.js';
import { AttendeeEmbedding } from './attendee-embedding.entity.js';
import { AuditLog } from './audit-log.entity.js';
import { BookingAttempt } from './booking-attempt.entity.js';
import { CheckInLog } from './check-in-log.entity.js';
import { ConnectionGoal } from './connection-goal.entity.js';
import { Contact } from './contact.entity.js';
import { Conversation } from './conversation.entity.js';
import { CsatRequest } from './csat-request.entity.js';
import { Event } from './event.entity.js';
import { EventSession } from './event-session.entity.js';
import { FacialRecognitionData } from './facial-recognition-data.entity.js';
import { Faq } from './faq.entity.js';
import { FaqMiss } from './faq-miss.entity.js';
import { FeedPost } from './feed-post.entity.js';
import { FeedbackAnalysis } from './feedback-analysis.entity.js';
import { Handoff } from './handoff.entity.js';
import { Match } from './match.entity.js';
import { Meeting } from './meeting.entity.js';
import { MeetingHold } from './meeting-hold.entity.js';
import { Message } from './message.entity.js';
import { NetworkingPreference } from './networking-preference.entity.js';
import { Order } from './order.entity.js';
import { Organizer } from './organizer.entity.js';
import { OrganizerCommand } from './organizer-command.entity.js';
import { Outbox } from './outbox.entity.js';
import { Payment } from './payment.entity.js';
import { PaymentEvent } from './payment-event.entity.js';
import { PricingHistory } from './pricing-history.entity.js';
import { SessionAttendance } from './session-attendance.entity.js';
import { SessionFeedback } from './session-feedback.entity.js';
import { SessionInterest } from './session-interest.entity.js';
import { SlackCardRedaction } from './slack-card-redaction.entity.js';
import { Sponsor } from './sponsor.entity.js';
import { SponsorActivity } from './sponsor-activity.entity.js';
import { SponsorLead } from './sponsor-lead.entity.js';
import { Ticket } from './ticket.entity.js';
import { TicketTier } from './ticket-tier.entity.js';
import { Venue } from './venue.entity.js';
import { WaitlistEntry } from './waitlist-entry.entity.js';
import { WaitlistPromotion } from './waitlist-promotion.entity.js';
import { WhatsappTemplate } from './whatsapp-template.entity.js';

export const entities = [
  Venue,
  Event,
  TicketTier,
  EventSession,
  Faq,
  Contact,
  Attendee,
  Organizer,
  OrganizerCommand,
  FeedPost,
  Sponsor,
  SponsorActivity,
  SponsorLead,
  SlackCardRedaction,
  Conversation,
  Message,
  Outbox,
  Handoff,
  Order,
  Ticket,
  Payment,
  PaymentEvent,
  PricingHistory,
  BookingAttempt,
  WaitlistEntry,
  WaitlistPromotion,
  FacialRecognitionData,
  CheckInLog,
  AuditLog,
  NetworkingPreference,
  AttendeeEmbedding,
  ConnectionGoal,
  Match,
  Meeting,
  MeetingHold,
  WhatsappTemplate,
  SessionAttendance,
  SessionFeedback,
  CsatRequest,
  FeedbackAnalysis,
  FaqMiss,
  SessionInterest,
];
