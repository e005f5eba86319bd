/** One printable code: a QR code of a WhatsApp deep link whose text is `code`, with what it is for. */
export interface SheetCode {
  /** The message the QR code's link pre-fills, e.g. `HERE-S-PGVECTOR`. */
  code: string;
  title: string;
  /** Room and time, e.g. "Room A · 11:00 Thu 10 Dec". */
  detail: string;
}

/** A sheet of codes to print (session attendance codes for the room doors). */
export interface CodeSheetContent {
  title: string;
  codes: SheetCode[];
}

/**
 * Draws a sheet of QR codes as a PNG; each QR code is a `https://wa.me/<our number>?text=<code>` link, the
 * number being the implementation's own (adapters/providers/charts).
 */
export interface CodeSheet {
  render(sheet: CodeSheetContent): Promise<Buffer>;
}
