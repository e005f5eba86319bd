import type { Button } from '../messages.js';
import type { Intent, Slots } from '../nlu/label-schema.js';

/**
 * What the bot is waiting for in a conversation, persisted between messages.
 * - `pending`: a question we asked (a missing slot or a yes/no confirmation) and the intent it belongs to.
 * - `lastButtons`: the choices we last offered, so "2" or a button tap resolves to the right payload.
 * - `misunderstood`: consecutive messages we could not understand; at the limit we offer a human.
 */
export interface DialogState {
  pending?: {
    intent: Intent;
    slots: Slots;
    awaiting: 'confirm' | keyof Slots;
    /** Skill-specific data for the confirmation (e.g. an order draft); plain JSON. */
    data?: Record<string, unknown>;
    askedAt: string;
  };
  lastButtons?: Button[];
  misunderstood: number;
}

export const emptyDialogState = (): DialogState => ({ misunderstood: 0 });
