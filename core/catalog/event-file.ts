import { z } from 'zod';

/** The demo-event format (`fixtures/demo-event.json`): what `eventos import` and `eventos nlu --event` read. */
const aliases = z.array(z.string()).default([]);
const isoInstant = z.iso.datetime({ offset: true });
const hhmm = z.string().regex(/^\d{2}:\d{2}$/);
/** Attendee fields an organizer may let sponsors see (the phone number only ever with the attendee's yes). */
export const LEAD_FIELDS = ['name', 'role', 'company', 'interests', 'industry', 'email'] as const;
export const DEFAULT_LEAD_FIELDS = ['name', 'role', 'company', 'interests'] as const;

export const eventFileSchema = z.object({
  event: z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    description: z.string().default(''),
    timezone: z.string().min(1),
    startsAt: isoInstant,
    endsAt: isoInstant,
    currency: z.string().length(3).default('EUR'),
    salesOpen: z.boolean().default(true),
    venue: z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      address: z.string().default(''),
      capacity: z.number().int().nonnegative().optional(),
    }),
    networking: z
      .object({
        slotMinutes: z.number().int().positive().default(20),
        locations: z.array(z.string()).default([]),
        hours: z.array(z.object({ date: z.iso.date(), from: hhmm, to: hhmm })).default([]),
      })
      .optional(),
    waitlist: z.object({ claimWindowMinutes: z.number().int().positive().default(30) }).optional(),
    /** Selfie check-in: a window other than the event's day(s), and how long face data is kept after the end. */
    checkIn: z
      .object({
        opensAt: isoInstant.optional(),
        closesAt: isoInstant.optional(),
        faceRetentionDays: z.number().int().min(0).max(365).optional(),
      })
      .refine((w) => !w.opensAt || !w.closesAt || Date.parse(w.opensAt) < Date.parse(w.closesAt), {
        message: 'checkIn.opensAt must be before checkIn.closesAt',
      })
      .optional(),
    /**
     * Refunds by date: each step gives `percent` back until the end of `until` (a date in the event's time
     * zone, or an instant); after the last step nothing. Without a policy cancellations are refunded in full.
     */
    refundPolicy: z
      .object({
        steps: z
          .array(
            z.object({
              until: z.union([z.iso.date(), isoInstant]),
              percent: z.number().int().min(0).max(100),
            }),
          )
          .min(1)
          .max(20),
      })
      .optional(),
    /**
     * VAT included in the ticket prices, in percent with up to two decimals (EU prices are VAT-inclusive):
     * paid orders' receipts then show "incl. VAT 23 %: €x". Absent: no tax line.
     */
    vatRate: z
      .number()
      .min(0)
      .max(100)
      .refine((rate) => Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-6, {
        message: 'vatRate has at most two decimals',
      })
      .optional(),
    /**
     * WhatsApp through Twilio's Business API (`twilio`, the default) or the organizer's own number through the
     * WhatsApp Web gateway (`whatsapp-web`): where proactive messages go to someone who has not written yet.
     */
    channels: z.object({ whatsapp: z.enum(['twilio', 'whatsapp-web']).default('twilio') }).optional(),
    /** What sponsors receive with a consented lead; phone only when the attendee also agrees to be contacted. */
    leads: z
      .object({
        fields: z
          .array(z.enum(LEAD_FIELDS))
          .min(1)
          .default([...DEFAULT_LEAD_FIELDS]),
        offerContact: z.boolean().default(true),
      })
      .optional(),
  }),
  tiers: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        aliases,
        /** Major currency units as written by organizers; stored as integer cents. */
        price: z.number().nonnegative(),
        /**
         * Scheduled phases before the regular `price` (early bird): each `price` until the end of `until` (a
         * date in the event's time zone, or an instant). Applied on time by a job, with a price-history row.
         */
        phases: z
          .array(z.object({ until: z.union([z.iso.date(), isoInstant]), price: z.number().positive() }))
          .max(10)
          .optional(),
        quantity: z.number().int().nonnegative(),
        maxPerOrder: z.number().int().positive().default(10),
        benefits: z.array(z.string()).default([]),
        requires: z.string().optional(),
      }),
    )
    .default([]),
  sessions: z
    .array(
      z.object({
        id: z.string().min(1),
        title: z.string().min(1),
        aliases,
        startsAt: isoInstant,
        endsAt: isoInstant,
        room: z.string().default(''),
        speakers: z.array(z.string()).default([]),
        capacity: z.number().int().nonnegative().optional(),
      }),
    )
    .default([]),
  faqs: z
    .array(
      z.object({
        id: z.string().min(1),
        question: z.string().min(1),
        answer: z.string().min(1),
        category: z.string().default('general'),
        /** Other ways attendees ask it ("wifi pw?", "can a friend go instead of me"); the NLU ranks with them. */
        alternatives: z.array(z.string().min(1).max(200)).max(30).default([]),
        /** The answer in the other languages attendees write in; without one, `answer` is sent as written. */
        answers: z
          .object({ pt: z.string().min(1).optional(), es: z.string().min(1).optional() })
          .strict()
          .default({}),
      }),
    )
    .default([]),
  sponsors: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        aliases,
        industry: z.string().default(''),
        tier: z.string().default(''),
        targets: z
          .object({ roles: z.array(z.string()).default([]), interests: z.array(z.string()).default([]) })
          .default({ roles: [], interests: [] }),
        booth: z.string().default(''),
        contact: z
          .object({ slackChannel: z.string().optional(), whatsapp: z.string().optional() })
          .default({}),
      }),
    )
    .default([]),
  organizers: z
    .array(
      z.object({
        slackUserId: z.string().min(1),
        name: z.string().min(1),
        role: z.enum(['organizer', 'staff']).default('staff'),
        phone: z.string().optional(),
      }),
    )
    .default([]),
  attendees: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        phone: z.string().optional(),
        email: z.string().optional(),
        company: z.string().default(''),
        role: z.string().default(''),
        industry: z.string().default(''),
        interests: z.array(z.string()).default([]),
        goals: z.array(z.string()).default([]),
        tier: z.string().optional(),
      }),
    )
    .default([]),
});

export type EventFile = z.infer<typeof eventFileSchema>;

/** Parses an event file, throwing an error that names every invalid field. */
export function parseEventFile(json: unknown): EventFile {
  const result = eventFileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid event file:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
