import { describe, expect, it } from 'vitest';
import { navigation } from '../../../src/lib/site/navigation.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';

const urls = siteUrls('/archive/');

describe('the main navigation', () => {
  it('lists the site’s sections in header order, under the base path', () => {
    expect(navigation(urls).map((item) => [item.label, item.url])).toEqual([
      ['全部报告', '/archive/reports/'],
      ['主题', '/archive/topics/'],
      ['年份', '/archive/years/'],
      ['地区', '/archive/regions/'],
      ['类型', '/archive/types/'],
      ['关于', '/archive/about/'],
    ]);
  });

  it('marks the section the page belongs to, and none on pages outside them', () => {
    expect(
      navigation(urls, 'years')
        .filter((item) => item.current)
        .map((item) => item.key),
    ).toEqual(['years']);
    expect(navigation(urls).some((item) => item.current)).toBe(false);
  });
});
