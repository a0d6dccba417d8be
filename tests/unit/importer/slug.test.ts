import { describe, expect, it } from 'vitest';
import { bureauName, reportSlug } from '../../../src/lib/importer/slug.ts';

const free = () => false;

describe('the file name of an imported report', () => {
  it('is the issuer’s place in pinyin, the year and the type', () => {
    expect(reportSlug('清丰县教育局', 2020, 'summary', free)).toBe('qingfengxian-2020-summary');
  });

  it('drops the bureau’s name whichever form it takes', () => {
    expect(reportSlug('清丰县教育体育局', 2021, 'plan', free)).toBe('qingfengxian-2021-plan');
    expect(reportSlug('靖遠縣教育局', 2019, 'speech', free)).toBe('jingyuanxian-2019-speech');
  });

  it('leaves out a hidden year', () => {
    expect(reportSlug('清丰县教育局', null, 'report', free)).toBe('qingfengxian-report');
  });

  it('falls back on the bureau’s own name when there is no place', () => {
    expect(reportSlug('教育局', 2020, 'summary', free)).toBe('jiaoyuju-2020-summary');
  });

  it('counts up from -2 until the name is free', () => {
    const taken = new Set(['qingfengxian-2020-summary', 'qingfengxian-2020-summary-2']);
    expect(reportSlug('清丰县教育局', 2020, 'summary', (slug) => taken.has(slug))).toBe('qingfengxian-2020-summary-3');
  });

  it('is always a valid address: lowercase letters, digits and single hyphens, the place at most 40 letters', () => {
    const slug = reportSlug('内蒙古自治区鄂尔多斯市伊金霍洛旗某某某某某某某某某教育局', 2020, 'summary', free);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.split('-')[0]!.length).toBeLessThanOrEqual(40);
  });
});

describe('the names of a bureau', () => {
  it('match the forms the catalogue lists', () => {
    for (const name of ['教育局', '教育体育局', '教育和体育局', '教育科技局']) {
      expect(bureauName.test(`清丰县${name}`)).toBe(true);
    }
    expect(bureauName.test('清丰县人民政府')).toBe(false);
  });
});
