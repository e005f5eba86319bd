import type { EntityManager } from '@mikro-orm/postgresql';
import { exportLeadsCsv } from './export-leads-csv.js';
import { findSponsorByChannel, type SponsorInfo } from './find-sponsor.js';
import { anonymousInterest, type LeadView, listSponsorLeads } from './list-sponsor-leads.js';

/** What `/leads` found; core/replies turns it into the channel's answer. */
export type SponsorCommandOutcome =
  | { outcome: 'not_a_sponsor_channel' }
  | { outcome: 'usage' }
  /** `/leads`: the consented leads, newest first, and how many others engaged without sharing. */
  | { outcome: 'listed'; sponsor: SponsorInfo; leads: LeadView[]; anonymous: number }
  /** `/leads export`: the CSV of `count` leads to upload into the channel. */
  | { outcome: 'exported'; sponsor: SponsorInfo; count: number; csv: Buffer }
  | { outcome: 'nothing_to_export'; sponsor: SponsorInfo };

/**
 * `/leads` and `/leads export` in a sponsor's channel. The sponsor is the one whose Slack channel this is —
 * never what anyone types — so a sponsor only ever sees its own consented leads.
 */
export async function runSponsorCommand(
  em: EntityManager,
  input: { channelId: string; args: string; now: Date },
): Promise<SponsorCommandOutcome> {
  const sponsor = await findSponsorByChannel(em, input.channelId, input.now);
  if (!sponsor) return { outcome: 'not_a_sponsor_channel' };
  const leads = await listSponsorLeads(em, sponsor.id);
  const action = input.args.trim().toLowerCase();
  if (action === 'export') {
    if (leads.length === 0) return { outcome: 'nothing_to_export', sponsor };
    return {
      outcome: 'exported',
      sponsor,
      count: leads.length,
      csv: exportLeadsCsv(leads, sponsor.timezone),
    };
  }
  if (action && action !== 'list') return { outcome: 'usage' };
  return { outcome: 'listed', sponsor, leads, anonymous: await anonymousInterest(em, sponsor.id) };
}
