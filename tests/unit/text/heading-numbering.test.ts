import { describe, expect, it } from 'vitest';
import { stripNumbering } from '../../../src/lib/text/heading-numbering.ts';

describe('a heading’s numbering', () => {
  it('strips the numbering in all its usual forms', () => {
    expect(stripNumbering('一、改善教育外部环境')).toBe('改善教育外部环境');
    expect(stripNumbering('（三）聚焦保障有力')).toBe('聚焦保障有力');
    expect(stripNumbering('(一)聚焦黨的領導')).toBe('聚焦黨的領導');
    expect(stripNumbering('12.著力推进资讯化建设')).toBe('著力推进资讯化建设');
    expect(stripNumbering('第一，始终把这次评估')).toBe('始终把这次评估');
    expect(stripNumbering('【第2篇】教育局领导总结')).toBe('教育局领导总结');
    expect(stripNumbering('2020年工作回顾')).toBe('2020年工作回顾');
    expect(stripNumbering(' 一 、 强化安全 ')).toBe('强化安全');
    expect(stripNumbering('3.5%的学校')).toBe('3.5%的学校');
    expect(stripNumbering('十四五规划')).toBe('十四五规划');
  });
});
