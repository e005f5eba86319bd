import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bots/config.js';
import {
  FaceTemplateError,
  openTemplate,
  parseFaceKeyring,
  sealTemplate,
} from '../../../core/services/faces/face-template-cipher.js';

const key = () => randomBytes(32).toString('base64');
const descriptor = () => Float32Array.from({ length: 128 }, (_, i) => Math.sin(i) * 0.2);
const CONTEXT = 'face:devsummit-2026:0b9c5b0e-0000-4000-8000-000000000001';

describe('face template encryption (AES-256-GCM)', () => {
  const keyring = parseFaceKeyring(`k1:${key()}`);

  it('round-trips a descriptor; the stored bytes are not the vector', () => {
    const plain = descriptor();
    const sealed = sealTemplate(keyring, plain, CONTEXT);
    expect(sealed).toMatchObject({ keyId: 'k1' });
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.authTag).toHaveLength(16);
    expect(sealed.ciphertext.equals(Buffer.from(plain.buffer))).toBe(false);
    expect(Array.from(openTemplate(keyring, sealed, CONTEXT))).toEqual(Array.from(plain));
    // A fresh nonce each time: the same face never gives the same bytes.
    expect(sealTemplate(keyring, plain, CONTEXT).ciphertext.equals(sealed.ciphertext)).toBe(false);
  });

  it('refuses a changed byte, a changed tag or another row’s context', () => {
    const sealed = sealTemplate(keyring, descriptor(), CONTEXT);
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    expect(() => openTemplate(keyring, { ...sealed, ciphertext: flipped }, CONTEXT)).toThrow(
      FaceTemplateError,
    );
    const tag = Buffer.from(sealed.authTag);
    tag[0] = (tag[0] ?? 0) ^ 0x80;
    expect(() => openTemplate(keyring, { ...sealed, authTag: tag }, CONTEXT)).toThrow(FaceTemplateError);
    expect(() => openTemplate(keyring, sealed, `${CONTEXT}x`)).toThrow(FaceTemplateError);
  });

  it('rotation: a new current key seals, the old key id still opens old templates until it is removed', () => {
    const k0 = key();
    const old = parseFaceKeyring(`k0:${k0}`);
    const sealedBefore = sealTemplate(old, descriptor(), CONTEXT);
    const rotated = parseFaceKeyring(`k1:${key()},k0:${k0}`);
    expect(rotated.currentKeyId).toBe('k1');
    expect(sealTemplate(rotated, descriptor(), CONTEXT).keyId).toBe('k1');
    expect(openTemplate(rotated, sealedBefore, CONTEXT)[5]).toBeCloseTo(Math.sin(5) * 0.2, 6);
    const withoutOld = parseFaceKeyring(`k1:${key()}`);
    expect(() => openTemplate(withoutOld, sealedBefore, CONTEXT)).toThrow(/unknown key "k0"/);
  });

  it('reads FACE_DATA_KEYS strictly', () => {
    expect(parseFaceKeyring(`a:${key()},b:${key()}`, 'b').currentKeyId).toBe('b');
    expect(() => parseFaceKeyring(`a:${randomBytes(16).toString('base64')}`)).toThrow(/32 bytes/);
    expect(() => parseFaceKeyring(`a:${key()}`, 'b')).toThrow(/not in FACE_DATA_KEYS/);
    expect(() => parseFaceKeyring(key())).toThrow(/<key id>:<base64 key>/);
  });

  it('uses a development key without configuration, and refuses to start in production without one', () => {
    const dev = loadConfig({});
    expect(dev.faces).toMatchObject({ developmentKey: true, matchThreshold: 0.55, retentionDays: 7 });
    const secrets = {
      TWILIO_AUTH_TOKEN: 'a-real-token',
      MEDIA_SIGNING_SECRET: randomBytes(32).toString('hex'),
    };
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets })).toThrow(/FACE_DATA_KEYS is missing/);
    const prod = loadConfig({
      NODE_ENV: 'production',
      ...secrets,
      FACE_DATA_KEYS: `k1:${key()}`,
      FACE_RETENTION_DAYS: '3',
    });
    expect(prod.faces).toMatchObject({ developmentKey: false, retentionDays: 3 });
    expect(prod.faces.keyring.currentKeyId).toBe('k1');
  });
});
