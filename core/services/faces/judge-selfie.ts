import type { DetectedFace, FaceAnalysis } from '../../ports/faces.js';

/**
 * A usable face is at least this wide in the photo's own pixels. The recognition network reads a 150 px face;
 * below ~80 px the descriptor drifts (obama_small.jpg's face is 106 px and still matches at 0.09).
 */
export const MIN_FACE_PX = 80;
/**
 * Laplacian variance of the face at 128 px below which it is too blurred to trust. Calibrated on the fixtures:
 * sharp portraits 150–770, obama.jpg blurred with σ=2 → 101 (still matches), σ=4 → 22.
 */
export const MIN_SHARPNESS = 50;

export type SelfieProblem = 'no_face' | 'two_faces' | 'too_small' | 'blurry';

/** Exactly one face, big and sharp enough — or the reason the person gets a specific reply. */
export function judgeSelfie(
  analysis: FaceAnalysis,
): { ok: true; face: DetectedFace } | { ok: false; problem: SelfieProblem } {
  const [face, ...others] = analysis.faces;
  if (!face) return { ok: false, problem: 'no_face' };
  if (others.length > 0) return { ok: false, problem: 'two_faces' };
  if (face.box.width < MIN_FACE_PX) return { ok: false, problem: 'too_small' };
  if (face.sharpness < MIN_SHARPNESS) return { ok: false, problem: 'blurry' };
  return { ok: true, face };
}

/** Euclidean distance between two descriptors (face-api's measure: same person ≲ 0.5). */
export function faceDistance(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += ((a[i] ?? 0) - (b[i] ?? 0)) ** 2;
  return Math.sqrt(sum);
}
