// Shared bits of the console page. Text only ever goes in through textContent, never as HTML.

const $ = (id) => document.getElementById(id);

export const ui = {
  title: $('chat-title'),
  subtitle: $('chat-subtitle'),
  switchButton: $('switch'),
  setup: $('setup'),
  event: $('event'),
  person: $('person'),
  phoneRow: $('phone-row'),
  phone: $('phone'),
  phoneLabel: document.querySelector('label[for="phone"]'),
  phoneHint: $('phone-hint'),
  setupError: $('setup-error'),
  chat: $('chat'),
  log: $('log'),
  local: $('local'),
  typing: $('typing'),
  notice: $('notice'),
  composer: $('composer'),
  text: $('text'),
  attach: $('attach'),
  attachButton: $('attach-button'),
};

const base = document.body.dataset.base ?? '';
const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

export function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Calls the console API; a failure carries the server's own explanation when it sent one. */
export async function api(path, init = {}) {
  let response;
  // The session's CSRF token goes back on every POST: another site can neither read it nor set the header.
  const headers = { ...init.headers, 'X-CSRF-Token': csrfToken };
  try {
    response = await fetch(`${base}/api/${path}`, { ...init, headers });
  } catch {
    throw new Error('Cannot reach the console server.');
  }
  // The session ended (it lasts 12 hours, and a server restart ends it): back to the login.
  if (response.status === 401) window.location.assign(`${base}/login`);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `The server answered ${response.status}.`);
  return body;
}

/** crypto.randomUUID only exists on secure origins; the console may be opened over a LAN address. */
export function newClientId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const timeOf = (iso) => new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });

export function dayLabel(iso) {
  const day = (date) => date.toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' });
  return day(new Date(iso)) === day(new Date()) ? 'Today' : day(new Date(iso));
}

export const sameDay = (a, b) => new Date(a).toDateString() === new Date(b).toDateString();

/** One line above the composer for trouble (`kind` lets the code that raised it clear it again). */
export function showNotice(text, kind = '') {
  ui.notice.textContent = text ?? '';
  ui.notice.dataset.kind = text ? kind : '';
  ui.notice.hidden = !text;
}

export function clearNotice(kind) {
  if (ui.notice.dataset.kind === kind) showNotice(null);
}

export function scrollToEnd() {
  ui.chat.scrollTop = ui.chat.scrollHeight;
}
