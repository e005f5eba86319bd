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

export interface FakeOpenAiApi {
  /** Pass as `baseURL` (ends in /v1). */
  readonly url: string;
  readonly requests: RecordedTranscription[];
  /** What the next transcription returns (then the default: an empty transcript). */
  respondWith(...results: ScriptedTranscription[]): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for OpenAI's `POST /v1/audio/transcriptions` (multipart upload, bearer auth,
 * `verbose_json` with segments) that records what the SDK uploads and answers with scripted transcripts.
 */
export async function startFakeOpenAiApi(opts: { apiKey: string }): Promise<FakeOpenAiApi> {
  const requests: RecordedTranscription[] = [];
  const script: ScriptedTranscription[] = [];
  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.method !== 'POST' || req.url !== '/v1/audio/transcriptions') {
      return send(404, { error: { message: 'not found', type: 'invalid_request_error' } });
    }
    if (req.headers.authorization !== `Bearer ${opts.apiKey}`) {
      return send(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
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
