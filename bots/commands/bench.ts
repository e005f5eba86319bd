import type { CommandIo } from './command-io.js';

type Scenario = (io: CommandIo, args: string[]) => Promise<Record<string, number>>;

const scenarios: Record<string, Scenario> = {
  nlu: async (io) => (await import('../../scripts/bench/nlu.js')).benchNlu({ json: false, out: io.stdout }),
  webhook: async (io, args) =>
    (await import('../../scripts/bench/webhook.js')).benchWebhook({
      out: io.stdout,
      ...deploymentFlags(args),
      ...numberFlag(args, '--rate', 'pacedRate'),
      ...numberFlag(args, '--seconds', 'pacedSeconds'),
    }),
  'booking-race': async (io) =>
    (await import('../../scripts/bench/booking-race.js')).benchBookingRace({ out: io.stdout }),
  waitlist: async (io) => (await import('../../scripts/bench/waitlist.js')).benchWaitlist({ out: io.stdout }),
  voice: async (io) => (await import('../../scripts/bench/voice.js')).benchVoice({ out: io.stdout }),
  'voice-heldout': async (io, args) =>
    (await import('../../scripts/bench/voice-heldout.js')).benchVoiceHeldout({
      out: io.stdout,
      ...stringFlag(args, '--set', 'set'),
    }),
  faces: async (io) => (await import('../../scripts/bench/faces.js')).benchFaces({ out: io.stdout }),
  'slack-ack': async (io) =>
    (await import('../../scripts/bench/slack-ack.js')).benchSlackAck({ out: io.stdout }),
  leads: async (io) => (await import('../../scripts/bench/leads.js')).benchLeads({ out: io.stdout }),
  matches: async (io) => (await import('../../scripts/bench/matches.js')).benchMatches({ out: io.stdout }),
  feedback: async (io) => (await import('../../scripts/bench/feedback.js')).benchFeedback({ out: io.stdout }),
  'ticket-drop': async (io, args) =>
    (await import('../../scripts/bench/ticket-drop.js')).benchTicketDrop({
      out: io.stdout,
      ...numberFlag(args, '--senders', 'senders'),
      ...numberFlag(args, '--capacity', 'capacity'),
      ...deploymentFlags(args),
    }),
  faults: async (io, args) =>
    (await import('../../scripts/bench/faults.js')).benchFaults({
      out: io.stdout,
      ...numberFlag(args, '--seconds', 'seconds'),
      ...numberFlag(args, '--rate', 'rate'),
    }),
};

/** `--seconds 30` → `{ seconds: 30 }`; absent → `{}`. */
function numberFlag<K extends string>(args: string[], flag: string, key: K): Partial<Record<K, number>> {
  const i = args.indexOf(flag);
  const value = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isFinite(value) ? ({ [key]: value } as Partial<Record<K, number>>) : {};
}

/** `--set FILE` → `{ set: 'FILE' }`; absent → `{}`. */
function stringFlag<K extends string>(args: string[], flag: string, key: K): Partial<Record<K, string>> {
  const i = args.indexOf(flag);
  const value = i >= 0 ? args[i + 1] : undefined;
  return value && !value.startsWith('--') ? ({ [key]: value } as Partial<Record<K, string>>) : {};
}

/**
 * The load benches' shape: `--workers N` worker processes beside one server (default 1), `--in-process` for
 * everything in the bench process, `--cpu-prof DIR` for profiles of the server and worker processes.
 */
function deploymentFlags(args: string[]) {
  return {
    ...numberFlag(args, '--workers', 'workers'),
    ...(args.includes('--in-process') ? { inProcess: true } : {}),
    ...stringFlag(args, '--cpu-prof', 'cpuProfDir'),
  };
}

/** `eventos bench SCENARIO [--json]`: a readable table, and with --json a last line of JSON figures. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const name = args[0]?.startsWith('--') ? undefined : args[0];
  const scenario = name ? scenarios[name] : undefined;
  if (!name || !scenario) {
    io.stderr.write(`Usage: npm run -s eventos -- bench <${Object.keys(scenarios).join('|')}> [--json]\n`);
    return 2;
  }
  const figures = await scenario(io, args);
  if (args.includes('--json')) io.stdout.write(`${JSON.stringify(figures)}\n`);
  return 0;
}
