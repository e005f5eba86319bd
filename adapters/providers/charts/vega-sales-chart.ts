import sharp from 'sharp';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { SalesChart, SalesPoint } from '../../../core/ports/sales-chart.js';

/**
 * The sales chart with Vega-Lite: spec → Vega view rendered headless to SVG (no canvas needed) → PNG with
 * sharp (prebuilt libvips from npm; nothing downloaded at run time).
 */
export class VegaSalesChart implements SalesChart {
  async render(points: SalesPoint[], title: string): Promise<Buffer> {
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 560,
      height: 260,
      background: 'white',
      data: { values: points },
      mark: { type: 'line', point: true, interpolate: 'step-after' },
      encoding: {
        x: { field: 'day', type: 'temporal', title: 'day', timeUnit: 'utcyearmonthdate' },
        y: { field: 'cumulative', type: 'quantitative', title: 'tickets sold' },
        color: { field: 'tier', type: 'nominal', title: 'tier' },
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
