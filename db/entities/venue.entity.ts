import { defineEntity, p } from '@mikro-orm/core';

const VenueSchema = defineEntity({
  name: 'Venue',
  tableName: 'venues',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    address: p.text().default(''),
    capacity: p.integer().nullable(),
  },
});

export class Venue extends VenueSchema.class {}
VenueSchema.setClass(Venue);
