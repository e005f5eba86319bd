import type { EntityManager } from '@mikro-orm/postgresql';
import type { PaymentGateway } from '../ports/payment-gateway.js';
import type { FollowUp } from '../router/skill.js';

/** What the payment flows need: the database, the gateway (Stripe) and a clock. */
export interface PaymentFlowDeps {
  em: EntityManager;
  gateway: PaymentGateway;
  clock: () => Date;
}

/** What a flow leaves for after its commit: outbox rows to deliver now, and background work. */
export interface FlowEffects {
  outboxIds: string[];
  followUps: FollowUp[];
}
