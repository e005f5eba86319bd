import { WebClient } from '@slack/web-api';
import type { OrganizerChat, OrganizerNote, PostedNote } from '../../../core/ports/organizer-chat.js';
import { withSlash } from './create-slack-app.js';
import { renderBlocks } from './render-blocks.js';

export interface SlackChatOptions {
  botToken: string;
  apiUrl?: string;
  retries?: number;
}

/** OrganizerChat over Slack's Web API (chat.postMessage / chat.update / file uploads) and `response_url`s. */
export function createSlackOrganizerChat(options: SlackChatOptions): OrganizerChat {
  const client = new WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: withSlash(options.apiUrl) } : {}),
    ...(options.retries === undefined ? {} : { retryConfig: { retries: options.retries } }),
  });
  return {
    async respond(responseUrl: string, note: OrganizerNote) {
      const response = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(note) }),
      });
      if (!response.ok) throw new Error(`Slack response_url answered ${response.status}`);
    },
    async post(channel: string, note: OrganizerNote, threadTs?: string): Promise<PostedNote> {
      const result = await client.chat.postMessage({
        channel,
        ...renderBlocks(note),
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      if (!result.ts || !result.channel) throw new Error('chat.postMessage returned no ts');
      return { channel: result.channel, ts: result.ts };
    },
    async update(at: PostedNote, note: OrganizerNote) {
      await client.chat.update({ channel: at.channel, ts: at.ts, ...renderBlocks(note) });
    },
    async uploadImage(channel, image) {
      // files.getUploadURLExternal → upload → files.completeUploadExternal (files.upload is retired).
      await client.filesUploadV2({
        channel_id: channel,
        file: image.png,
        filename: image.filename,
        title: image.title,
      });
    },
    async uploadFile(channel, file) {
      await client.filesUploadV2({
        channel_id: channel,
        file: file.bytes,
        filename: file.filename,
        title: file.title,
      });
    },
  };
}
