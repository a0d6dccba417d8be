import { describe, expect, it } from 'vitest';
import {
  isPlaceholder,
  mentionedDivisions,
  placeChainEndingAt,
  placeEndingAt,
  type PlaceName,
} from '../../../src/lib/importer/place-names.ts';

/** The place right before 教育 in a bureau name, reduced to what the tests compare. */
function placeBefore(issuer: string) {
  const place = placeEndingAt(issuer, issuer.indexOf('教育'));
  return place && summary(place);
}

const summary = (place: PlaceName) => ({
  text: place.text,
  divisions: place.divisions.map((division) => `${division.name} ${division.code}`),
  placeholder: place.placeholder,
  suffix: place.suffix,
});

describe('the place before a bureau name', () => {
  it('takes the longest official division that ends there', () => {
    expect(placeBefore('清丰县教育局')).toEqual({
      text: '清丰县',
      divisions: ['清丰县 410922'],
      placeholder: false,
      suffix: '县',
    });
    // 宁县 and 城区 are divisions of their own, in other provinces.
    expect(placeBefore('会宁县教育局')).toEqual({
      text: '会宁县',
      divisions: ['会宁县 620422'],
      placeholder: false,
      suffix: '县',
    });
    expect(placeBefore('西城区教育委员会')).toEqual({
      text: '西城区',
      divisions: ['西城区 110102'],
      placeholder: false,
      suffix: '区',
    });
    expect(placeBefore('乌鲁木齐县教育局')).toEqual({
      text: '乌鲁木齐县',
      divisions: ['乌鲁木齐县 650121'],
      placeholder: false,
      suffix: '县',
    });
    expect(placeBefore('梅县区教育局')).toEqual({
      text: '梅县区',
      divisions: ['梅县区 441403'],
      placeholder: false,
      suffix: '区',
    });
    expect(placeBefore('大兴安岭地区教育局')).toEqual({
      text: '大兴安岭地区',
      divisions: ['大兴安岭地区 232700'],
      placeholder: false,
      suffix: '区',
    });
  });

  it('takes only the innermost place of a chain', () => {
    expect(placeBefore('河南省清丰县教育局')?.text).toBe('清丰县');
  });

  it('lists every division a shared name belongs to', () => {
    expect(placeBefore('朝阳区教育局')?.divisions).toEqual(['朝阳区 110105', '朝阳区 220104']);
  });

  it('reads a Traditional name as its Simplified division, keeping the text as written', () => {
    expect(placeBefore('會寧縣教育局')).toEqual({
      text: '會寧縣',
      divisions: ['会宁县 620422'],
      placeholder: false,
      suffix: '县',
    });
  });

  it('keeps a placeholder as written, with no division', () => {
    expect(placeBefore('××县教育局')).toEqual({ text: '××县', divisions: [], placeholder: true, suffix: '县' });
    expect(placeBefore('xx市教育局')).toEqual({ text: 'xx市', divisions: [], placeholder: true, suffix: '市' });
    expect(placeBefore('XX区教育体育局')).toEqual({ text: 'XX区', divisions: [], placeholder: true, suffix: '区' });
  });

  it('takes a short name when no full name fits, with no suffix', () => {
    expect(placeBefore('清丰教育局')).toEqual({
      text: '清丰',
      divisions: ['清丰县 410922'],
      placeholder: false,
      suffix: '',
    });
    expect(placeBefore('内蒙古教育厅')).toEqual({
      text: '内蒙古',
      divisions: ['内蒙古自治区 150000'],
      placeholder: false,
      suffix: '',
    });
  });

  it('keeps a name the divisions do not hold as written', () => {
    // 崇文区 was merged into 东城区 in 2010.
    expect(placeBefore('崇文区教育局')).toEqual({ text: '崇文区', divisions: [], placeholder: false, suffix: '区' });
    expect(placeBefore('清风县教育局')).toEqual({ text: '清风县', divisions: [], placeholder: false, suffix: '县' });
  });

  it('reads an unknown name only up to four characters, which may take in a verb', () => {
    // Why metadata trusts an unknown name only when the text writes it twice.
    expect(placeBefore('认真履行区教育局')?.text).toBe('认真履行区');
  });

  it('finds no place in 我县, 全市, a bare 县 or a word that only ends like a place', () => {
    for (const issuer of ['我县教育局', '全市教育局', '本县教育局', '县教育局', '市教育局', '教育局', '新区教育局'])
      expect(placeBefore(issuer)).toBeUndefined();
  });
});

describe('a chain of places', () => {
  const chain = (issuer: string) =>
    placeChainEndingAt(issuer, issuer.indexOf('教育')).map((place) => `${place.text}:${place.divisions.length}`);

  it('lists the places outermost first', () => {
    expect(chain('河南省濮阳市清丰县教育局')).toEqual(['河南省:1', '濮阳市:1', '清丰县:1']);
    expect(chain('天津市和平区教育局')).toEqual(['天津市:1', '和平区:2']);
    expect(chain('甘肃省會寧縣教育局')).toEqual(['甘肃省:1', '會寧縣:1']);
  });

  it('chains placeholders too', () => {
    expect(chain('xx市xx区教育局')).toEqual(['xx市:0', 'xx区:0']);
  });

  it('stops at a short name, which has no ending to chain on', () => {
    expect(chain('濮阳市清丰教育局')).toEqual(['清丰:1']);
  });

  it('is empty when no place precedes the bureau', () => {
    expect(chain('全县教育局')).toEqual([]);
  });
});

describe('divisions a text mentions', () => {
  it('counts each official name, in either script', () => {
    expect(mentionedDivisions('在长春市委领导下，朝阳区、长春市和吉林省共同推进；長春市再次获奖。')).toEqual(
      new Map([
        ['长春市', 3],
        ['朝阳区', 1],
        ['吉林省', 1],
      ]),
    );
  });

  it('counts nothing in 我市 or 全县', () => {
    expect(mentionedDivisions('我市教育工作稳步推进，全县学校完成改造。')).toEqual(new Map());
  });
});

describe('placeholders', () => {
  it('are names with x, × or *', () => {
    for (const name of ['xx市', 'XX县', '××县', '＊＊区', '**区']) expect(isPlaceholder(name)).toBe(true);
    for (const name of ['清丰县', '會寧縣', '某某县']) expect(isPlaceholder(name)).toBe(false);
  });
});
