/**
 * WhatsApp's customer-service window: free-form messages only within 24 h of the person's last message to us,
 * else an approved template (Twilio error 63016,
 * https://www.twilio.com/docs/whatsapp/key-concepts#the-24-hour-window-or-24-hour-session).
 */
export const SESSION_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * A free-form message written this close to the window's end may be delivered after it (a retry, a queue
 * backlog) and then suppressed; send the template instead.
 */
const WINDOW_MARGIN_MS = 10 * 60 * 1000;

/** Whether a proactive message written now may go free-form rather than as a template. */
export function mayWriteFreeForm(lastInboundAt: Date | string | null | undefined, now: Date): boolean {
  const last = lastInboundAt ? new Date(lastInboundAt).getTime() : 0;
  return now.getTime() - last < SESSION_WINDOW_MS - WINDOW_MARGIN_MS;
}
