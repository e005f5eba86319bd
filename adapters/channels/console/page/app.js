// The console page: choose an event and who you are, then chat through the real pipeline.
import { openConversation } from './conversation.js';
import { api, clearNotice, el, showNotice, ui } from './dom.js';

const STORAGE_KEY = 'eventos-console';
const NEW_PERSON = 'new';
/** WhatsApp's limit, as the server's (it refuses larger uploads too); checked here to spare the upload. */
const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

let events = [];
let people = [];
/** `demo-people` (chat as the demo's attendees) or `test-contacts` (`console:` names only), from the server. */
let identities = 'demo-people';
/** The open conversation; a new one is opened (never reused) when the person or event changes. */
let chat = null;

function option(value, label) {
  const node = el('option', { text: label });
  node.value = value;
  return node;
}

/** Mirrors console-identity.ts: a test contact's address from the name typed. */
function testContact(input) {
  const name = input
    .trim()
    .toLowerCase()
    .replace(/^console:/, '');
  const slug = name
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug && !normalizePhone(input) ? `console:${slug}` : null;
}

/** Mirrors core/normalize-phone.ts so the page polls the same number the server stores. */
function normalizePhone(input) {
  const stripped = input
    .trim()
    .replace(/^whatsapp:/i, '')
    .replace(/[\s().-]/g, '');
  const digits = stripped.startsWith('+') ? stripped.slice(1) : stripped.replace(/^00/, '');
  return /^\d{7,15}$/.test(digits) ? `+${digits}` : null;
}

function saved() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
}

async function loadEvents() {
  try {
    events = (await api('events')).events;
  } catch (error) {
    ui.event.replaceChildren(option('', 'Could not load events'));
    ui.setupError.textContent = error.message;
    return;
  }
  if (events.length === 0) {
    ui.event.replaceChildren(option('', 'No events yet'));
    ui.setupError.textContent =
      'No events are loaded. Import one: npm run -s eventos -- import fixtures/demo-event.json';
    return;
  }
  const choices = events.map((event) => option(event.id, event.name));
  if (events.length > 1) choices.unshift(option('', 'Choose an event'));
  ui.event.replaceChildren(...choices);
  // Coming back to the page resumes the last conversation.
  const previous = saved();
  if (previous && events.some((event) => event.id === previous.eventId)) ui.event.value = previous.eventId;
  await loadPeople();
  if (previous && ui.event.value === previous.eventId) {
    const known = people.some((person) => person.phone === previous.phone);
    ui.person.value = known ? previous.phone : NEW_PERSON;
    if (!known) ui.phone.value = previous.phone;
    updatePhoneRow();
    startChat();
  }
}

async function loadPeople() {
  people = [];
  ui.person.disabled = true;
  if (!ui.event.value) {
    ui.person.replaceChildren(option('', 'Choose an event first'));
    return;
  }
  ui.person.replaceChildren(option('', 'Loading people…'));
  try {
    const answer = await api(`people?${new URLSearchParams({ event: ui.event.value })}`);
    people = answer.people;
    identities = answer.identities ?? identities;
    ui.setupError.textContent = '';
  } catch (error) {
    ui.setupError.textContent = error.message;
  }
  ui.person.replaceChildren(
    option('', 'Choose someone'),
    ...people.map((person) => option(person.phone, person.label)),
    option(
      NEW_PERSON,
      identities === 'demo-people'
        ? 'Someone new (type a phone number)…'
        : 'Another test contact (type a name)…',
    ),
  );
  if (identities !== 'demo-people') {
    ui.phoneLabel.textContent = 'Test contact name';
    ui.phone.type = 'text';
    ui.phone.placeholder = 'tester-2';
    ui.phoneHint.textContent = 'A contact of the console’s own, never a real WhatsApp number.';
  }
  ui.person.disabled = false;
  updatePhoneRow();
}

function updatePhoneRow() {
  ui.phoneRow.hidden = ui.person.value !== NEW_PERSON;
}

