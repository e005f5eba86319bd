/** One point of the "tickets sold over time" series. */
export interface SalesPoint {
  /** Day (YYYY-MM-DD, UTC). */
  day: string;
  tier: string;
  /** Tickets sold up to and including that day (confirmed orders still confirmed). */
  cumulative: number;
}

/** Draws the "tickets sold over time" chart as a PNG. Implementations live in adapters/providers/charts. */
export interface SalesChart {
  render(points: SalesPoint[], title: string): Promise<Buffer>;
}
