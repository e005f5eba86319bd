import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One recognition the fake served, as the real SDK sent it. */
export interface RecordedRecognition {
  path: string;
  language: string | null;
  /** The audio bytes as streamed (a WAV header first, then 16-bit PCM). */
  audio: Buffer;
  /** The phrase list the SDK sent in speech.context. */
  phrases: string[];
}

export interface ScriptedRecognition {
  text: string;
  confidence?: number;
}

export interface FakeAzureSpeech {
  /** Pass to `SpeechConfig.fromHost` (AZURE_SPEECH_HOST). */
  readonly host: string;
  readonly recognitions: RecordedRecognition[];
  respondWith(...results: ScriptedRecognition[]): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for Azure Speech's websocket protocol (what the SDK speaks to `/speech/recognition/…`):
 * text frames are `headers\r\n\r\nbody`; binary audio frames carry a 2-byte big-endian header length, the
 * headers, then audio; an audio frame without audio ends the turn. Answers turn.start, speech.startDetected,
 * speech.phrase (detailed: NBest with a confidence, or NoMatch), speech.endDetected and turn.end.
 */
export async function startFakeAzureSpeech(opts: { key: string }): Promise<FakeAzureSpeech> {
  const recognitions: RecordedRecognition[] = [];
  const script: ScriptedRecognition[] = [];
  const server = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    // Node has no headers on a WebSocket handshake, so the SDK sends the key as a query parameter there.
    const key = req.headers['ocp-apim-subscription-key'] ?? url.searchParams.get('Ocp-Apim-Subscription-Key');
    if (key !== opts.key) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, url));
  });

  function serve(ws: WebSocket, url: URL) {
    const recognition: RecordedRecognition = {
      path: url.pathname,
      language: url.searchParams.get('language'),
      audio: Buffer.alloc(0),
      phrases: [],
    };
    let started = false;
    let heard = 0;
    const send = (requestId: string, path: string, body: unknown) =>
      ws.send(
        `X-RequestId:${requestId}\r\nX-Timestamp:${new Date().toISOString()}\r\nContent-Type:application/json; charset=utf-8\r\nPath:${path}\r\n\r\n${JSON.stringify(body)}`,
      );
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      const { headers, body } = isBinary ? splitBinary(data) : splitText(data.toString('utf8'));
      const requestId = headers['x-requestid'] ?? randomUUID().replaceAll('-', '');
      const path = headers.path ?? '';
      if (path === 'speech.context') {
        const context = JSON.parse(body.toString('utf8') || '{}') as {
          dgi?: { groups?: { items?: { text: string }[] }[] };
        };
        recognition.phrases = (context.dgi?.groups ?? []).flatMap((g) => (g.items ?? []).map((i) => i.text));
      }
      if (path !== 'audio') return;
      if (!started) {
        started = true;
        send(requestId, 'turn.start', { context: { serviceTag: 'fake' } });
      }
      if (body.length > 0) {
        recognition.audio = Buffer.concat([recognition.audio, body]);
        heard += body.length;
        return;
      }
      // The end-of-audio frame may come more than once; answer a turn once.
      if (heard === 0) return;
      heard = 0;
      recognitions.push(recognition);
      const next = script.shift() ?? { text: '' };
      const duration = Math.max(1, Math.round(((recognition.audio.length - 44) / 32_000) * 1e7));
      send(requestId, 'speech.startDetected', { Offset: 0 });
      send(
        requestId,
        'speech.phrase',
        next.text
          ? {
              RecognitionStatus: 'Success',
              Offset: 0,
              Duration: duration,
              DisplayText: next.text,
              NBest: [
                {
                  Confidence: next.confidence ?? 0.95,
                  Lexical: next.text.toLowerCase(),
                  ITN: next.text.toLowerCase(),
                  MaskedITN: next.text.toLowerCase(),
                  Display: next.text,
                },
              ],
            }
          : { RecognitionStatus: 'NoMatch', Offset: 0, Duration: duration },
      );
      send(requestId, 'speech.endDetected', { Offset: duration });
      send(requestId, 'turn.end', {});
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `ws://127.0.0.1:${port}`,
    recognitions,
    respondWith: (...results) => {
      script.push(...results);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

function splitText(message: string): { headers: Record<string, string>; body: Buffer } {
  const end = message.indexOf('\r\n\r\n');
  const head = end >= 0 ? message.slice(0, end) : message;
  return { headers: parseHeaders(head), body: Buffer.from(end >= 0 ? message.slice(end + 4) : '') };
}

function splitBinary(data: Buffer): { headers: Record<string, string>; body: Buffer } {
  const length = data.readUInt16BE(0);
  return {
    headers: parseHeaders(data.subarray(2, 2 + length).toString('utf8')),
    body: data.subarray(2 + length),
  };
}
