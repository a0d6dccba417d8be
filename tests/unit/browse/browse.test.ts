import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../../src/lib/archive/load-archive.ts';
import { homeView } from '../../../src/lib/browse/home.ts';
import { yearListings, typeListings } from '../../../src/lib/browse/listings.ts';
import { reportPageView } from '../../../src/lib/browse/report-page.ts';
import { provincePageSlug, regionTree } from '../../../src/lib/browse/regions.ts';
import { catalogueOf } from '../../../src/lib/archive/catalogue.ts';
import { regionValue } from '../../../src/lib/facets/registry.ts';
import { topicPages, topicPageView } from '../../../src/lib/browse/topic-page.ts';
import { topicSummaries } from '../../../src/lib/browse/topics-index.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { reportFile, tempArchive, loadFixtureArchive } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const catalogue = catalogueOf(archive);
const urls = siteUrls('/');
const teachers = archive.topicById.get('teachers')!;

describe('topic pages', () => {
  it('list every section with the topic, newest year first, with deep links', () => {
    const listing = topicPages(catalogue, teachers, urls);
    const entries = listing.pages.flatMap((page) => page.items.flatMap((group) => group.items));
    expect(listing.pages[0]!.items.map((group) => group.label)).toEqual(['2021年', '2020年', '年份不详']);
    expect(entries.map((entry) => entry.url)).toEqual([
      expect.stringMatching(/^\/reports\/dongshan-2021-summary\/#s-[0-9a-z]{7}$/),
      expect.stringMatching(/^\/reports\/beicheng-2020-report\/#s-[0-9a-z]{7}$/),
      '/reports/nanhu-speech/#intro',
    ]);
    expect(entries[2]!.heading).toBe('全文');
    expect(listing.years.map((year) => [year.year, year.count])).toEqual([
      [2021, 1],
      [2020, 1],
      [null, 1],
    ]);
  });

  it('split into pages grouped by year when long', () => {
    const listing = topicPages(catalogue, teachers, urls, 2);
    expect(listing.pages.map((page) => page.items.map((group) => group.anchor))).toEqual([
      ['y2021', 'y2020'],
      ['y-undated'],
    ]);
    expect(listing.years.at(-1)!.url).toBe('/topics/teachers/2/#y-undated');
  });

  it('share one chart of sections per year, oldest first, and none for a topic no section has', () => {
    const listing = topicPages(catalogue, teachers, urls, 2);
    expect(listing.chart).toMatch(/^<svg[^>]*aria-labelledby="topic-chart-title/);
    expect(listing.chart).toContain('<title id="topic-chart-title">“教师队伍”各年份的小节数</title>');
    expect(listing.chart).toContain('<desc id="topic-chart-desc">2020：1节；2021：1节；不详：1节</desc>');
    expect(listing.years.map((year) => year.label)).toEqual(['2021年', '2020年', '年份不详']);
    const finance = topicPages(catalogue, catalogue.topicById.get('finance')!, urls);
    expect(finance).toMatchObject({ chart: '', sectionCount: 0, years: [] });
  });

  it('render each page from one view: title, feed, pager and the page’s year groups', () => {
    const listing = topicPages(catalogue, teachers, urls, 2);
    const first = topicPageView(teachers, listing, listing.pages[0]!, urls);
    expect(first).toMatchObject({
      title: '教师队伍',
      description: `教师队伍：${teachers.description}`,
      feed: { title: '教师队伍：最新报告', href: '/topics/teachers/feed.xml' },
      about: teachers.description,
      sectionCount: 3,
      chart: listing.chart,
    });
    expect(first.pager.next).toBe('/topics/teachers/2/');
    const second = topicPageView(teachers, listing, listing.pages[1]!, urls);
    expect(second.title).toBe('教师队伍（第 2 页）');
    expect(second.groups.map((group) => group.label)).toEqual(['年份不详']);
  });

  it('are summarized with section and report counts', () => {
    const summaries = topicSummaries(catalogue, urls);
    expect(summaries.find((topic) => topic.id === 'teachers')).toMatchObject({
      sectionCount: 3,
      reportCount: 3,
      url: '/topics/teachers/',
    });
    expect(summaries.map((topic) => topic.id)).toEqual(archive.topics.map((topic) => topic.id));
  });
});

describe('the report page', () => {
  const view = reportPageView(archive.bySlug.get('dongshan-2021-summary')!, archive, urls);

  it('shows the facts, with links to their listings', () => {
    expect(view.facts).toEqual([
      { label: '发文单位', value: '东山县教育局' },
      { label: '地区', value: '福建省 漳州市 东山县', href: '/regions/fujian/' },
      { label: '层级', value: '县级' },
      { label: '日期', value: '2021年12月20日', href: '/years/2021/' },
      { label: '类型', value: '工作总结', href: '/types/summary/' },
      { label: '文字', value: '简体' },
    ]);
  });

  it('lists the headed sections in the table of contents, with topic chips', () => {
    expect(view.toc.map((entry) => entry.heading)).toEqual([
      '一、教师队伍建设持续加强',
      '二、办学条件明显改善',
      '三、存在问题和下一步打算',
    ]);
    expect(view.toc[0]!.topics).toEqual([{ id: 'teachers', name: '教师队伍', url: '/topics/teachers/' }]);
  });

  it('links the same bureau’s newer and older reports and lists them all by year, and none when it has none', () => {
    expect(view.newer).toBeUndefined();
    expect(view.older).toBeUndefined();
    expect(view.bureau).toEqual([]);
    expect(view.comparisons).toEqual([]);
    const linked = reportPageView(archive.bySlug.get('dongshan-2021-summary')!, archive, urls, [
      { slug: 'dongshan-2022-plan', title: '东山县教育局2022年工作要点', year: 2022, type: 'plan' },
      { slug: 'dongshan-2021-summary', title: '东山县教育局2021年工作总结', year: 2021, type: 'summary' },
      { slug: 'dongshan-2020-summary', title: '东山县教育局2020年工作总结', year: 2020, type: 'summary' },
    ]);
    expect(linked.newer).toEqual({ title: '东山县教育局2022年工作要点', url: '/reports/dongshan-2022-plan/' });
    expect(linked.older).toEqual({ title: '东山县教育局2020年工作总结', url: '/reports/dongshan-2020-summary/' });
    expect(linked.bureau.map((entry) => [entry.year, entry.url, entry.current])).toEqual([
      ['2022年', '/reports/dongshan-2022-plan/', false],
      ['2021年', '/reports/dongshan-2021-summary/', true],
      ['2020年', '/reports/dongshan-2020-summary/', false],
    ]);
    // No plan of 2021 in this timeline: the summary pairs with the summary of the year before.
    expect(linked.comparisons).toEqual([
      { label: '对照2020年工作总结', url: '/compare/?a=dongshan-2020-summary&b=dongshan-2021-summary' },
    ]);
  });

  it('lists at most twenty of a busy bureau’s reports, those nearest this one', () => {
    const report = archive.bySlug.get('dongshan-2021-summary')!;
    const timeline = Array.from({ length: 30 }, (_, index) => ({
      slug: `r-${index}`,
      title: `报告 ${index}`,
      year: 2030 - index,
      type: 'summary',
    }));
    timeline[25] = { slug: report.slug, title: report.meta.title, year: 2021, type: 'summary' };
    const listed = reportPageView(report, archive, urls, timeline);
    expect(listed.bureauTotal).toBe(30);
    expect(listed.bureau).toHaveLength(20);
    expect(listed.bureau[0]!.url).toBe('/reports/r-10/');
    expect(listed.bureau.at(-1)!.url).toBe('/reports/r-29/');
    expect(listed.bureau.filter((entry) => entry.current)).toHaveLength(1);
    const centred = timeline.map((entry, index) => (index === 25 ? { ...timeline[15]! } : entry));
    centred[15] = timeline[25]!;
    const middle = reportPageView(report, archive, urls, centred);
    expect(middle.bureau.findIndex((entry) => entry.current)).toBe(10);
    expect(middle.bureau[0]!.url).toBe('/reports/r-5/');
  });

  it('lists other bureaus’ reports of the same city and year, the first eight, and counts the rest', () => {
    const report = archive.bySlug.get('dongshan-2021-summary')!;
    const other = (index: number, issuer: string) => ({
      ...report,
      slug: `peer-${index}`,
      meta: { ...report.meta, issuer, title: `${issuer}2021年工作总结` },
    });
    const group = [
      report,
      other(1, '东山县教育局'),
      ...Array.from({ length: 10 }, (_, index) => other(index + 2, `${index}县教育局`)),
    ];
    // peer-1 is the same bureau's: its timeline holds it, so it is not another bureau's report.
    const timeline = [
      { slug: report.slug, title: report.meta.title, year: 2021, type: 'summary' },
      { slug: 'peer-1', title: '东山县教育局2021年工作总结', year: 2021, type: 'summary' },
    ];
    const peers = reportPageView(report, archive, urls, timeline, group).peers;
    expect(peers.heading).toBe('漳州市2021年其他单位的报告');
    expect(peers.reports).toHaveLength(8);
    expect(peers.reports[0]).toEqual({
      title: '0县教育局2021年工作总结',
      url: '/reports/peer-2/',
      issuer: '0县教育局',
    });
    expect(peers.more).toBe(2);
    expect(peers.moreUrl).toBe('/regions/fujian/');
    expect(view.peers.reports).toEqual([]);
  });

  it('marks Traditional-script bodies and the issuer quoted from them, and no other fact', () => {
    const hant = reportPageView(archive.bySlug.get('beicheng-2020-report')!, archive, urls);
    expect(hant.bodyLang).toBe('zh-Hant');
    expect(hant.facts.map((fact) => [fact.label, fact.lang])).toEqual([
      ['发文单位', 'zh-Hant'],
      ['地区', undefined],
      ['层级', undefined],
      ['年份', undefined],
      ['类型', undefined],
      ['文字', undefined],
    ]);
    expect(view.bodyLang).toBeUndefined();
    expect(view.facts.every((fact) => fact.lang === undefined)).toBe(true);
  });

  it('describes the report by issuer, date and type', () => {
    expect(view.description).toBe('东山县教育局2021年12月20日工作总结：东山县教育局2021年工作总结');
  });
});

describe('listings by year, type and region', () => {
  it('have one page per value, undated last', () => {
    expect(yearListings(catalogue).map((listing) => [listing.value, listing.count])).toEqual([
      ['2021', 1],
      ['2020', 1],
      ['2019', 1],
      ['undated', 1],
    ]);
    expect(typeListings(catalogue).map((listing) => listing.value)).toEqual(['summary', 'plan', 'speech', 'report']);
  });

  it('group regions province → city → county, unknown parts last', () => {
    const tree = regionTree(catalogue);
    expect(tree.map((province) => [province.slug, province.label, province.count])).toEqual([
      ['fujian', '福建省', 1],
      ['yunnan', '云南省', 1],
      ['unknown', '省份未注明', 2],
    ]);
    expect(tree[2]!.cities.map((city) => [city.label, city.counties.map((county) => county.label)])).toEqual([
      ['北城市', ['本级']],
      ['城市未注明', ['区县未注明']],
    ]);
    const xishan = archive.bySlug.get('xishan-2019-plan')!;
    expect(provincePageSlug(regionValue(xishan.meta.region.province))).toBe('yunnan');
  });

  it('give each province a page slug from its own name alone, whatever else the archive holds', () => {
    expect(provincePageSlug('山西省')).toBe('shanxi');
    expect(provincePageSlug('陕西省')).toBe('shaanxi');
    expect(provincePageSlug(undefined)).toBe('unknown');
    expect(provincePageSlug('某省')).not.toBe(provincePageSlug('某某省'));
  });

  it('order places by GB/T 2260 code, not by pinyin: unknown names after known ones, 未注明 last', async () => {
    const places: Record<string, string> = {
      guangdong: '{ province: 广东省 }',
      hunan: '{ province: 湖南省 }',
      shaanxi: '{ province: 陕西省 }',
      shanxi: '{ province: 山西省 }',
      mousheng: '{ province: 某省 }',
      nowhere: '{}',
      qingfeng: '{ province: 河南省, city: 濮阳市, county: 清丰县 }',
      nanle: '{ province: 河南省, city: 濮阳市, county: 南乐县 }',
      fanxian: '{ province: 河南省, city: 濮阳市, county: 范县 }',
      hidden: '{ province: 河南省, city: 濮阳市, county: XX县 }',
      puyang: '{ province: 河南省, city: 濮阳市 }',
      zhengzhou: '{ province: 河南省, city: 鄭州市 }',
      henan: '{ province: 河南省 }',
    };
    const files = Object.fromEntries(
      Object.entries(places).map(([slug, region]) => [
        `${slug}.md`,
        reportFile(`${slug}。`, { region, level: slug === 'puyang' ? 'city' : 'county' }),
      ]),
    );
    const tree = regionTree(
      catalogueOf(await loadArchive({ paths: tempArchive(files), render: false, now: new Date('2026-06-01') })),
    );
    // Collation would give 广东 河南 湖南 山西 陕西 and 范县 南乐县 清丰县; folded names (鄭州市, XX县) are grouped as 郑州市, xx县.
    expect(tree.map((province) => [province.slug, province.label])).toEqual([
      ['shanxi', '山西省'],
      ['henan', '河南省'],
      ['hunan', '湖南省'],
      ['guangdong', '广东省'],
      ['shaanxi', '陕西省'],
      [expect.stringMatching(/^mou-[0-9a-z]+$/), '某省'],
      ['unknown', '省份未注明'],
    ]);
    expect(tree[1]!.cities.map((city) => [city.label, city.counties.map((county) => county.label)])).toEqual([
      ['郑州市', ['区县未注明']],
      ['濮阳市', ['本级', '清丰县', '南乐县', '范县', 'xx县']],
      ['城市未注明', ['区县未注明']],
    ]);
  });

  it('give the home page its counts', () => {
    const home = homeView(catalogue, urls);
    expect(home).toMatchObject({
      reportCount: 4,
      span: { from: 2019, to: 2021 },
      feed: { title: '测试档案：最新收录', href: '/feed.xml' },
    });
    expect(home.years.map((year) => year.url)).toEqual([
      '/years/2021/',
      '/years/2020/',
      '/years/2019/',
      '/years/undated/',
    ]);
    expect(home.provinces.map((province) => province.url)).toEqual([
      '/regions/fujian/',
      '/regions/yunnan/',
      '/regions/unknown/',
    ]);
  });
});
