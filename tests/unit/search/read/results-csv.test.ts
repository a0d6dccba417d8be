import { describe, expect, it } from 'vitest';
import type { ReportResult } from '../../../../src/lib/search/read/present-results.ts';
import { resultsCsv } from '../../../../src/lib/search/read/results-csv.ts';

const report = (slug: string, sections: ReportResult['sections'], region: string | null): ReportResult => ({
  url: `/archive/reports/${slug}/`,
  slug,
  title: `${slug}，“工作”总结`,
  titleHtml: '',
  issuer: '东山县教育局',
  region,
  year: slug === 'b' ? null : 2021,
  yearLabel: '',
  type: 'summary',
  typeLabel: '工作总结',
  topics: [],
  lang: 'zh-Hans',
  sections,
  moreSections: 0,
});

const section = (anchor: string, excerpt: string) => ({
  url: `/archive/reports/a/?hl=x#${anchor}`,
  permalink: `/archive/reports/a/#${anchor}`,
  heading: `标题 ${anchor}`,
  headingHtml: '',
  excerpt,
  excerptHtml: '',
});

describe('the listed results as CSV', () => {
  it('keeps text that starts like a spreadsheet formula as text', () => {
    const csv = resultsCsv(
      [report('c', [section('s-1', '=HYPERLINK("x")'), section('s-2', '-5%的降幅')], '@地区')],
      'https://x.org',
    );
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toContain(`,'@地区,`);
    expect(rows[1]).toContain(`,"'=HYPERLINK(""x"")"`);
    expect(rows[2]!.endsWith(",'-5%的降幅")).toBe(true);
  });

  it('has a row per matching section, with lasting addresses, in UTF-8 with a byte-order mark', () => {
    const csv = resultsCsv(
      [report('a', [section('s-1', '一行\n两行'), section('s-2', '普通')], '福建省 漳州市'), report('b', [], null)],
      'https://example.org',
    );
    expect(csv.startsWith('\uFEFF报告,发文单位,地区,年份,类型,小节,链接,摘录\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '报告,发文单位,地区,年份,类型,小节,链接,摘录',
      'a，“工作”总结,东山县教育局,福建省 漳州市,2021,工作总结,标题 s-1,https://example.org/archive/reports/a/#s-1,"一行\n两行"',
      'a，“工作”总结,东山县教育局,福建省 漳州市,2021,工作总结,标题 s-2,https://example.org/archive/reports/a/#s-2,普通',
      'b，“工作”总结,东山县教育局,,,工作总结,,https://example.org/archive/reports/b/,',
      '',
    ]);
  });
});
