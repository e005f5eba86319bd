import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Keys for face templates (AES-256-GCM). `current` encrypts; every listed key decrypts, so a key can be rotated
 * by adding a new one as current and keeping the old one listed until the old rows have expired.
 */
export interface FaceKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** A face template as stored: ciphertext, its 12-byte nonce, the 16-byte GCM tag and which key sealed it. */
export interface SealedTemplate {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
  keyId: string;
}

export class FaceTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaceTemplateError';
  }
}

const DESCRIPTOR_LENGTH = 128;

/**
 * Encrypts a descriptor. `context` (event and contact ids) is authenticated but not stored in the ciphertext:
 * a template copied onto another person's row fails to open.
 */
export function sealTemplate(
  keyring: FaceKeyring,
  descriptor: Float32Array,
  context: string,
): SealedTemplate {
  if (descriptor.length !== DESCRIPTOR_LENGTH)
    throw new FaceTemplateError('a face descriptor has 128 numbers');
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new FaceTemplateError(`no key "${keyring.currentKeyId}" in the face keyring`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const plain = Buffer.from(descriptor.buffer, descriptor.byteOffset, descriptor.byteLength);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { ciphertext, iv, authTag: cipher.getAuthTag(), keyId: keyring.currentKeyId };
}

/** Decrypts a stored template; a changed byte, a wrong key or another row's context throws FaceTemplateError. */
export function openTemplate(keyring: FaceKeyring, sealed: SealedTemplate, context: string): Float32Array {
  const key = keyring.keys.get(sealed.keyId);
  if (!key) throw new FaceTemplateError(`face template sealed with unknown key "${sealed.keyId}"`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.authTag);
    const plain = Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
    if (plain.length !== DESCRIPTOR_LENGTH * 4) throw new Error('wrong length');
    // Copy into a fresh, aligned buffer: the decrypted bytes may start at any offset.
    return new Float32Array(new Uint8Array(plain).buffer);
  } catch (error) {
    throw new FaceTemplateError(
      `face template did not decrypt (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * Reads `FACE_DATA_KEYS` ("k2:<base64 of 32 bytes>,k1:…") and the current key id (default: the first listed).
 */
export function parseFaceKeyring(spec: string, currentKeyId?: string): FaceKeyring {
  const keys = new Map<string, Buffer>();
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const colon = part.indexOf(':');
    const id = part.slice(0, colon).trim();
    const key = Buffer.from(part.slice(colon + 1).trim(), 'base64');
    if (colon <= 0 || !/^[A-Za-z0-9_.-]{1,32}$/.test(id)) {
      throw new FaceTemplateError('FACE_DATA_KEYS entries look like "<key id>:<base64 key>"');
    }
    if (key.length !== 32) throw new FaceTemplateError(`face key "${id}" must be 32 bytes (base64)`);
    if (keys.has(id)) throw new FaceTemplateError(`face key "${id}" is listed twice`);
    keys.set(id, key);
  }
  const current = currentKeyId ?? keys.keys().next().value;
  if (!current || !keys.has(current)) {
    throw new FaceTemplateError(`the current face key "${current ?? ''}" is not in FACE_DATA_KEYS`);
  }
  return { currentKeyId: current, keys };
}
