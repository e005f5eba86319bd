import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One transcription request the fake received, as the real SDK sent it. */
export interface RecordedTranscription {
  model: string;
  language: string | null;
  prompt: string | null;
  responseFormat: string | null;
  fileName: string;
  file: Buffer;
}

export interface ScriptedTranscription {
  text: string;
  avgLogprob?: number;
  noSpeechProb?: number;
}

/** One embeddings request as the real SDK sent it. */
export interface RecordedEmbeddings {
  model: string;
  input: string[];
  dimensions: number | null;
  encodingFormat: string | null;
}

/** One chat completion request as the real SDK sent it, with the user message's JSON read back. */
export interface RecordedChat {
  model: string;
  messages: { role: string; content: string }[];
  responseFormat: unknown;
  promptCacheKey: string | null;
  /** `message` and `dialog` of the user prompt (adapters/providers/llm/understanding-prompt.ts), if JSON. */
  text: string | null;
  dialog: unknown;
}

/** What the fake answers a chat request with: content (after an optional delay) or an HTTP error. */
export type ChatAnswer =
  | { content: string; delayMs?: number; totalTokens?: number }
  | { status: number; delayMs?: number };

export interface FakeOpenAiApi {
  /** Pass as `baseURL` (ends in /v1). */
  readonly url: string;
  readonly requests: RecordedTranscription[];
  readonly embeddings: RecordedEmbeddings[];
  readonly chats: RecordedChat[];
  /** Decides each chat completion's answer from its request (default: 503, so unset tests fall back). */
  answerChat(handler: (request: RecordedChat) => ChatAnswer): void;
  /**
   * Plays a model that knows meanings: an embeddings input containing `phrase` (case-insensitive) is embedded
   * exactly as `like` is, so a paraphrase with no shared word can land on its FAQ.
   */
  embedAs(phrase: string, like: string): void;
  /** Answer every embeddings request with this HTTP status (null: answer again), after `delayMs`. */
  failEmbeddings(status: number | null, delayMs?: number): void;
  /** What the next transcription returns (then the default: an empty transcript). */
  respondWith(...results: ScriptedTranscription[]): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for OpenAI's `POST /v1/audio/transcriptions` (multipart upload, bearer auth,
 * `verbose_json` with segments) that records what the SDK uploads and answers with scripted transcripts, and
 * for `POST /v1/embeddings` (JSON; the SDK asks for base64 floats by default), answering with deterministic
 * vectors derived from the input's words, so texts sharing words come out close.
 */
