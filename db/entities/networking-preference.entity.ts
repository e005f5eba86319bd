import { defineEntity, p } from '@mikro-orm/core';
import { Attendee } from './attendee.entity.js';

/**
 * An attendee's networking choices, beside the profile facts on `attendees` (role, company, industry,
 * interests, goals). No row means the defaults: public, available during the event's networking hours.
 */
const NetworkingPreferenceSchema = defineEntity({
  name: 'NetworkingPreference',
  tableName: 'networking_preferences',
  properties: {
    attendee: () => p.oneToOne(Attendee).primary().deleteRule('cascade'),
    /** Hidden profiles are never suggested to anyone nor revealed by name search. */
    visibility: p.enum(['public', 'hidden'] as const).default('public'),
    /** Free text the person gave ("mornings only"), shown to nobody but them; informs nothing automatic yet. */
    availability: p.text().nullable(),
    /** What they offer and what they look for, as said in chat (the normalised kinds are connection_goals). */
    offers: p.array().default([]),
    lookingFor: p.array().default([]),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class NetworkingPreference extends NetworkingPreferenceSchema.class {}
NetworkingPreferenceSchema.setClass(NetworkingPreference);
