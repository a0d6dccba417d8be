import { describe, expect, it } from 'vitest';
import { tileMapSvg } from '../../../src/lib/svg/tile-map.ts';

const tile = (label: string, column: number, row: number, count: number, more = {}) => ({
  label,
  name: `${label}省`,
  column,
  row,
  count,
  href: `?province=${label}`,
  ...more,
});

describe('the tile map', () => {
  const svg = tileMapSvg(
    [tile('甲', 0, 0, 8), tile('乙', 1, 0, 1), tile('丙', 0, 2, 0), tile('丁', 1, 1, 4, { selected: true })],
    { title: '各省份的报告（篇）', unit: '篇', id: 'm' },
  );

  it('draws a square per tile on the grid, sized to the last column and row', () => {
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain('viewBox="0 0 92 138"');
    expect(svg).not.toMatch(/<script|style=/);
  });

  it('links the tiles that have matches, and only those, with their full names and counts as titles', () => {
    const links = [...svg.matchAll(/<a class="map-link" href="([^"]+)"[^>]*><title>([^<]+)<\/title>/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(links).toEqual([
      ['?province=甲', '甲省：8篇'],
      ['?province=乙', '乙省：1篇'],
      ['?province=丁', '丁省：4篇（已选）'],
    ]);
    expect(svg).toContain('<g><title>丙省：0篇</title>');
  });

  it('shades by count relative to the most, and marks the chosen tile by more than colour', () => {
    const shades = [...svg.matchAll(/class="map-tile map-tile--(\d)/g)].map((match) => Number(match[1]));
    expect(shades).toEqual([4, 1, 0, 2]);
    expect(svg).toContain('aria-current="true"><title>丁省');
    expect(svg.match(/map-tile--selected/g)).toHaveLength(1);
  });

  it('is a named group of links, described by the tiles with matches', () => {
    expect(svg).toContain('role="group" aria-labelledby="m-title m-desc"');
    expect(svg).toContain('<desc id="m-desc">甲省：8篇；乙省：1篇；丁省：4篇（已选）</desc>');
    const empty = tileMapSvg([tile('甲', 0, 0, 0)], { title: 't', unit: '篇', id: 'e' });
    expect(empty).toContain('<desc id="e-desc">没有结果</desc>');
    expect(empty).not.toContain('<a ');
  });
});
