import express from 'express';
import QRCode from 'qrcode';
import { PAGE_CSP } from './page-assets.js';

/** The WhatsApp Web gateway's login state as the page shows it (the QR only while a scan is needed). */
export interface WhatsAppWebLoginState {
  state: 'not_running' | 'starting' | 'qr_needed' | 'connected' | 'disconnected';
  qr?: string;
  since?: string;
  cause?: string;
}

/** Refreshes while a scan is pending: WhatsApp rotates the code about every 20 seconds. */
const REFRESH_SECONDS = 5;

/**
 * `/console/whatsapp-web`: the QR code to link the event phone, for a phone held up to a laptop rather than
 * a terminal. It sits behind the console login like the rest of the console: the code links a phone to the
 * gateway, so it must never be public.
 */
export function createWhatsAppWebPage(read: () => Promise<WhatsAppWebLoginState>): express.Router {
  const router = express.Router();
  router.get('/whatsapp-web', async (_req, res) => {
    const status = await read();
    res.set({ 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': 'no-store' });
    res.type('html').send(await page(status));
  });
  return router;
}

async function page(status: WhatsAppWebLoginState): Promise<string> {
  const body = await describe(status);
  const refresh =
    status.state === 'connected' ? '' : `<meta http-equiv="refresh" content="${REFRESH_SECONDS}">`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>WhatsApp Web login — EventOS Chat</title>${refresh}</head>
<body><main><h1>WhatsApp Web</h1>${body}</main></body></html>`;
}

async function describe(status: WhatsAppWebLoginState): Promise<string> {
  switch (status.state) {
    case 'qr_needed': {
      const svg = await QRCode.toString(status.qr ?? '', { type: 'svg', margin: 2, width: 320 });
      return `<p>On the event phone open WhatsApp → Settings → Linked devices → Link a device, and scan:</p>
<div id="qr" role="img" aria-label="WhatsApp Web login QR code">${svg}</div>
<p>The code changes every few seconds; this page follows it.</p>`;
    }
    case 'connected':
      return `<p id="state">Connected since ${escapeHtml(status.since ?? '')}. Nothing to scan.</p>`;
    case 'disconnected':
      return `<p id="state">Not connected since ${escapeHtml(status.since ?? '')}: ${escapeHtml(status.cause ?? '')}. The gateway keeps retrying.</p>`;
    case 'starting':
      return '<p id="state">The gateway is starting WhatsApp Web…</p>';
    case 'not_running':
      return '<p id="state">No WhatsApp Web gateway is running. Start one with <code>npm run -s eventos -- whatsapp-web login</code> (or <code>whatsapp-web</code>).</p>';
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
