import { createTwilioApiClient } from '../../adapters/channels/twilio/api-client.js';
import { TWILIO_INBOUND_PATH } from '../../adapters/channels/twilio/index.js';
import { WHATSAPP_TEMPLATES } from '../../adapters/channels/twilio/templates/index.js';
import { approvalOfSid } from '../../adapters/channels/twilio/templates/sync-templates.js';
import { TEMPLATE_LANGUAGES } from '../../adapters/channels/twilio/templates/template.js';
import { publicWebhookUrl } from '../../adapters/channels/twilio/verify.js';
import { loadTemplateSids } from '../../core/services/templates/template-sids.js';
import type { Db } from '../../db/orm.js';
import type { Config } from '../config.js';
import { type Check, type CheckResult, fail, ok, skip } from './check.js';

const twilioError = (error: unknown) => {
  const e = error as { status?: number; code?: number; message?: string };
  return e.code ? `${e.status ?? ''} ${e.code} ${e.message ?? ''}`.trim() : String(e.message ?? error);
};

/**
 * Through the `twilio` client: the credentials open the account, the sender number is one of the account's
 * WhatsApp senders (Senders API), and its inbound webhook is our public URL.
 */
export const twilioReady: Check = async ({ config, db }) => {
  const client = createTwilioApiClient({ ...config.twilio, timeoutMs: 10_000 });
  const account = await accountAndSender(client, config);
  // Templates are only worth asking about once the credentials open the account.
  if (account[0]?.status !== 'ok') return account;
  return [...account, ...(await templatesApproved(client, db))];
};

async function accountAndSender(client: ReturnType<typeof createTwilioApiClient>, config: Config) {
  const { accountSid, from } = config.twilio;
  const results: CheckResult[] = [];
  try {
    const account = await client.api.v2010.accounts(accountSid).fetch();
    if (account.status !== 'active')
      return [
        fail(
          'twilio.credentials',
          'Twilio credentials valid',
          `account ${accountSid} is ${account.status}`,
          'Reactivate the account in the Twilio console.',
        ),
      ];
    results.push(
      ok('twilio.credentials', 'Twilio credentials valid', `account ${account.friendlyName} (${accountSid})`),
    );
  } catch (error) {
    const refused = [401, 403, 404].includes((error as { status?: number }).status ?? 0);
    return [
      refused
        ? fail(
            'twilio.credentials',
            'Twilio credentials valid',
            `Twilio refused TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN: ${twilioError(error)}`,
            'Copy the Account SID and Auth Token from console.twilio.com into .env.',
          )
        : fail(
            'twilio.credentials',
            'Twilio credentials valid',
            `could not reach Twilio: ${twilioError(error)}`,
            'Check outbound HTTPS to api.twilio.com (and TWILIO_API_BASE_URL, which only tests should set).',
          ),
      skip('twilio.sender', 'WhatsApp sender belongs to the account', 'skipped: credentials refused'),
      skip('twilio.webhook', 'Twilio webhook points at PUBLIC_BASE_URL', 'skipped: credentials refused'),
    ];
  }
  const senderId = `whatsapp:${from}`;
  let senders: Awaited<ReturnType<typeof client.messaging.v2.channelsSenders.list>>;
  try {
    senders = await client.messaging.v2.channelsSenders.list({ channel: 'whatsapp', limit: 500 });
  } catch (error) {
    results.push(
      fail(
        'twilio.sender',
        'WhatsApp sender belongs to the account',
        `could not list WhatsApp senders: ${twilioError(error)}`,
        'Check the account has WhatsApp enabled (Twilio console → Messaging → Senders).',
      ),
      skip('twilio.webhook', 'Twilio webhook points at PUBLIC_BASE_URL', 'skipped: senders unknown'),
    );
    return results;
  }
  const sender = senders.find((s) => s.senderId === senderId);
  if (!sender) {
    results.push(
      fail(
        'twilio.sender',
        'WhatsApp sender belongs to the account',
        `${from} is not a WhatsApp sender of ${accountSid} (it has ${senders.length})`,
        'Register the number as a WhatsApp sender (Twilio console → Messaging → Senders → WhatsApp senders), ' +
          'or fix TWILIO_WHATSAPP_FROM.',
      ),
      skip('twilio.webhook', 'Twilio webhook points at PUBLIC_BASE_URL', 'skipped: no such sender'),
    );
    return results;
  }
  results.push(
    sender.status === 'ONLINE'
      ? ok('twilio.sender', 'WhatsApp sender belongs to the account', `${from} is ONLINE`)
      : fail(
          'twilio.sender',
          'WhatsApp sender belongs to the account',
          `${from} is ${sender.status}`,
          'Finish the sender registration in the Twilio console (Meta business verification, display name).',
        ),
  );
  const expected = publicWebhookUrl(config.publicBaseUrl, TWILIO_INBOUND_PATH);
  const actual = sender.webhook?.callbackUrl ?? '(none)';
  results.push(
    actual === expected
      ? ok('twilio.webhook', 'Twilio webhook points at PUBLIC_BASE_URL', expected)
      : fail(
          'twilio.webhook',
          'Twilio webhook points at PUBLIC_BASE_URL',
          `incoming messages go to ${actual}, not ${expected}`,
          `Set the sender's webhook URL to ${expected} (POST), or fix PUBLIC_BASE_URL.`,
        ),
  );
  return results;
}

/**
 * Each template × language has a Content SID stored by `twilio templates sync`, and WhatsApp approved the one a
 * send would use (one line per template; the languages in its detail).
 */
async function templatesApproved(client: ReturnType<typeof createTwilioApiClient>, db: Db | null) {
  // A database that cannot say (not migrated yet) has no stored SIDs: every template says to sync.
  const stored = db ? await loadTemplateSids(db.em.fork()).catch(() => []) : [];
  const results: CheckResult[] = [];
  for (const t of WHATSAPP_TEMPLATES) {
    const id = `twilio.template.${t.name}`;
    const title = `Template ${t.name} approved`;
    const problems: string[] = [];
    const fine: string[] = [];
    for (const language of TEMPLATE_LANGUAGES) {
      const sid = stored.find(
        (s) => s.name === t.name && s.language === language && s.version === t.version,
      )?.contentSid;
      if (!sid) {
        problems.push(`${language}: not synced (v${t.version})`);
        continue;
      }
      const approval = await approvalOfSid(client, sid);
      if (approval.status === 'approved') fine.push(`${language} ${sid}`);
      else
        problems.push(
          `${language}: ${sid} is ${approval.status}${approval.rejectionReason ? ` (${approval.rejectionReason})` : ''}`,
        );
    }
    results.push(
      problems.length === 0
        ? ok(id, title, fine.join(', '))
        : fail(
            id,
            title,
            problems.join('; '),
            problems.some((p) => p.includes('not synced') || p.includes('missing'))
              ? 'Run `npm run -s eventos -- twilio templates sync`.'
              : 'Wait for WhatsApp (`eventos twilio templates status`); a rejected text needs new wording and version.',
          ),
    );
  }
  return results;
}
