import { describe, expect, it } from 'vitest';
import { divisionsNamed } from '../../../src/lib/places/divisions.ts';
import { provinceTiles } from '../../../src/lib/places/province-tiles.ts';
import { shortNamesOf } from '../../../src/lib/places/short-names.ts';

describe('the tile map of provinces', () => {
  it('has every provincial-level division of the code table once, by its official name', () => {
    const codes = provinceTiles.map((tile) => {
      const [division] = divisionsNamed(tile.name).filter((found) => found.level === 'province');
      expect(division, tile.name).toBeDefined();
      return division!.code;
    });
    expect(new Set(codes).size).toBe(34);
    expect(provinceTiles).toHaveLength(34);
  });

  it('labels each tile with the division’s short name', () => {
    for (const tile of provinceTiles) expect(shortNamesOf(tile.name)[0], tile.name).toBe(tile.label);
  });

  it('gives every tile a square of its own on a small grid', () => {
    const squares = provinceTiles.map((tile) => `${tile.column},${tile.row}`);
    expect(new Set(squares).size).toBe(provinceTiles.length);
    expect(Math.max(...provinceTiles.map((tile) => tile.column))).toBeLessThan(8);
    expect(Math.max(...provinceTiles.map((tile) => tile.row))).toBeLessThan(10);
  });

  it('keeps neighbours in their places: north above south, west left of east', () => {
    const at = (label: string) => provinceTiles.find((tile) => tile.label === label)!;
    expect(at('黑龙江').row).toBeLessThan(at('吉林').row);
    expect(at('北京').row).toBeLessThan(at('河北').row);
    expect(at('新疆').column).toBeLessThan(at('甘肃').column);
    expect(at('福建').column).toBeLessThan(at('台湾').column);
    expect(at('广东').row).toBeLessThan(at('香港').row);
  });
});
