import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HashedEmbedder } from '../../../adapters/providers/embeddings/hashed-embedder.js';
import { acceptMeeting } from '../../../core/services/networking/answer-request.js';
import { embedProfilesJob } from '../../../jobs/embed-profiles.job.js';
import { meetingTimerJobs, scheduleMeetingTimers } from '../../../jobs/meeting-timer.job.js';
import { networkingSweepJob } from '../../../jobs/networking-sweep.job.js';
import { type JobHarness, startJobHarness } from '../../support/job-harness.js';
import {
  AT_3PM,
  EVENT_ID,
  type MeetingDatabase,
  NOW,
  startMeetingDatabase,
  templates,
} from '../networking/meeting-database.js';

let m: MeetingDatabase;
beforeAll(async () => {
  m = await startMeetingDatabase();
});
afterAll(() => m.close());
let jobs: JobHarness;
beforeEach(() => {
  jobs = startJobHarness();
});
afterEach(async () => {
  await jobs.close();
  await m.sql('delete from meetings');
});

const id = (code: string) => m.ids.get(code)!;
const deps = (now: Date) => ({
  em: m.db.em,
  clock: () => now,
  embedder: new HashedEmbedder(),
  templates,
  queues: jobs.queues,
});
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);
const status = async (meetingId: string) =>
  (await m.sql<{ status: string }>('select status from meetings where id = ?', [meetingId]))[0]?.status;

/** Bob accepted Alice's request for 15:00. */
async function acceptedMeeting(): Promise<string> {
  const meetingId = await m.pending('a-alice', 'a-bob', AT_3PM);
  await m.db.em
    .fork()
    .transactional((em) =>
      acceptMeeting(em, { event: m.event, meetingId, attendeeId: id('a-bob'), now: NOW, templates }),
    );
  return meetingId;
}

describe('meeting timer jobs', () => {
  it('schedules one delayed job per timer, keyed by meeting', async () => {
    const meetingId = await acceptedMeeting();
    await scheduleMeetingTimers(
      jobs.queues,
      meetingId,
      [
        { job: 'remind', due: minutes(AT_3PM, -10).toISOString() },
        { job: 'ask', due: minutes(AT_3PM, 30).toISOString() },
      ],
      NOW,
    );
    const queued = (await jobs.queued('networking')).map((job) => [job.id, job.name, job.delay]);
    expect(queued.sort()).toEqual(
      [
        [`meeting-ask-${meetingId}`, 'meeting-ask', minutes(AT_3PM, 30).getTime() - NOW.getTime()],
        [`meeting-remind-${meetingId}`, 'meeting-remind', minutes(AT_3PM, -10).getTime() - NOW.getTime()],
      ].sort(),
    );
  });

  it('remind: both people hear about the meeting 10 minutes before, once', async () => {
    const meetingId = await acceptedMeeting();
    const run = (n: number) =>
      jobs.run(meetingTimerJobs.remind, deps(minutes(AT_3PM, -9)), { meetingId }, { jobId: `remind-${n}` });
    expect(await run(1)).toEqual({ sent: 2 });
    expect(await run(2)).toEqual({ sent: 0 });
    expect(await jobs.queued('delivery')).toHaveLength(1);
  });

  it('ask: after the meeting both are asked whether they met', async () => {
    const meetingId = await acceptedMeeting();
    expect(await jobs.run(meetingTimerJobs.ask, deps(minutes(AT_3PM, 30)), { meetingId })).toEqual({
      sent: 2,
    });
  });

  it('expire: an unanswered request lapses with a note to both', async () => {
    const meetingId = await m.pending('a-alice', 'a-bob', AT_3PM);
    await m.sql('update meetings set expires_at = ? where id = ?', [NOW, meetingId]);
    expect(await jobs.run(meetingTimerJobs.expire, deps(NOW), { meetingId })).toEqual({ sent: 2 });
    expect(await status(meetingId)).toBe('expired');
  });
});

describe('embed-profiles job', () => {
  it('embeds the changed profiles and skips unchanged ones', async () => {
    await m.sql('delete from attendee_embeddings where attendee_id = ?', [id('a-carla')]);
    const attendeeIds = [id('a-carla'), id('a-bob')];
    expect(await jobs.run(embedProfilesJob, deps(NOW), { eventId: EVENT_ID, attendeeIds })).toEqual({
      embedded: 1,
      unchanged: 1,
    });
  });
});

describe('networking-sweep job', () => {
  it('runs due timers whose job was lost and embeds profiles without a vector', async () => {
    const meetingId = await acceptedMeeting();
    await m.sql('delete from attendee_embeddings where attendee_id = ?', [id('a-jonas')]);
    expect(await jobs.run(networkingSweepJob, deps(minutes(AT_3PM, -9)), {})).toEqual({
      sent: 2,
      embedded: 1,
    });
    expect(await status(meetingId)).toBe('accepted');
    expect(await jobs.run(networkingSweepJob, deps(minutes(AT_3PM, -9)), {})).toEqual({
      sent: 0,
      embedded: 0,
    });
  });
});
