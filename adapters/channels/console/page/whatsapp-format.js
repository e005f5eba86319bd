// WhatsApp's text formatting, read as WhatsApp reads it: *bold*, _italic_, ~strikethrough~, ```monospace```
// and `inline code`. A marker opens only at the start, after a space or punctuation, before a non-space; it
// closes before the end, a space or punctuation, after a non-space; and never across a line break — so
// "2*3*4" and snake_case_names stay as written. The result is a tree of plain strings (set as text, never
// as HTML) for the page to build elements from.

const MARKERS = [
  ['```', 'code'],
  ['*', 'strong'],
  ['_', 'em'],
  ['~', 's'],
  ['`', 'code'],
];

const isSpace = (c) => c === undefined || /\s/u.test(c);
const isEdge = (c) => c === undefined || /[\s\p{P}\p{S}]/u.test(c);

/** @returns {Array<string | { tag: string, children: Array<any> }>} */
export function parseWhatsAppFormatting(text) {
  const nodes = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const span = spanAt(text, i);
    if (span) {
      if (plain) nodes.push(plain);
      plain = '';
      const inner = text.slice(i + span.marker.length, span.close);
      nodes.push({ tag: span.tag, children: span.tag === 'code' ? [inner] : parseWhatsAppFormatting(inner) });
      i = span.close + span.marker.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) nodes.push(plain);
  return nodes;
}

function spanAt(text, i) {
  for (const [marker, tag] of MARKERS) {
    if (!text.startsWith(marker, i)) continue;
    if (!isEdge(text[i - 1]) || isSpace(text[i + marker.length])) continue;
    const lineEnd = text.indexOf('\n', i);
    const limit = lineEnd === -1 ? text.length : lineEnd;
    for (let close = text.indexOf(marker, i + marker.length + 1); close !== -1 && close < limit; ) {
      if (!isSpace(text[close - 1]) && isEdge(text[close + marker.length])) return { marker, tag, close };
      close = text.indexOf(marker, close + 1);
    }
  }
  return undefined;
}
