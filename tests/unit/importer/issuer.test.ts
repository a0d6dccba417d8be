import { describe, expect, it } from 'vitest';
import { findIssuer } from '../../../src/lib/importer/issuer.ts';
import { findRegion } from '../../../src/lib/importer/issuer-region.ts';

function issuerOf(title: string, text: string, surroundings = '') {
  const notes: string[] = [];
  const issuer = findIssuer(title, text, surroundings, notes);
  const { region, level, evidence } = findRegion(issuer, text, notes);
  return { issuer: issuer.issuer, region, level, evidence, notes };
}

describe('finding who issued a report', () => {
  it('takes the bureau the title names, with its official region', () => {
    expect(issuerOf('清丰县教育局2020年工作总结', '一年来，我局认真落实各项工作。')).toEqual({
      issuer: '清丰县教育局',
      region: { province: '河南省', city: '濮阳市', county: '清丰县' },
      level: 'county',
      evidence: 'unique',
      notes: [],
    });
  });

  it('keeps the issuer as written in Traditional script and fills the region in official names', () => {
    expect(issuerOf('靖遠縣教育局2020年工作總結', '一年來。')).toMatchObject({
      issuer: '靖遠縣教育局',
      region: { province: '甘肃省', city: '白银市', county: '靖远县' },
    });
  });

  it('takes the bureau the text names when the title names none', () => {
    expect(issuerOf('2020年工作总结', '津市市教育局认真落实。津市市教育局全面推进。')).toMatchObject({
      issuer: '津市市教育局',
      region: { province: '湖南省', city: '常德市', county: '津市市' },
      level: 'county',
    });
  });

  it('places a bare 县教育局 by the one county the page names, and tells the reviewer', () => {
    const found = issuerOf('2020年工作总结', '县教育局认真落实各项工作。', '发布者：于都县人民政府');
    expect(found).toMatchObject({ issuer: '于都县教育局', region: { county: '于都县' }, level: 'county' });
    expect(found.notes).toEqual(['正文只写了“县教育局”，按页面上提到的“于都县”填写为于都县教育局']);
  });

  it('gives a meeting’s place to its bureau rather than to a bureau invited to speak', () => {
    expect(issuerOf('2023年常德市教育工作会议主持词', '市教育局局长讲话。请澧县教育局作典型发言。')).toMatchObject({
      issuer: '常德市教育局',
      region: { province: '湖南省', city: '常德市' },
      level: 'city',
    });
  });

  it('gives a principal’s speech to the school', () => {
    expect(issuerOf('城关中学2020年工作总结', '城关中学校长　张××\n一年来。', '洛川县城关中学')).toMatchObject({
      issuer: '洛川县城关中学',
      region: { county: '洛川县' },
    });
  });

  it('falls back on 教育局, with the level the text refers to itself by', () => {
    expect(issuerOf('2020年工作总结', '一年来，我县教育工作全县推进。')).toEqual({
      issuer: '教育局',
      region: {},
      level: 'county',
      evidence: 'none',
      notes: ['原文没有写出发文单位，暂填“教育局”'],
    });
  });

  it('keeps a hidden place hidden, with the level its ending shows', () => {
    expect(issuerOf('XX县教育局2020年工作总结', '一年来。')).toEqual({
      issuer: 'XX县教育局',
      region: {},
      level: 'county',
      evidence: 'none',
      notes: [],
    });
  });
});

describe('a place name several divisions share', () => {
  it('is settled by the province or city the text mentions', () => {
    expect(issuerOf('朝阳区教育局2020年工作总结', '吉林省长春市朝阳区全面推进。长春市的要求。')).toMatchObject({
      region: { province: '吉林省', city: '长春市', county: '朝阳区' },
      level: 'district',
      evidence: 'unique',
    });
    expect(issuerOf('朝阳区教育局2020年工作总结', '北京市朝阳区全面推进。')).toMatchObject({
      region: { province: '北京市', county: '朝阳区' },
      evidence: 'unique',
    });
  });

  it('otherwise takes the first and asks the reviewer to check', () => {
    const found = issuerOf('朝阳区教育局2020年工作总结', '一年来。');
    expect(found.evidence).toBe('ambiguous');
    expect(found.notes).toHaveLength(1);
    expect(found.notes[0]).toContain('“朝阳区”是 2 个行政区划的名称');
  });
});
