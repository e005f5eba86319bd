/** An `/eventos …` command, parsed from its text. */
export type OrganizerCommand =
  | { name: 'help' }
  | { name: 'stats' }
  | { name: 'waitlist'; tier?: string }
  | { name: 'capacity'; tier: string; change: { add: number } | { set: number } }
  | { name: 'find'; query: string }
  | { name: 'handoffs' }
  | { name: 'resolve'; query?: string }
  | { name: 'broadcast'; message: string }
  | { name: 'checkin'; query: string }
  | { name: 'faq'; action: 'list' }
  | { name: 'faq'; action: 'add' }
  | { name: 'faq'; action: 'edit' | 'remove'; code: string }
  | { name: 'leads'; sponsor: string }
  /** What sponsors receive with a consented lead; without fields, shows the current setting. */
  | { name: 'lead-fields'; fields?: string[] }
  | { name: 'invalid'; usage: string };

const USAGE = {
  capacity: 'Usage: `/eventos capacity <tier> <+n|n>` — e.g. `capacity vip +10` or `capacity vip 120`.',
  find: 'Usage: `/eventos find <name | phone>`.',
  checkin: 'Usage: `/eventos checkin <ticket reference | name | phone>`.',
  faq: 'Usage: `/eventos faq list`, `faq add`, `faq edit <code>` or `faq remove <code>`.',
  leads:
    'Usage: `/eventos leads <sponsor>` — e.g. `leads acme` — or `/eventos leads fields [name role company interests industry email phone]`.',
  broadcast: 'Usage: `/eventos broadcast <message>` — you will see the audience and a Confirm button first.',
};

/** Splits `/eventos` text into a command; anything unknown or malformed becomes help or a usage line. */
export function parseCommand(text: string): OrganizerCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [head, ...rest] = words;
  const name = head?.toLowerCase();
  const args = rest.join(' ');
  if (name === 'broadcast') {
    // Keep the organizer's line breaks and spacing: only the command word is cut off.
    const message = text.trim().slice(head!.length).trim();
    return message ? { name: 'broadcast', message } : { name: 'invalid', usage: USAGE.broadcast };
  }
  switch (name) {
    case 'stats':
      return { name: 'stats' };
    case 'handoffs':
      return { name: 'handoffs' };
    case 'waitlist':
      return args ? { name: 'waitlist', tier: args } : { name: 'waitlist' };
    case 'find':
      return args ? { name: 'find', query: args } : { name: 'invalid', usage: USAGE.find };
    case 'checkin':
    case 'check-in':
      return args ? { name: 'checkin', query: args } : { name: 'invalid', usage: USAGE.checkin };
    case 'faq': {
      const action = rest[0]?.toLowerCase();
      const code = rest.slice(1).join(' ');
      if (!action || action === 'list') return { name: 'faq', action: 'list' };
      if (action === 'add') return { name: 'faq', action: 'add' };
      if ((action === 'edit' || action === 'remove') && code) return { name: 'faq', action, code };
      return { name: 'invalid', usage: USAGE.faq };
    }
    case 'leads': {
      if (rest[0]?.toLowerCase() !== 'fields')
        return args ? { name: 'leads', sponsor: args } : { name: 'invalid', usage: USAGE.leads };
      const fields = rest
        .slice(1)
        .join(' ')
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean);
      return fields.length > 0 ? { name: 'lead-fields', fields } : { name: 'lead-fields' };
    }
    case 'resolve':
      return args ? { name: 'resolve', query: args } : { name: 'resolve' };
    case 'capacity': {
      const amount = rest.at(-1) ?? '';
      const tier = rest.slice(0, -1).join(' ');
      const match = /^([+]?)(\d{1,6})$/.exec(amount);
      if (!tier || !match) return { name: 'invalid', usage: USAGE.capacity };
      const n = Number(match[2]);
      return { name: 'capacity', tier, change: match[1] === '+' ? { add: n } : { set: n } };
    }
    default:
      return { name: 'help' };
  }
}
