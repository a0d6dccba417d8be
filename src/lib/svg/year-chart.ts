import { escapeHtml } from '../text/html.ts';

export interface ChartBar {
  /** Axis label: 2020, or 不详. */
  label: string;
  count: number;
  /** More to say of the bar after its count, e.g. 共 12 节. */
  note?: string;
  /** Where the bar leads: a bar with one is a link (the search page's bars filter to their year). */
  href?: string;
  /** Drawn in the selected colour: the year the results are filtered to. */
  selected?: boolean;
}

/** What a drawing of counts (the year chart, the tile map) is called and how its counts are said. */
export interface ChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** Unit after each count in the description and titles, e.g. 节. */
  unit: string;
  /** Prefix for element ids, unique on the page. */
  id: string;
}

const height = 150;
const top = 18;
const bottom = 22;
const slot = 30;

/**
 * A bar chart as an SVG string, drawn at build time: no script, no library,
 * scales with its container. Colours come from CSS classes so the page's
 * light and dark themes apply. Bars are given oldest first.
 */
export function yearChartSvg(bars: readonly ChartBar[], options: ChartOptions): string {
  const width = Math.max(240, bars.length * slot + 8);
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const plot = height - top - bottom;
  const labelEvery = bars.length <= 14 ? 1 : Math.ceil(bars.length / 10);
  const said = (bar: ChartBar) =>
    `${bar.label}：${bar.count}${options.unit}${bar.note ? `，${bar.note}` : ''}${bar.selected ? '（已选）' : ''}`;
  const description = bars.map(said).join('；');
  const linked = bars.some((bar) => bar.href !== undefined);

  const marks = bars
    .map((bar, index) => {
      const barHeight = Math.max(bar.count > 0 ? 2 : 0, Math.round((bar.count / max) * plot));
      const x = 4 + index * slot;
      const y = top + plot - barHeight;
      const showLabel = index % labelEvery === 0 || index === bars.length - 1;
      // The chosen year is told by more than its colour.
      const current = bar.selected ? ' aria-current="true"' : '';
      const open = bar.href === undefined ? '<g>' : `<a class="chart-link" href="${escapeHtml(bar.href)}"${current}>`;
      const barClass = bar.selected ? 'chart-bar chart-bar--selected' : 'chart-bar';
      return [
        `${open}<title>${escapeHtml(said(bar))}</title>`,
        // A linked bar takes clicks over its whole column, so a short bar is as easy to hit as a tall one.
        bar.href === undefined ? '' : `<rect class="chart-hit" x="${x}" y="0" width="${slot}" height="${height}"/>`,
        `<rect class="${barClass}" x="${x + 4}" y="${y}" width="${slot - 8}" height="${barHeight}" rx="2"/>`,
        `<text class="chart-count" x="${x + slot / 2}" y="${y - 4}" text-anchor="middle">${bar.count}</text>`,
        showLabel
          ? `<text class="chart-label" x="${x + slot / 2}" y="${height - 6}" text-anchor="middle">` +
            `${escapeHtml(shortLabel(bar.label, bars.length))}</text>`
          : '',
        bar.href === undefined ? '</g>' : '</a>',
      ].join('');
    })
    .join('');

  return (
    // A chart of links is a group of them for assistive technology; a picture otherwise.
    `<svg class="year-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="${linked ? 'group' : 'img'}" ` +
    `aria-labelledby="${options.id}-title ${options.id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${options.id}-title">${escapeHtml(options.title)}</title>` +
    `<desc id="${options.id}-desc">${escapeHtml(description)}</desc>` +
    `<line class="chart-axis" x1="0" x2="${width}" y1="${top + plot + 0.5}" y2="${top + plot + 0.5}"/>` +
    marks +
    '</svg>'
  );
}

/** With many bars, 2015 becomes ’15 so labels do not collide. */
function shortLabel(label: string, barCount: number): string {
  return barCount > 10 && /^\d{4}$/.test(label) ? `’${label.slice(2)}` : label;
}
