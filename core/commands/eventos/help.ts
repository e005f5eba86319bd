import { helpNote } from '../../replies/organizer-notes.js';
import { answer, defineCommand } from '../command.js';

/** `/eventos help`, and anything typed that is no command: the list of commands, at once. */
export const help = defineCommand({
  name: 'help',
  role: 'staff',
  runs: 'at-once',
  parse: () => ({}),
  run: async () => null,
  reply: () => answer(helpNote()),
});
