// One open conversation (an event and a phone): polls for messages, shows the typing indicator, sends.
// Replies reach the database through the outbox and a delivery job, so the page has to poll for them.
import { api, clearNotice, dayLabel, el, newClientId, sameDay, scrollToEnd, showNotice, ui } from './dom.js';
import {
  addLocalCopy,
  dropConfirmedCopies,
  dropLocalCopy,
  markFailed,
  markSending,
  markStored,
} from './local-copies.js';
import { metaOf, renderMessage } from './render-message.js';

const POLL_MS = 700;
const HIDDEN_POLL_MS = 3000;
// Replies can commit slightly after a newer message (one transaction starts before another ends), and
// statuses change after a message first appears, so each poll re-reads a few seconds behind.
const OVERLAP_MS = 3000;
const PENDING = new Set(['queued', 'sending', 'received']);
const STUCK_MS = 60000;
const NO_REPLY_MS = 20000;
// A handled message's replies are already in the outbox; if none shows up by then, the bot chose silence.
const SILENCE_AFTER_HANDLED_MS = 3000;

export function openConversation({ eventId, phone }) {
  const byId = new Map();
  const order = [];
  let waiting = null;
  let polling = false;
  let pollAgain = false;
  let timer = 0;
  let closed = false;

  /** Reads from a little before the first message that may still change (or else the newest one). */
  function cursor() {
    const newest = order.at(-1);
    if (!newest) return undefined;
    // Only recent pending messages hold the cursor back: one stuck for good must not pin it forever.
    const pending = order.find(
      (m) => PENDING.has(m.status) && Date.parse(newest.createdAt) - Date.parse(m.createdAt) < STUCK_MS,
    );
    return new Date(Date.parse((pending ?? newest).createdAt) - OVERLAP_MS).toISOString();
  }

  async function poll() {
    if (closed) return;
    if (polling) {
      pollAgain = true;
      return;
    }
    clearTimeout(timer);
    polling = true;
    const startedAt = performance.now();
    try {
      const query = new URLSearchParams({ event: eventId, phone });
      const after = cursor();
      if (after) query.set('after', after);
      const { messages } = await api(`messages?${query}`);
      if (closed) return;
      const nearBottom = ui.chat.scrollHeight - ui.chat.scrollTop - ui.chat.clientHeight < 80;
      let added = false;
      for (const message of messages) added = upsert(message) || added;
      dropConfirmedCopies(startedAt);
      updateTyping();
      if (added && nearBottom) scrollToEnd();
      clearNotice('offline');
    } catch (error) {
      if (!closed) showNotice(`${error.message} Retrying…`, 'offline');
    } finally {
      polling = false;
      if (!closed) {
        const delay = pollAgain ? 0 : document.hidden ? HIDDEN_POLL_MS : POLL_MS;
        pollAgain = false;
        timer = setTimeout(poll, delay);
      }
    }
  }

  /** Adds a message, or refreshes one already shown when its status moved on. Returns true when new. */
  function upsert(message) {
    const known = byId.get(message.id);
    if (known) {
      if (known.message.status === message.status) return false;
      const meta = metaOf(message);
      known.meta.replaceWith(meta);
      Object.assign(known, { message, meta });
      noteForTyping(message);
      return false;
    }
    let index = order.length;
    while (index > 0 && order[index - 1].createdAt > message.createdAt) index--;
    const previous = order[index - 1];
    const next = order[index];
    const view = renderMessage(message, previous, sendButton);
    if (next) ui.log.insertBefore(view.node, byId.get(next.id).node);
    else {
      if (!previous || !sameDay(previous.createdAt, message.createdAt)) {
        ui.log.append(el('p', { className: 'day', text: dayLabel(message.createdAt) }));
      }
      ui.log.append(view.node);
    }
    order.splice(index, 0, message);
    byId.set(message.id, { ...view, message });
    ui.log.querySelector('.intro')?.remove();
    if (message.direction === 'in') dropLocalCopy(message.message);
    noteForTyping(message);
    return true;
  }

  /** Typing lasts from a send until a bot message newer than the person's own arrives. */
  function noteForTyping(message) {
    if (!waiting) return;
    if (message.direction === 'in') {
      if (!waiting.inboundAt || message.createdAt >= waiting.inboundAt) {
        waiting.inboundAt = message.createdAt;
        waiting.handledAt = message.status === 'handled' ? performance.now() : null;
      }
    } else if (waiting.inboundAt && message.createdAt > waiting.inboundAt) {
      waiting = null;
    }
  }

  function updateTyping() {
    const now = performance.now();
    if (waiting?.handledAt && now - waiting.handledAt > SILENCE_AFTER_HANDLED_MS) waiting = null;
    if (waiting && now - waiting.since > NO_REPLY_MS) {
      waiting = null;
      showNotice('No reply yet. Is the worker running? It is the process that answers messages.', 'slow');
    }
    if (ui.typing.hidden === !waiting) return;
    ui.typing.hidden = !waiting;
    if (waiting) scrollToEnd();
  }

  /** A retry reuses the client id, so the server stores the message once however often it is posted. */
  async function send(post, preview, copy = addLocalCopy(preview), clientId = newClientId()) {
    if (closed) return;
    markSending(copy);
    waiting = { since: performance.now(), inboundAt: null, handledAt: null };
    updateTyping();
    scrollToEnd();
    try {
      await post(clientId);
      markStored(copy);
      clearNotice('slow');
      poll();
    } catch (error) {
      if (closed) return;
      waiting = null;
      updateTyping();
      markFailed(copy, error.message, () => send(post, preview, copy, clientId));
    }
  }

  /** Text and button taps go as JSON. */
  function sendJson(content, preview) {
    const post = (clientId) =>
      api('messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ event: eventId, from: phone, clientId, ...content }),
      });
    send(post, preview);
  }

  function sendButton(button) {
    const preview = { kind: 'button', text: button.title, payload: button.id };
    sendJson({ button: { id: button.id, title: button.title } }, preview);
  }

  /** A photo or voice note goes as the request body itself, typed by its Content-Type. */
  function sendMedia(file) {
    const voice = file.type.startsWith('audio/');
    const preview = voice
      ? { kind: 'media', media: 'voice', text: '🎤 voice note' }
      : { kind: 'media', media: 'photo', text: '📷 photo' };
    const post = (clientId) =>
      api(`media?${new URLSearchParams({ event: eventId, from: phone, clientId })}`, {
        method: 'POST',
        headers: { 'Content-Type': file.type },
        body: file,
      });
    send(post, preview);
  }

  poll();
  return {
    sendText: (text) => sendJson({ text }, { kind: 'text', text }),
    sendButton,
    sendMedia,
    poll,
    close() {
      closed = true;
      clearTimeout(timer);
      ui.typing.hidden = true;
      showNotice(null);
    },
  };
}
