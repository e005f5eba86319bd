import { type Request, type Response, Router } from 'express';
import QRCode from 'qrcode';
import { findValidTicketReference } from '../core/services/tickets/find-valid-ticket-reference.js';
import type { Deps } from './compose.js';
import { TICKET_QR_PATH, verifyMediaSignature } from './public-links.js';

/**
 * Public media the bot sends by URL (Twilio fetches it when delivering): ticket QR codes. The signature in the
 * link proves we issued it, so references cannot be enumerated; cancelled or unknown tickets get 404.
 */
export function createMediaRoutes(deps: Deps): Router {
  const router = Router();
  router.get(`${TICKET_QR_PATH}/:file`, async (req: Request<{ file: string }>, res: Response) => {
    const match = /^(.+)\.png$/.exec(req.params.file);
    const reference = match?.[1];
    const signature = typeof req.query.sig === 'string' ? req.query.sig : '';
    if (!reference || !verifyMediaSignature(deps.config.mediaSigningSecret, reference, signature)) {
      res.status(403).type('text/plain').send('Invalid or missing signature');
      return;
    }
    const ticket = await findValidTicketReference(deps.db.em.fork(), reference);
    if (!ticket) {
      res.status(404).type('text/plain').send('No such ticket');
      return;
    }
    const png = await QRCode.toBuffer(ticket, { type: 'png', width: 512, margin: 2 });
    // The image of a reference never changes; a cancellation is checked again when the cache runs out.
    res.set('Cache-Control', 'private, max-age=300').type('image/png').send(png);
  });
  return router;
}
