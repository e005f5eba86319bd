import sharp from 'sharp';
import { FaceImageError } from '../../../core/ports/faces.js';

/**
 * Photos are scaled to fit this before detection: the SSD detector works at 512 px anyway, and it bounds the
 * memory and time one selfie can take (a 48-megapixel phone photo would otherwise be a 150 MB tensor).
 */
const MAX_SIDE_PX = 1024;
/** Refuse to decode pictures larger than this (decompression bombs); phones make ~50 MP at most. */
const MAX_INPUT_PIXELS = 100_000_000;

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
export async function decodePhoto(image: Buffer): Promise<DecodedPhoto> {
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
