import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { FaceApiEngine } from '../../adapters/providers/faces/face-api-engine.js';
import {
  openTemplate,
  parseFaceKeyring,
  sealTemplate,
} from '../../core/services/faces/face-template-cipher.js';
import { faceDistance, judgeSelfie } from '../../core/services/faces/judge-selfie.js';
import { percentile, printTable } from './bench-app.js';

const photo = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/faces/${name}.jpg`, import.meta.url));

/** Cross-photo pairs of the same person, and the derived crops/downscales of obama.jpg. */
const SAME = ['obama', 'obama2', 'obama3', 'obama_small', 'obama_partial_face'];
const DIFFERENT = 'biden';
const ROUNDS = 5;
const CONTEXT = 'face:bench:00000000-0000-4000-8000-000000000000';

/**
 * `eventos bench faces`: the work of one selfie in the worker — decode (EXIF rotation, downscale), SSD detection,
 * landmarks, 128-d descriptor, quality checks, then AES-GCM sealing (enrolment) or opening + distance
 * (verification). Cold = first selfie of a fresh process (model load included); warm = the fixtures in rounds,
 * plus a 12-megapixel phone photo. Also the calibration: the largest same-person distance and the smallest
 * different-person one on the fixtures (threshold 0.55 sits between).
 */
export async function benchFaces(opts: { out: NodeJS.WritableStream }): Promise<Record<string, number>> {
  const engine = new FaceApiEngine();
  const keyring = parseFaceKeyring(`bench:${randomBytes(32).toString('base64')}`);
  const photos = Object.fromEntries([...SAME, DIFFERENT].map((n) => [n, photo(n)]));

  let started = performance.now();
  const first = judgeSelfie(await engine.analyse(photos.obama!));
  if (!first.ok) throw new Error(`obama.jpg was not usable: ${first.problem}`);
  const enrolment = sealTemplate(keyring, first.face.descriptor, CONTEXT);
  const coldMs = performance.now() - started;

  const descriptors = new Map<string, Float32Array>();
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, bytes] of Object.entries(photos)) {
      started = performance.now();
      const judged = judgeSelfie(await engine.analyse(bytes));
      if (!judged.ok) throw new Error(`${name}.jpg was not usable: ${judged.problem}`);
      faceDistance(judged.face.descriptor, openTemplate(keyring, enrolment, CONTEXT));
      warm.push(performance.now() - started);
      descriptors.set(name, judged.face.descriptor);
    }
  }
  // A phone camera's 4000×3000 photo: decoding and downscaling dominate before detection.
  const phonePhoto = await sharp(photos.obama2!)
    .resize(4000, 3000, { fit: 'contain' })
    .jpeg({ quality: 90 })
    .toBuffer();
  const phone: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    started = performance.now();
    await engine.analyse(phonePhoto);
    phone.push(performance.now() - started);
  }

  const distance = (a: string, b: string) => faceDistance(descriptors.get(a)!, descriptors.get(b)!);
  const samePairs = SAME.flatMap((a, i) => SAME.slice(i + 1).map((b) => [a, b] as const));
  const same = samePairs.map(([a, b]) => distance(a, b));
  const diff = SAME.map((a) => distance(a, DIFFERENT));
  const sorted = [...warm].sort((a, b) => a - b);
  const figures = {
    warm_p50_ms: percentile(sorted, 50),
    warm_p99_ms: percentile(sorted, 99),
    cold_ms: coldMs,
    rss_mb: process.memoryUsage().rss / 1024 / 1024,
    same_max_distance: Math.max(...same),
    diff_min_distance: Math.min(...diff),
    phone_12mp_p50_ms: percentile(
      [...phone].sort((a, b) => a - b),
      50,
    ),
  };
  printTable(
    opts.out,
    `Faces: ${engine.name}, tfjs WASM, ${warm.length} warm selfies (${ROUNDS} rounds of 6 fixtures)`,
    {
      'cold: first selfie incl. model load': `${figures.cold_ms.toFixed(0)} ms`,
      'warm p50 / p99 per selfie': `${figures.warm_p50_ms.toFixed(0)} ms / ${figures.warm_p99_ms.toFixed(0)} ms`,
      '12 MP phone photo p50': `${figures.phone_12mp_p50_ms.toFixed(0)} ms`,
      'RSS after': `${figures.rss_mb.toFixed(0)} MB`,
      'same person: max distance': figures.same_max_distance.toFixed(3),
      'different people: min distance': figures.diff_min_distance.toFixed(3),
    },
  );
  opts.out.write('\nDistances (Euclidean; accepted at ≤ 0.55):\n');
  for (const [a, b] of samePairs) opts.out.write(`  ${a} ↔ ${b}: ${distance(a, b).toFixed(3)}\n`);
  for (const a of SAME) opts.out.write(`  ${a} ↔ ${DIFFERENT}: ${distance(a, DIFFERENT).toFixed(3)}\n`);
  return figures;
}