function chosenPhone() {
  if (ui.person.value !== NEW_PERSON) return ui.person.value;
  return identities === 'demo-people' ? normalizePhone(ui.phone.value) : testContact(ui.phone.value);
}

function setupProblem() {
  if (!ui.event.value) return 'Choose an event.';
  if (!ui.person.value) return 'Choose who you are.';
  if (!chosenPhone()) {
    return identities === 'demo-people'
      ? 'Type a phone number in international format, e.g. +15550199999.'
      : 'Type a name for the test contact (letters or digits), not a phone number.';
  }
  return null;
}

function startChat() {
  const problem = setupProblem();
  ui.setupError.textContent = problem ?? '';
  if (problem) return;
  const phone = chosenPhone();
  const event = events.find((e) => e.id === ui.event.value);
  const name = people.find((p) => p.phone === phone)?.name ?? phone;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ eventId: event.id, phone }));
  chat?.close();
  ui.title.textContent = name;
  ui.subtitle.textContent = `${event.name} · ${phone}`;
  const intro = `You are ${name} at ${event.name}. Say hi — the replies come from the real bot.`;
  ui.log.replaceChildren(el('p', { className: 'intro', text: intro }));
  ui.local.replaceChildren();
  showChat(true);
  ui.text.focus();
  chat = openConversation({ eventId: event.id, phone });
}

function openSetup() {
  chat?.close();
  chat = null;
  showChat(false);
  ui.title.textContent = 'EventOS Chat';
  ui.subtitle.textContent = 'Console — choose an event and who you are';
  ui.person.focus();
}

function showChat(open) {
  ui.setup.hidden = open;
  ui.chat.hidden = !open;
  ui.composer.hidden = !open;
  ui.switchButton.hidden = !open;
}

function sendText() {
  const text = ui.text.value;
  if (!text.trim() || !chat) return ui.text.focus();
  ui.text.value = '';
  fitComposer();
  chat.sendText(text);
}

function sendAttachment() {
  const file = ui.attach.files?.[0];
  // Cleared at once, so choosing the same file again sends it again.
  ui.attach.value = '';
  if (!file || !chat) return;
  const problem = attachmentProblem(file);
  if (problem) return showNotice(problem, 'attach');
  clearNotice('attach');
  chat.sendMedia(file);
}

/** The server names the exact formats it reads; here only what is plainly not a photo or voice note. */
function attachmentProblem(file) {
  const name = file.name.length > 40 ? `${file.name.slice(0, 37)}…` : file.name;
  if (!/^(image|audio)\//.test(file.type)) {
    return `"${name}" can't be sent: attach a photo or a voice note (an audio file).`;
  }
  if (file.size > MAX_UPLOAD_BYTES)
    return `"${name}" is too big to send: the limit is 16 MB, as on WhatsApp.`;
  if (file.size === 0) return `"${name}" is empty — nothing was sent.`;
  return null;
}

/** The composer grows with its text up to a few lines, as on a phone. */
function fitComposer() {
  ui.text.style.height = 'auto';
  ui.text.style.height = `${Math.min(ui.text.scrollHeight, 140)}px`;
}

ui.event.addEventListener('change', loadPeople);
ui.person.addEventListener('change', () => {
  updatePhoneRow();
  if (ui.person.value === NEW_PERSON) ui.phone.focus();
});
ui.setup.addEventListener('submit', (event) => {
  event.preventDefault();
  startChat();
});
ui.switchButton.addEventListener('click', openSetup);
ui.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  sendText();
});
ui.text.addEventListener('keydown', (event) => {
  // Enter sends and Shift+Enter breaks the line, as in WhatsApp Web; IME composition must not send.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendText();
  }
});
ui.text.addEventListener('input', fitComposer);
ui.attachButton.addEventListener('click', () => ui.attach.click());
ui.attach.addEventListener('change', sendAttachment);
document.addEventListener('visibilitychange', () => {
  if (!document.hidden) chat?.poll();
});

loadEvents();
