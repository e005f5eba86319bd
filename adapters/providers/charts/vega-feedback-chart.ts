import sharp from 'sharp';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { FeedbackChart, FeedbackChartContent } from '../../../core/ports/feedback-chart.js';

/** 1★ red … 5★ green, so a session's bar reads at a glance. */
const STAR_COLOURS = ['#d7191c', '#fdae61', '#c7c7c7', '#a6d96a', '#1a9641'];
const STARS = ['1★', '2★', '3★', '4★', '5★'];

/**
 * The session feedback chart with Vega-Lite, as the sales chart does it (adapters/providers/charts/
 * vega-sales-chart.ts): one horizontal bar per session, its ratings stacked 1★ to 5★; SVG headless → PNG.
 */
export class VegaFeedbackChart implements FeedbackChart {
  async render(content: FeedbackChartContent): Promise<Buffer> {
    const values = content.sessions.flatMap((s) =>
      s.distribution.map((count, i) => ({ session: s.label, stars: STARS[i], order: i, count })),
    );
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: content.title,
      width: 560,
      height: { step: 28 },
      background: 'white',
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'session', type: 'nominal', title: null, sort: null, axis: { labelLimit: 240 } },
        x: { field: 'count', type: 'quantitative', title: 'ratings', stack: 'zero' },
        color: {
          field: 'stars',
          type: 'ordinal',
          title: 'rating',
          scale: { domain: STARS, range: STAR_COLOURS },
        },
        order: { field: 'order', type: 'quantitative' },
      },
    };
    const view = new View(parse(compile(spec).spec), { renderer: 'none' });
    try {
      const svg = await view.toSVG(2);
      return await sharp(Buffer.from(svg)).png().toBuffer();
    } finally {
      view.finalize();
    }
  }
}
