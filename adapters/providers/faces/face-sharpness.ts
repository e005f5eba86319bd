import sharp from 'sharp';
import type { DecodedPhoto } from './decode-photo.js';

/** Faces are compared at this size, so sharpness does not depend on how large the face is in the photo. */
const FACE_SIDE_PX = 128;

/**
 * Variance of the Laplacian over the face crop in greyscale: edges (eyes, mouth, hairline) give a high
 * variance, a blurred face a low one. The crop is resized to a fixed size first so a large face and a small
 * one are measured alike.
 */
export async function faceSharpness(
  photo: DecodedPhoto,
  box: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const width = Math.min(photo.width - left, Math.ceil(box.width));
  const height = Math.min(photo.height - top, Math.ceil(box.height));
  if (width < 4 || height < 4) return 0;
  const face = await sharp(photo.data, { raw: { width: photo.width, height: photo.height, channels: 3 } })
    .extract({ left, top, width, height })
    .greyscale()
    .resize(FACE_SIDE_PX, FACE_SIDE_PX, { fit: 'fill' })
    .raw()
    .toBuffer();
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = 1; y < FACE_SIDE_PX - 1; y++) {
    for (let x = 1; x < FACE_SIDE_PX - 1; x++) {
      const i = y * FACE_SIDE_PX + x;
      const lap =
        (face[i - 1] ?? 0) +
        (face[i + 1] ?? 0) +
        (face[i - FACE_SIDE_PX] ?? 0) +
        (face[i + FACE_SIDE_PX] ?? 0) -
        4 * (face[i] ?? 0);
      sum += lap;
      sumSq += lap * lap;
      n++;
    }
  }
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
