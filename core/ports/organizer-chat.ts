/**
 * A channel-agnostic note for organizers: a headline, sections of lines, and buttons. The Slack adapter
 * renders it as Block Kit; core never sees Slack's formats.
 */
export interface OrganizerNote {
  text: string;
  sections?: { title?: string; lines: string[] }[];
  buttons?: OrganizerButton[];
}

export interface OrganizerButton {
  /** Which handler runs when it is pressed, e.g. `handoff_resolve`. */
  actionId: string;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

/** Where a note landed, so it can be updated or threaded under. */
export interface PostedNote {
  channel: string;
  ts: string;
}

/** The organizers' chat (Slack). Implementations live in adapters/channels. */
export interface OrganizerChat {
  /** Answers a command where it was typed (Slack's `response_url`, valid for 30 minutes). */
  respond(responseUrl: string, note: OrganizerNote): Promise<void>;
  /** Posts to a channel, or into a thread when `threadTs` is given. */
  post(channel: string, note: OrganizerNote, threadTs?: string): Promise<PostedNote>;
  update(at: PostedNote, note: OrganizerNote): Promise<void>;
  /** Uploads an image (e.g. a chart) into a channel. */
  uploadImage(channel: string, image: { png: Buffer; filename: string; title: string }): Promise<void>;
  /** Uploads a file (e.g. a sponsor's leads as CSV) into a channel. */
  uploadFile(channel: string, file: { bytes: Buffer; filename: string; title: string }): Promise<void>;
}
