/**
 * The meeting templates moved to core/meeting-templates.ts (a leaf the privacy erasure context can import
 * without depending on networking). Kept for the importers outside networking until they point there.
 */
export { DEFAULT_MEETING_TEMPLATES, type MeetingTemplates } from '../../meeting-templates.js';
