import type { OutboundMessage } from '../messages.js';

/**
 * Answers of the safety nets rather than of a skill (issue 15): a sender over the rate limit, and a message
 * that could not be handled after every retry. English until the message catalogs arrive.
 */
export const slowDownReply: OutboundMessage = {
  kind: 'text',
  text: "You're sending messages faster than I can read them. I've kept them all, but please wait a minute before sending more.",
};

export const notHandledReply: OutboundMessage = {
  kind: 'text',
  text: "Sorry, something went wrong on our side with your last message and I couldn't answer it. Our team has been told; you can send it again or ask for a human.",
};
