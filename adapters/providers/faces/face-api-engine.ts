import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import type { DetectedFace, FaceAnalysis, FaceEngine } from '../../../core/ports/faces.js';
import { decodePhoto } from './decode-photo.js';
import { faceSharpness } from './face-sharpness.js';

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
    const decoded = await decodePhoto(image);
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
