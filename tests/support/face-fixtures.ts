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
