import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facePhoto } from '../support/face-fixtures.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

// Debian's chromium, headless, with everything that would reach the internet switched off.
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
// Replies travel inbound queue → skill → outbox → delivery job → page poll.
const REPLY_TIMEOUT_MS = 15_000;

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // As `npm run demo` runs it: the console is on and entered by the one-time link the demo prints.
  app = await startTestApp({ mode: 'demo' });
  browser = await chromium.launch(CHROMIUM);
  page = await browser.newPage({ viewport: { width: 390, height: 780 } });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const botReply = (text: string) => page.locator('[role="log"] .row.bot', { hasText: text }).last();

async function say(text: string) {
  await page.getByLabel('Message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

describe('the web console, against the real server and workers', () => {
  it('chats as Alice: a greeting with buttons, a tap on Agenda, an FAQ answer', async () => {
    // Without a session the console sends the browser to its login; the printed link logs it in.
    await page.goto(`${app.baseUrl}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/login');
    await page.goto(app.consoleLoginUrl!);
    expect(new URL(page.url()).pathname).toBe('/console/');
    await page.getByLabel('Event').selectOption('devsummit-2026');
    const you = page.getByLabel('You are');
    const alice = await you.locator('option', { hasText: 'Alice Martins' }).getAttribute('value');
    await you.selectOption(alice ?? '');
    await page.getByRole('button', { name: 'Start chatting' }).click();

    await say('hi');
    const greeting = botReply('Alice');
    await greeting.waitFor({ timeout: REPLY_TIMEOUT_MS });
    expect(await greeting.textContent()).toMatch(/Hi Alice/);
    // The console sender marks replies delivered, and the page shows it.
    await greeting.locator('.meta[title="delivered"]').waitFor({ timeout: REPLY_TIMEOUT_MS });

    const agendaButton = page.getByRole('button', { name: 'Agenda', exact: true });
    await agendaButton.waitFor({ timeout: REPLY_TIMEOUT_MS });
    expect(await agendaButton.isVisible()).toBe(true);
    await agendaButton.click();
    // The tap shows as Alice's own message, then the day's programme arrives.
    await page.locator('[role="log"] .row.me', { hasText: 'Agenda' }).waitFor({ timeout: REPLY_TIMEOUT_MS });
    await botReply('Opening Keynote').waitFor({ timeout: REPLY_TIMEOUT_MS });

    await say("what's the wifi password?");
    await botReply('lisbon2026').waitFor({ timeout: REPLY_TIMEOUT_MS });

    // WhatsApp formatting shows as WhatsApp shows it: the tier name in *asterisks* is bold, without them.
    await say('what does a VIP pass cost');
    const price = botReply('€499');
    await price.waitFor({ timeout: REPLY_TIMEOUT_MS });
    expect(await price.locator('strong', { hasText: 'VIP' }).count()).toBeGreaterThan(0);
    expect(await price.textContent()).not.toContain('*VIP*');

    // Each message is shown once: the page's own copy gives way to the stored one.
    await page.waitForFunction(() => document.querySelectorAll('.local').length === 0, undefined, {
      timeout: REPLY_TIMEOUT_MS,
    });
    expect(await page.locator('[role="log"] .row.me', { hasText: 'wifi password' }).count()).toBe(1);
    expect(await page.locator('#typing').isVisible()).toBe(false);
  }, 90_000);

  it('attaches a photo (shown as "📷 photo", answered by the bot); refused files explain why', async () => {
    // Alice's chat from the test above is still open; she has not agreed to selfie check-in.
    await page.locator('#attach').setInputFiles({
      name: 'selfie.jpg',
      mimeType: 'image/jpeg',
      buffer: facePhoto('obama'),
    });
    await botReply("I haven't looked at it").waitFor({ timeout: REPLY_TIMEOUT_MS });
    // Labelled "📷 photo", with a drawn camera (not every machine has an emoji font).
    const mine = page.locator('[role="log"] .row.me', { has: page.getByLabel('📷 photo') });
    expect(await mine.count()).toBe(1);
    // Only the label is shown: the picture itself is not put back on the page.
    expect(await mine.locator('img').count()).toBe(0);
    await page.waitForFunction(() => document.querySelectorAll('.local').length === 0, undefined, {
      timeout: REPLY_TIMEOUT_MS,
    });

    // Not a photo or a voice note: refused in the page, nothing is uploaded.
    await page.locator('#attach').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello'),
    });
    const notice = page.locator('#notice');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toBe(
      '"notes.txt" can\'t be sent: attach a photo or a voice note (an audio file).',
    );

    // A picture the server cannot read (HEIC): the server's reason shows under the bubble.
    await page.locator('#attach').setInputFiles({
      name: 'IMG_0001.HEIC',
      mimeType: 'image/heic',
      buffer: Buffer.from('not really heic'),
    });
    const problem = page.locator('.local.failed .retry');
    await problem.waitFor({ timeout: REPLY_TIMEOUT_MS });
    expect(await problem.textContent()).toBe(
      "Not sent: That kind of picture can't be sent here. Send a photo (JPEG, PNG or WebP) or a voice note (audio). Tap to retry.",
    );
    const [stored] = await app.deps.db.em
      .fork()
      .execute<{ n: string }[]>(
        "select count(*) as n from messages where address = '+15550100101' and direction = 'in' and kind = 'image'",
      );
    expect(Number(stored?.n)).toBe(1);
  }, 60_000);
});
