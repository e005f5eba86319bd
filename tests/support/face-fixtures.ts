import { readFileSync } from 'node:fs';
import sharp from 'sharp';

/** The public-domain test portraits (tests/fixtures/faces/README.md says which is which). */
export type FaceFixture =
  | 'obama'
  | 'obama2'
  | 'obama3'
  | 'biden'
  | 'no_face'
  | 'two_people'
  | 'obama_small'
  | 'obama_partial_face';

export const facePhoto = (name: FaceFixture): Buffer =>
  readFileSync(new URL(`../fixtures/faces/${name}.jpg`, import.meta.url));

/** obama.jpg scaled down so the face is ~55 px wide: "too small". */
export const tinyFacePhoto = () => sharp(facePhoto('obama')).resize(220).jpeg().toBuffer();

/** obama.jpg with a strong blur (σ 4): the face is still found but too blurred to trust. */
export const blurredFacePhoto = () => sharp(facePhoto('obama')).blur(4).jpeg().toBuffer();

/**
 * obama2.jpg as many phones store a portrait: the pixels lie sideways and EXIF orientation 6 says "turn 90°
 * clockwise to show". Undoing it is the decoder's job: read sideways, the face is still detected but its
 * descriptor is 0.89 from the obama.jpg enrolment (upright: 0.46), so the selfie would be refused.
 */
export const sidewaysPhoneSelfie = () =>
  sharp(facePhoto('obama2')).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
