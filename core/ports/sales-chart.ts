import type { SalesPoint } from '../services/organizer/sales-over-time.js';

/** Draws the "tickets sold over time" chart as a PNG. Implementations live in adapters/providers/charts. */
export interface SalesChart {
  render(points: SalesPoint[], title: string): Promise<Buffer>;
}
