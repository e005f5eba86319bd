import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import sharp from 'sharp';
import {
  type DetectedFace,
  type FaceAnalysis,
  type FaceEngine,
  FaceImageError,
} from '../../../core/ports/faces.js';
import { faceSharpness } from './face-sharpness.js';

/**
 * Photos are scaled to fit this before detection: the SSD detector works at 512 px anyway, and it bounds the
 * memory and time one selfie can take (a 48-megapixel phone photo would otherwise be a 150 MB tensor).
 */
const MAX_SIDE_PX = 1024;
/** Refuse to decode pictures larger than this (decompression bombs); phones make ~50 MP at most. */
const MAX_INPUT_PIXELS = 100_000_000;
const MIN_DETECTION_SCORE = 0.5;

/**
 * face-api's networks are process-wide globals, so the models load once per process however many engines
 * exist: the first analysis pays ~0.1–2 s, later ones nothing.
 */
let modelsReady: Promise<void> | null = null;

function loadModels(): Promise<void> {
  modelsReady ??= (async () => {
    // face-api's bundled typings of tf omit the engine functions that the node-wasm build does export.
    const engine = faceapi.tf as unknown as {
      setBackend(name: string): Promise<boolean>;
      ready(): Promise<void>;
    };
    await engine.setBackend('wasm');
    await engine.ready();
    const require = createRequire(import.meta.url);
    const modelDir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
    await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
    await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
    await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);
  })().catch((error: unknown) => {
    modelsReady = null; // let a later call try again
    throw error;
  });
  return modelsReady;
}

/**
 * `@vladmandic/face-api` on the tfjs WASM backend: SSD MobileNet detector, 68-point landmarks (for alignment)
 * and the 128-d recognition network. Analyses run one at a time per process: the WASM backend is
 * single-threaded anyway, and it keeps memory to one decoded photo at a time however many jobs ask at once.
 */
export class FaceApiEngine implements FaceEngine {
  readonly name = 'face-api-ssd';
  private queue: Promise<unknown> = Promise.resolve();

  analyse(image: Buffer): Promise<FaceAnalysis> {
    const run = this.queue.then(() => this.analyseNow(image));
    this.queue = run.catch(() => {});
    return run;
  }

  private async analyseNow(image: Buffer): Promise<FaceAnalysis> {
    await loadModels();
    const decoded = await decode(image);
    const tensor = faceapi.tf.tensor3d(decoded.data, [decoded.height, decoded.width, 3]);
    let results: Awaited<ReturnType<typeof detect>>;
    try {
      results = await detect(tensor);
    } finally {
      tensor.dispose();
    }
    const scale = decoded.scale;
    const faces: DetectedFace[] = [];
    for (const r of results) {
      const b = r.detection.box;
      faces.push({
        descriptor: r.descriptor,
        score: r.detection.score,
        box: { x: b.x * scale, y: b.y * scale, width: b.width * scale, height: b.height * scale },
        sharpness: await faceSharpness(decoded, b),
      });
    }
    return { width: decoded.originalWidth, height: decoded.originalHeight, faces };
  }
}

function detect(tensor: ReturnType<typeof faceapi.tf.tensor3d>) {
  return faceapi
    .detectAllFaces(tensor, new faceapi.SsdMobilenetv1Options({ minConfidence: MIN_DETECTION_SCORE }))
    .withFaceLandmarks()
    .withFaceDescriptors();
}

export interface DecodedPhoto {
  data: Buffer;
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
  /** Original pixels per decoded pixel (≥ 1). */
  scale: number;
}

/** EXIF-rotated RGB pixels, at most MAX_SIDE_PX on the longer side. */
async function decode(image: Buffer): Promise<DecodedPhoto> {
  try {
    const source = sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    const meta = await sharp(image, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    // EXIF orientations 5–8 swap width and height.
    const swap = (meta.orientation ?? 1) >= 5;
    const originalWidth = (swap ? meta.height : meta.width) ?? 0;
    const originalHeight = (swap ? meta.width : meta.height) ?? 0;
    const { data, info } = await source
      .resize(MAX_SIDE_PX, MAX_SIDE_PX, { fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      data,
      width: info.width,
      height: info.height,
      originalWidth,
      originalHeight,
      scale: originalWidth > 0 ? originalWidth / info.width : 1,
    };
  } catch (error) {
    throw new FaceImageError(error instanceof Error ? error.message : String(error));
  }
}
