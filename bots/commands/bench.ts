import type { CommandIo } from './command-io.js';

type Scenario = (io: CommandIo) => Promise<Record<string, number>>;

const scenarios: Record<string, Scenario> = {
  nlu: async (io) => (await import('../../scripts/bench/nlu.js')).benchNlu({ json: false, out: io.stdout }),
  webhook: async (io) => (await import('../../scripts/bench/webhook.js')).benchWebhook({ out: io.stdout }),
  'booking-race': async (io) =>
    (await import('../../scripts/bench/booking-race.js')).benchBookingRace({ out: io.stdout }),
  waitlist: async (io) => (await import('../../scripts/bench/waitlist.js')).benchWaitlist({ out: io.stdout }),
  voice: async (io) => (await import('../../scripts/bench/voice.js')).benchVoice({ out: io.stdout }),
  'voice-heldout': async (io) =>
    (await import('../../scripts/bench/voice-heldout.js')).benchVoiceHeldout({ out: io.stdout }),
  faces: async (io) => (await import('../../scripts/bench/faces.js')).benchFaces({ out: io.stdout }),
  'slack-ack': async (io) =>
    (await import('../../scripts/bench/slack-ack.js')).benchSlackAck({ out: io.stdout }),
  leads: async (io) => (await import('../../scripts/bench/leads.js')).benchLeads({ out: io.stdout }),
  matches: async (io) => (await import('../../scripts/bench/matches.js')).benchMatches({ out: io.stdout }),
  feedback: async (io) => (await import('../../scripts/bench/feedback.js')).benchFeedback({ out: io.stdout }),
};

/** `eventos bench SCENARIO [--json]`: a readable table, and with --json a last line of JSON figures. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const name = args.find((a) => !a.startsWith('--'));
  const scenario = name ? scenarios[name] : undefined;
  if (!name || !scenario) {
    io.stderr.write(`Usage: npm run -s eventos -- bench <${Object.keys(scenarios).join('|')}> [--json]\n`);
    return 2;
  }
  const figures = await scenario(io);
  if (args.includes('--json')) io.stdout.write(`${JSON.stringify(figures)}\n`);
  return 0;
}
