import type { Button, OutboundMessage } from '../messages.js';

/**
 * An answer outside the choices we offered ("7" after three): the same question again, with its choices,
 * instead of "I didn't understand". Three choices render as buttons; more as a list, as the skills do.
 */
export function askChoiceAgain(choices: Button[], prompt: string | undefined): OutboundMessage {
  const text = `Please pick one of these, 1 to ${choices.length}.${prompt ? ` ${prompt}` : ''}`;
  return choices.length <= 3
    ? { kind: 'buttons', text, buttons: choices }
    : { kind: 'list', text, buttonText: 'Choices', items: choices };
}
