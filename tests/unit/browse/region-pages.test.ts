import { describe, expect, it } from 'vitest';
import { regionIndex, regionListings, regionPageView } from '../../../src/lib/browse/region-pages.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureCatalogue } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureCatalogue();
const urls = siteUrls('/');

describe('region pages', () => {
  it('page each province by its own count of reports', () => {
    const listings = regionListings(archive, 1);
    expect(listings.map((listing) => [listing.slug, listing.page.number, listing.count])).toEqual([
      ['fujian', 1, 1],
      ['yunnan', 1, 1],
      ['unknown', 1, 2],
      ['unknown', 2, 2],
    ]);
  });

  it('title later pages by number and link pages of the same province', () => {
    const second = regionListings(archive, 1).at(-1)!;
    const view = regionPageView(second, archive, urls);
    expect(view.title).toBe('省份未注明（第 2 页）');
    expect(view.pager.previous).toBe('/regions/unknown/');
    expect(view.count).toBe(2);
  });

  it('show the page’s reports under their city and county, each city heading with its own id', () => {
    const [whole] = regionListings(archive).filter((listing) => listing.slug === 'unknown');
    const view = regionPageView(whole!, archive, urls);
    expect(
      view.cities.map((city) => [
        city.label,
        city.headingId,
        city.counties.map((county) => [county.label, county.cards.map((card) => card.slug)]),
      ]),
    ).toEqual([
      ['北城市', 'c-北城市', [['本级', ['beicheng-2020-report']]]],
      ['城市未注明', 'c-城市未注明', [['区县未注明', ['nanhu-speech']]]],
    ]);
  });

  it('are indexed with the count of each province, city and county', () => {
    const index = regionIndex(archive, urls);
    expect(index.map((province) => [province.label, province.count, province.url])).toEqual([
      ['福建省', 1, '/regions/fujian/'],
      ['云南省', 1, '/regions/yunnan/'],
      ['省份未注明', 2, '/regions/unknown/'],
    ]);
    expect(index[1]!.cities).toEqual([{ label: '昆明市', count: 1, counties: [{ label: '西山区', count: 1 }] }]);
  });
});
