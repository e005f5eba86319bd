/** One session's 1–5 rating counts, for the chart. */
export interface FeedbackChartSession {
  /** What the chart labels the session with (its title, shortened). */
  label: string;
  /** Index 0 is the count of 1s … index 4 of 5s. */
  distribution: readonly [number, number, number, number, number];
}

/** The `/eventos feedback` chart: ratings per session, stacked by stars. */
export interface FeedbackChartContent {
  title: string;
  sessions: FeedbackChartSession[];
}

/** Draws the session feedback chart as a PNG. Implementations live in adapters/providers/charts. */
export interface FeedbackChart {
  render(content: FeedbackChartContent): Promise<Buffer>;
}
