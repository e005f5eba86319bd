import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { WebConnectionState } from './connection.js';

/**
 * The gateway's session state as other processes see it: `/healthz` on the server, and the console's QR page
 * (a phone held up to a laptop). Only the gateway process holds the session, so it publishes its state to
 * Redis with a short TTL and refreshes it; a key that ran out means no gateway is running.
 */
export type GatewayStatus =
  | { state: 'not_running' }
  | { state: 'starting'; updatedAt: string }
  | { state: 'qr_needed'; qr: string; updatedAt: string }
  | { state: 'connected'; since: string; updatedAt: string }
  | { state: 'disconnected'; since: string; cause: string; updatedAt: string };

const stored = z.discriminatedUnion('state', [
  z.object({ state: z.literal('starting'), updatedAt: z.string() }),
  z.object({ state: z.literal('qr_needed'), qr: z.string(), updatedAt: z.string() }),
  z.object({ state: z.literal('connected'), since: z.string(), updatedAt: z.string() }),
  z.object({ state: z.literal('disconnected'), since: z.string(), cause: z.string(), updatedAt: z.string() }),
]);

export interface GatewayStatusStore {
  publish(state: WebConnectionState): Promise<void>;
  read(): Promise<GatewayStatus>;
  /** A gateway that stops says so at once instead of letting its key run out. */
  clear(): Promise<void>;
}

/** The gateway refreshes its state this often; the key lives three times as long. */
export const GATEWAY_HEARTBEAT_MS = 20_000;

export function createGatewayStatusStore(
  redis: Redis,
  options: { prefix: string; ttlSeconds?: number },
): GatewayStatusStore {
  const key = `${options.prefix}:whatsapp-web:gateway`;
  const ttl = options.ttlSeconds ?? (GATEWAY_HEARTBEAT_MS * 3) / 1000;
  return {
    async publish(state) {
      await redis.set(key, JSON.stringify(toStatus(state, new Date())), 'EX', ttl);
    },
    async read() {
      const raw = await redis.get(key);
      if (!raw) return { state: 'not_running' };
      const parsed = stored.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : { state: 'not_running' };
    },
    async clear() {
      await redis.del(key);
    },
  };
}

function toStatus(state: WebConnectionState, now: Date): Exclude<GatewayStatus, { state: 'not_running' }> {
  const updatedAt = now.toISOString();
  switch (state.state) {
    case 'starting':
      return { state: 'starting', updatedAt };
    case 'qr_needed':
      return { state: 'qr_needed', qr: state.qr, updatedAt };
    case 'connected':
      return { state: 'connected', since: state.since.toISOString(), updatedAt };
    case 'disconnected':
      return { state: 'disconnected', since: state.since.toISOString(), cause: state.cause, updatedAt };
  }
}

/** What `/healthz` shows: never the QR code, which would let anyone link their phone to the gateway. */
export function publicGatewayStatus(status: GatewayStatus): Record<string, string> {
  if (status.state === 'qr_needed') return { state: status.state };
  const { state, ...rest } = status;
  const { updatedAt: _updatedAt, ...shown } = rest as Record<string, string>;
  return { state, ...shown };
}
