import { escapeHtml } from '../text/html.ts';
import type { ChartOptions } from './year-chart.ts';

interface MapTile {
  /** What the tile shows: a short name such as 内蒙古. */
  label: string;
  /** What the tile is called in full, for its title: 内蒙古自治区. */
  name: string;
  column: number;
  row: number;
  count: number;
  /** Where the tile leads; a tile with no count has no link. */
  href?: string;
  /** Drawn as chosen: the province the results are filtered to. */
  selected?: boolean;
}

const size = 46;
const gap = 3;
/** Shades of a tile with matches, lightest first; a tile without any is drawn blank. */
const shades = 4;

/** Shade 1 for the fewest matches to 4 for the most; 0 for none. */
function shadeOf(count: number, max: number): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil((count / max) * shades));
}

/**
 * A tile map as an SVG string: a square per tile with its short name and
 * count, shaded by count. Like the year chart it needs no script or library
 * and takes its colours from CSS classes, so light and dark themes apply.
 */
export function tileMapSvg(tiles: readonly MapTile[], options: ChartOptions): string {
  const columns = Math.max(...tiles.map((tile) => tile.column)) + 1;
  const rows = Math.max(...tiles.map((tile) => tile.row)) + 1;
  const width = columns * size;
  const height = rows * size;
  const max = Math.max(1, ...tiles.map((tile) => tile.count));
  const said = (tile: MapTile) => `${tile.name}：${tile.count}${options.unit}${tile.selected ? '（已选）' : ''}`;
  const marks = tiles
    .map((tile) => {
      const x = tile.column * size;
      const y = tile.row * size;
      const linked = tile.href !== undefined && tile.count > 0;
      const current = tile.selected ? ' aria-current="true"' : '';
      const classes = `map-tile map-tile--${shadeOf(tile.count, max)}${tile.selected ? ' map-tile--selected' : ''}`;
      return [
        linked ? `<a class="map-link" href="${escapeHtml(tile.href!)}"${current}>` : '<g>',
        `<title>${escapeHtml(said(tile))}</title>`,
        `<rect class="${classes}" x="${x + gap / 2}" y="${y + gap / 2}" width="${size - gap}" height="${size - gap}" rx="3"/>`,
        `<text class="map-label" x="${x + size / 2}" y="${y + 19}" text-anchor="middle">${escapeHtml(tile.label)}</text>`,
        tile.count > 0
          ? `<text class="map-count" x="${x + size / 2}" y="${y + 36}" text-anchor="middle">${tile.count}</text>`
          : '',
        linked ? '</a>' : '</g>',
      ].join('');
    })
    .join('');
  const description = tiles
    .filter((tile) => tile.count > 0)
    .map(said)
    .join('；');
  return (
    `<svg class="tile-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" ` +
    `aria-labelledby="${options.id}-title ${options.id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${options.id}-title">${escapeHtml(options.title)}</title>` +
    `<desc id="${options.id}-desc">${escapeHtml(description || '没有结果')}</desc>` +
    marks +
    '</svg>'
  );
}
