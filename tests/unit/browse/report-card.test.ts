import { describe, expect, it } from 'vitest';
import { toReportCard } from '../../../src/lib/browse/report-card.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureArchive } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const urls = siteUrls('/archive/');
const cardOf = (slug: string) => toReportCard(archive.bySlug.get(slug)!, archive, urls);

describe('a report card', () => {
  it('names the report, its issuer, date, type, place and topics, linked under the base path', () => {
    expect(cardOf('dongshan-2021-summary')).toEqual({
      slug: 'dongshan-2021-summary',
      url: '/archive/reports/dongshan-2021-summary/',
      title: '东山县教育局2021年工作总结',
      issuer: '东山县教育局',
      when: '2021年12月20日',
      typeLabel: '工作总结',
      region: '福建省 漳州市 东山县',
      topics: expect.arrayContaining([{ id: 'teachers', name: '教师队伍', url: '/archive/topics/teachers/' }]),
      lang: undefined,
    });
  });

  it('falls back to the year, or 年份不详, when the source gives no date', () => {
    expect(cardOf('xishan-2019-plan').when).toBe('2019年');
    expect(cardOf('nanhu-speech').when).toBe('年份不详');
  });

  it('names no place when the text names none, and marks Traditional titles', () => {
    expect(cardOf('nanhu-speech').region).toBeNull();
    expect(cardOf('beicheng-2020-report')).toMatchObject({ region: '北城市', lang: 'zh-Hant' });
  });
});
