import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { findSiteNames } from '../../../src/lib/importer/site-names.ts';

const numbered = (lines: string[]) =>
  lines.map((text, index) => ({ no: index + 1, text })).filter((line) => line.text !== '');
const siteOf = (lines: string[], titles: string[] = []) => findSiteNames(numbered(lines), titles, importCatalogue());

describe('finding the source site', () => {
  it('takes the first breadcrumb entry that is a name', () => {
    expect(siteOf(['当前位置:蒙田范文网 > 公文 > 教育公文'])).toEqual(['蒙田范文网']);
    expect(siteOf(['当前位置:范范文>工作总结>工作总结精选>'])).toEqual(['范范文']);
    expect(siteOf(['位置:首頁 > 熱點 > 其他文案'])).toEqual([]);
  });

  it('takes a short first line that looks like a site name', () => {
    expect(siteOf(['可可簡歷網', '', '位置:首頁 > 熱點'])).toEqual(['可可簡歷網']);
    expect(siteOf(['教育局2019年工作总结'])).toEqual([]);
  });

  it('takes the name after the dash of a page title or in a copyright line', () => {
    expect(siteOf([], ['清溪县教育局2021年工作总结范文 - 范文宝'])).toEqual(['范文宝']);
    expect(siteOf([], ['南岭县教育局2019年工作总结_某某文库'])).toEqual(['某某文库']);
    expect(siteOf(['标题', '正文。', 'Copyright 2021-2024 好文档 All Rights Reserved'])).toEqual(['好文档']);
    expect(siteOf(['标题', '正文。', '範本屋 fanbenwu.example.com 版權所有'])).toEqual([
      'fanbenwu.example.com',
      '範本屋',
    ]);
    expect(siteOf(['知行範文館 ─ 繁體中文站　｜　您的寫作好幫手'])).toContain('知行範文館');
  });

  it('takes an address the page prints on its own, not one a sentence cites once', () => {
    expect(siteOf(['www.haowendang.example.com', '正文。'])).toEqual(['www.haowendang.example.com']);
    expect(siteOf(['学生可登录www.jyj.example.cn报名参加培训，报名截止到月底，逾期不再受理任何申请。'])).toEqual([]);
  });

  it('takes the name a 公众号 gives itself in its byline and its call to follow', () => {
    expect(siteOf(['原创　江夏教育之声　江夏教育之声　2024年02月27日 18:30　湖北'])).toEqual(['江夏教育之声']);
    expect(siteOf(['正文。', '长按识别二维码，关注“景泰教育发布”'])).toEqual(['景泰教育发布']);
    // A bureau is never taken for a site, whatever calls it one.
    expect(siteOf(['原创 清丰县教育局 清丰县教育局 2023-02-13'])).toEqual([]);
  });

  it('takes the name bracketed after a page title', () => {
    expect(siteOf([], ['臨猗縣教育局2013年工作總結【範文齋】'])).toEqual(['範文齋']);
  });
});