export async function startFakeOpenAiApi(opts: { apiKey: string }): Promise<FakeOpenAiApi> {
  const requests: RecordedTranscription[] = [];
  const embeddings: RecordedEmbeddings[] = [];
  const script: ScriptedTranscription[] = [];
  const chats: RecordedChat[] = [];
  const meanings: { phrase: string; like: string }[] = [];
  let embeddingsFault: { status: number | null; delayMs: number } = { status: null, delayMs: 0 };
  let chatHandler: (request: RecordedChat) => ChatAnswer = () => ({ status: 503 });
  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const routes = ['/v1/audio/transcriptions', '/v1/embeddings', '/v1/chat/completions'];
    if (req.method !== 'POST' || !routes.includes(req.url ?? '')) {
      return send(404, { error: { message: 'not found', type: 'invalid_request_error' } });
    }
    if (req.headers.authorization !== `Bearer ${opts.apiKey}`) {
      return send(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
    }
    if (req.url === '/v1/chat/completions') {
      const body = JSON.parse((await readBody(req)).toString('utf8')) as {
        model: string;
        messages: { role: string; content: string }[];
        response_format?: unknown;
        prompt_cache_key?: string;
      };
      const user = body.messages.findLast((m) => m.role === 'user')?.content ?? '';
      let prompt: { message?: string; dialog?: unknown } = {};
      try {
        prompt = JSON.parse(user) as typeof prompt;
      } catch {}
      const recorded: RecordedChat = {
        model: body.model,
        messages: body.messages,
        responseFormat: body.response_format ?? null,
        promptCacheKey: body.prompt_cache_key ?? null,
        text: prompt.message ?? null,
        dialog: prompt.dialog ?? null,
      };
      chats.push(recorded);
      const answer = chatHandler(recorded);
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (res.destroyed) return;
      if ('status' in answer) {
        return send(answer.status, {
          error: {
            message: `fake error ${answer.status}`,
            type: answer.status === 429 ? 'rate_limit' : 'server_error',
          },
        });
      }
      const total = answer.totalTokens ?? 100;
      return send(200, {
        id: `chatcmpl-fake-${chats.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            logprobs: null,
            message: { role: 'assistant', content: answer.content, refusal: null },
          },
        ],
        usage: {
          prompt_tokens: total - 20,
          completion_tokens: 20,
          total_tokens: total,
          prompt_tokens_details: { cached_tokens: 0 },
        },
      });
    }
    if (req.url === '/v1/embeddings') {
      const body = JSON.parse((await readBody(req)).toString('utf8')) as {
        model: string;
        input: string | string[];
        dimensions?: number;
        encoding_format?: string;
      };
      const input = Array.isArray(body.input) ? body.input : [body.input];
      embeddings.push({
        model: body.model,
        input,
        dimensions: body.dimensions ?? null,
        encodingFormat: body.encoding_format ?? null,
      });
      if (embeddingsFault.delayMs > 0) await new Promise((done) => setTimeout(done, embeddingsFault.delayMs));
      if (embeddingsFault.status !== null)
        return send(embeddingsFault.status, {
          error: { message: 'embeddings unavailable', type: 'server_error' },
        });
      const meaningOf = (text: string) =>
        meanings.find((m) => text.toLowerCase().includes(m.phrase.toLowerCase()))?.like ?? text;
      const size = body.dimensions ?? 1536;
      return send(200, {
        object: 'list',
        model: body.model,
        data: input.map((text, index) => {
          const vector = wordVector(meaningOf(text), size);
          return {
            object: 'embedding',
            index,
            embedding:
              body.encoding_format === 'base64'
                ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
                : vector,
          };
        }),
        usage: { prompt_tokens: input.join(' ').length, total_tokens: input.join(' ').length },
      });
    }
    const form = await new Response(new Uint8Array(await readBody(req)), {
      headers: { 'content-type': req.headers['content-type'] ?? '' },
    }).formData();
    const file = form.get('file');
    if (!(file instanceof File)) return send(400, { error: { message: 'file is required' } });
    requests.push({
      model: String(form.get('model')),
      language: form.get('language') as string | null,
      prompt: form.get('prompt') as string | null,
      responseFormat: form.get('response_format') as string | null,
      fileName: file.name,
      file: Buffer.from(await file.arrayBuffer()),
    });
    const next = script.shift() ?? { text: '' };
    send(200, {
      task: 'transcribe',
      language: 'english',
      duration: 2,
      text: next.text,
      segments: next.text
        ? [
            {
              id: 0,
              start: 0,
              end: 2,
              text: next.text,
              avg_logprob: next.avgLogprob ?? -0.1,
              no_speech_prob: next.noSpeechProb ?? 0.01,
            },
          ]
        : [],
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    embeddings,
    embedAs(phrase, like) {
      meanings.push({ phrase, like });
    },
    failEmbeddings(status, delayMs = 0) {
      embeddingsFault = { status, delayMs };
    },
    chats,
    answerChat: (handler) => {
      chatHandler = handler;
    },
    respondWith: (...results) => {
      script.push(...results);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Each lower-case word adds 1 at a position its characters pick: a toy but deterministic embedding. */
function wordVector(text: string, size: number): number[] {
  const vector = new Array<number>(size).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    let h = 7;
    for (const ch of word) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
    vector[h % size]! += 1;
  }
  return vector;
}
