/**
 * Face analysis of one photo. The engine returns every face it finds with a 128-number descriptor (a face
 * template: Euclidean distance between two descriptors below ~0.5 means the same person) and what the core
 * needs to judge quality; deciding what is usable (exactly one face, big enough, sharp enough) is the core's.
 * The photo is only read in memory; the engine keeps nothing.
 */
export interface FaceEngine {
  /** For logs and the bench ("face-api-ssd"). */
  readonly name: string;
  /**
   * Finds the faces in a JPEG/PNG/WebP photo. Throws {@link FaceImageError} when the bytes are not a picture
   * it can open (or one too large to decode safely); other errors are the engine's own.
   */
  analyse(image: Buffer): Promise<FaceAnalysis>;
}

export interface FaceAnalysis {
  /** The photo's size in pixels after EXIF rotation. */
  width: number;
  height: number;
  faces: DetectedFace[];
}

export interface DetectedFace {
  descriptor: Float32Array;
  /** The detector's confidence, 0–1. */
  score: number;
  /** Where the face is, in the photo's own pixels (so "too small" means the same on any resolution). */
  box: { x: number; y: number; width: number; height: number };
  /**
   * Variance of the Laplacian over the face, normalised to a 128 px face: low means blurred (motion, focus).
   */
  sharpness: number;
}

export class FaceImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaceImageError';
  }
}
