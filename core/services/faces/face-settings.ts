import type { FaceKeyring } from './face-template-cipher.js';

/** What the check-in skills need to know about face data (from FACE_* configuration). */
export interface FaceSettings {
  keyring: FaceKeyring;
  /** Largest Euclidean distance between a selfie and the enrolment that counts as the same person. */
  matchThreshold: number;
  /** Face data is deleted this many days after the event ends. */
  retentionDays: number;
}
