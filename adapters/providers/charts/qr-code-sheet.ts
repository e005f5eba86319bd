import QRCode from 'qrcode';
import sharp from 'sharp';
import { whatsappLink } from '../../../core/catalog/session-code.js';
import type { CodeSheet, CodeSheetContent } from '../../../core/ports/code-sheet.js';

const COLUMNS = 2;
const CELL_W = 620;
const CELL_H = 760;
const QR_SIZE = 500;
const HEADER_H = 110;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

/** Long titles are cut to what fits one line at this size (the detail line and the code stay whole). */
const fit = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The sheet as an SVG page — a grid of QR codes (vector, from `qrcode`) with each session's title, room and
 * time and its code in plain text for people without a camera — rasterised by sharp like the sales chart.
 */
export class QrCodeSheet implements CodeSheet {
  readonly #number: string;

  /** `whatsappNumber`: the number attendees write to (TWILIO_WHATSAPP_FROM). */
  constructor(options: { whatsappNumber: string }) {
    this.#number = options.whatsappNumber;
  }

  async render(sheet: CodeSheetContent): Promise<Buffer> {
    const rows = Math.max(1, Math.ceil(sheet.codes.length / COLUMNS));
    const width = COLUMNS * CELL_W;
    const height = HEADER_H + rows * CELL_H;
    const cells = await Promise.all(
      sheet.codes.map(async (entry, i) => {
        const x = (i % COLUMNS) * CELL_W;
        const y = HEADER_H + Math.floor(i / COLUMNS) * CELL_H;
        const qr = await QRCode.toString(whatsappLink(this.#number, entry.code), {
          type: 'svg',
          margin: 1,
          errorCorrectionLevel: 'M',
        });
        const placed = qr.replace(
          '<svg ',
          `<svg x="${x + (CELL_W - QR_SIZE) / 2}" y="${y + 20}" width="${QR_SIZE}" height="${QR_SIZE}" `,
        );
        const centre = x + CELL_W / 2;
        return [
          `<rect x="${x + 10}" y="${y + 5}" width="${CELL_W - 20}" height="${CELL_H - 10}" fill="none" stroke="#bbb" stroke-dasharray="6 6"/>`,
          placed,
          `<text x="${centre}" y="${y + QR_SIZE + 75}" font-size="28" font-weight="bold" text-anchor="middle">${escapeXml(fit(entry.title, 34))}</text>`,
          `<text x="${centre}" y="${y + QR_SIZE + 120}" font-size="24" text-anchor="middle">${escapeXml(fit(entry.detail, 48))}</text>`,
          `<text x="${centre}" y="${y + QR_SIZE + 170}" font-size="26" font-family="DejaVu Sans Mono, monospace" text-anchor="middle">Scan, or send ${escapeXml(entry.code)}</text>`,
        ].join('');
      }),
    );
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif">`,
      `<rect width="100%" height="100%" fill="#fff"/>`,
      `<text x="${width / 2}" y="70" font-size="40" font-weight="bold" text-anchor="middle">${escapeXml(fit(sheet.title, 60))}</text>`,
      ...cells,
      '</svg>',
    ].join('');
    return sharp(Buffer.from(svg)).png().toBuffer();
  }
}
