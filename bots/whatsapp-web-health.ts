import { publicGatewayStatus } from '../adapters/channels/whatsapp-web/gateway-status.js';
import { countWhatsAppWebEvents } from '../core/services/events/whatsapp-web-events.js';
import type { Deps } from './compose.js';

/**
 * The WhatsApp Web gateway's state for `/healthz` (`connected`, `qr_needed`, `disconnected` since when and
 * why, or `not_running`), shown when a gateway runs or an event needs one; absent on Twilio-only setups.
 * It does not change the health verdict: the server itself is fine while the phone is away.
 */
export async function whatsappWebHealth(deps: Deps): Promise<Record<string, string> | undefined> {
  const status = await deps.whatsappWebStatus.read().catch(() => undefined);
  if (!status) return undefined;
  if (status.state === 'not_running') {
    const needed = await countWhatsAppWebEvents(deps.db.em.fork()).catch(() => 0);
    if (needed === 0) return undefined;
  }
  return publicGatewayStatus(status);
}
