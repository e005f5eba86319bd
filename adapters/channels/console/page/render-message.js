// Draws one ConsoleMessage as a WhatsApp-like bubble. Buttons and list rows become real <button>s that
// call `onChoice({ id, title })`; everything from the server is set as text, never as HTML.
import { el, newClientId, timeOf } from './dom.js';
import { parseWhatsAppFormatting } from './whatsapp-format.js';

const CLOCK = 'clock';
const STATUS_TEXT = {
  queued: [CLOCK, 'queued'],
  sending: [CLOCK, 'sending'],
  sent: ['✓', 'sent'],
  delivered: ['✓✓', 'delivered'],
  read: ['✓✓', 'read'],
  failed: ['!', 'not delivered'],
  undelivered: ['!', 'not delivered'],
  received: ['✓', 'received by the server'],
  handled: ['✓✓', 'handled by the bot'],
};

/** Time and a subtle status mark; the status is spelled out for screen readers and on hover. */
export function metaOf(message) {
  const [glyph, label] = STATUS_TEXT[message.status] ?? ['', message.status];
  const tick = glyph === CLOCK ? clockIcon() : statusMark(glyph, message.status);
  return el('span', { className: 'meta', attrs: { title: label } }, [
    timeOf(message.createdAt),
    glyph ? tick : null,
    el('span', { className: 'sr-only', text: `, ${label}` }),
  ]);
}

export function statusMark(glyph, status) {
  const tone = status === 'read' ? ' read' : glyph === '!' ? ' failed' : '';
  return el('span', { className: `tick${tone}`, text: glyph, attrs: { 'aria-hidden': 'true' } });
}

/** Drawn rather than an emoji: not every machine running the demo has an emoji font. */
export function clockIcon() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const attrs = { viewBox: '0 0 12 12', width: '11', height: '11', class: 'clock', 'aria-hidden': 'true' };
  for (const [name, value] of Object.entries(attrs)) svg.setAttribute(name, value);
  const face = document.createElementNS(ns, 'circle');
  for (const [name, value] of Object.entries({ cx: '6', cy: '6', r: '5' })) face.setAttribute(name, value);
  const hands = document.createElementNS(ns, 'path');
  hands.setAttribute('d', 'M6 3v3l2 1.5');
  svg.append(face, hands);
  return svg;
}

const MEDIA_ICONS = {
  // A camera and a microphone, drawn for the same reason as the clock.
  photo: 'M4 8h3l2-3h6l2 3h3v11H4zM12 10.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7',
  voice: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3M6 11a6 6 0 0 0 12 0M12 17v4',
};

/** "📷 photo" / "🎤 voice note" with a drawn icon in place of the emoji; the text keeps the emoji for copying. */
export function mediaLabel(body) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const attrs = {
    viewBox: '0 0 24 24',
    width: '16',
    height: '16',
    class: 'media-icon',
    'aria-hidden': 'true',
  };
  for (const [name, value] of Object.entries(attrs)) svg.setAttribute(name, value);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', MEDIA_ICONS[body.media] ?? MEDIA_ICONS.photo);
  svg.append(path);
  const words = String(body.text ?? '').replace(/^\S+\s+/u, '');
  const label = el('span', { className: 'text media' }, [svg, el('span', { text: words })]);
  label.setAttribute('aria-label', String(body.text ?? ''));
  return label;
}

export function textOf(text) {
  return el('span', { className: 'text' }, formatted(parseWhatsAppFormatting(String(text ?? ''))));
}

/** WhatsApp's *bold*, _italic_, ~strike~ and monospace, as elements holding text (never HTML). */
function formatted(nodes) {
  return nodes.map((node) =>
    typeof node === 'string' ? document.createTextNode(node) : el(node.tag, {}, formatted(node.children)),
  );
}

/** Returns the row and its meta element, which is swapped when the status moves on. */
export function renderMessage(message, previous, onChoice) {
  const mine = message.direction === 'in';
  const body = message.message ?? { kind: 'text', text: '' };
  const bubble = el('div', { className: 'bubble' });
  const stack = el('div', { className: 'stack' }, [bubble]);
  const first = !previous || previous.direction !== message.direction;
  const node = el('div', { className: `row ${mine ? 'me' : 'bot'}${first ? ' gap' : ''}` }, [stack]);
  const meta = metaOf(message);
  switch (body.kind) {
    case 'buttons':
      bubble.append(textOf(body.text), meta);
      for (const button of list(body.buttons)) stack.append(choiceButton(button, onChoice));
      break;
    case 'list':
      bubble.append(textOf(body.text), meta);
      stack.append(...listPicker(body, onChoice));
      break;
    case 'image':
      bubble.classList.add('picture');
      bubble.append(imageOf(body), textOf(body.caption ?? ''), meta);
      break;
    case 'template':
      // Proactive messages outside WhatsApp's 24-hour window must use a pre-approved template.
      bubble.append(
        el('span', { className: 'tag', text: `template: ${body.templateId}` }),
        textOf(body.fallbackText),
        meta,
      );
      break;
    case 'button':
      bubble.classList.add('tapped');
      bubble.title = `Tapped a button (${body.payload})`;
      bubble.append(textOf(body.text), meta);
      break;
    case 'text':
      bubble.append(textOf(body.text), meta);
      break;
    case 'media':
      // A photo or voice note the person sent: only its label, the bytes are never kept.
      bubble.append(mediaLabel(body), meta);
      break;
    default:
      bubble.append(textOf(`(a ${body.kind} message the console cannot show)`), meta);
  }
  return { node, meta };
}

const list = (value) => (Array.isArray(value) ? value : []);

function imageOf(body) {
  const url = String(body.url ?? '');
  if (!/^(https?:|data:image\/|\/)/i.test(url)) return textOf(url);
  const img = el('img', { attrs: { alt: body.caption || 'Image from the assistant', loading: 'lazy' } });
  img.src = url;
  return img;
}

function choiceButton(button, onChoice) {
  const node = el('button', { className: 'choice', text: button.title, attrs: { type: 'button' } });
  node.addEventListener('click', () => onChoice(button));
  return node;
}

/** WhatsApp opens list messages in a sheet; here the rows unfold under the bubble. */
function listPicker(body, onChoice) {
  const id = `list-${newClientId()}`;
  const toggle = el('button', {
    className: 'choice',
    text: `☰ ${body.buttonText || 'Choose'}`,
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': id },
  });
  const rows = list(body.items).map((item) => {
    const choice = el('button', { className: 'choice', attrs: { type: 'button' } }, [
      item.title,
      item.description ? el('span', { className: 'desc', text: item.description }) : null,
    ]);
    choice.addEventListener('click', () => onChoice(item));
    return el('li', {}, [choice]);
  });
  const panel = el('ul', { className: 'list-items', attrs: { id } }, rows);
  panel.hidden = true;
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) panel.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });
  return [toggle, panel];
}
