import { describe, expect, it } from 'vitest';
import { classifyLine, findSiteName, findTail, isNavigationLine, tagWords } from '../../../src/lib/importer/noise.ts';

describe('recognizing site chrome, one kind at a time', () => {
  it.each([
    ['当前位置:某某范文>工作总结>工作总结精选>', 'breadcrumb'],
    ['您当前的位置：首页 > 公文 > 教育', 'breadcrumb'],
    ['位置:首頁 > 熱點 > 其他文案', 'breadcrumb'],
    ['首页 > 工作总结 > 部门总结', 'breadcrumb'],
    ['网站首页 个人文档 个人总结 工作总结 述职报告 心得体会', 'navigation'],
    ['工作总结精选 阅读(2.15W)', 'counter'],
    ['栏目: 教育公文 / 发布于: / 人气:2.07W', 'counter'],
    ['浏览次数：3561', 'counter'],
    ['年终工作总结 会员上传 下载docx', 'page-meta'],
    ['更新时间：2023-06-04 12:41:57 发布时间：24小时内', 'page-meta'],
    ['作者：佚名  来源：网络', 'page-meta'],
    ['登录 | 注册', 'account'],
    ['设为首页 加入收藏', 'account'],
    ['以下是小编为大家整理的教育局工作总结，供大家参考。', 'boilerplate'],
    ['以下是本站小編給大家整理的教育工作報告材料，提供參考。', 'boilerplate'],
    ['以下是为大家整理的关于教育局年终工作总结的文章3篇 ,欢迎品鉴!', 'boilerplate'],
    ['本文仅供学习参考，如有侵权请联系删除。', 'disclaimer'],
    ['免责声明：本站内容来自网友投稿', 'disclaimer'],
    ['Copyright © 2024 某某网 All Rights Reserved', 'copyright'],
    ['版权所有 某某文库', 'copyright'],
    ['京ICP备12345678号-1', 'copyright'],
    ['举报', 'copyright'],
    ['第 3 页', 'page-number'],
    ['- 12 -', 'page-number'],
    ['返回顶部', 'page-number'],
    ['标签: 材料 教育 报告', 'tag-line'],
    ['標籤:材料 教育 報告', 'tag-line'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each([
    '2015年是实施“十二五”规划的最后一年。',
    '开展“书香校园”阅读活动120场，学生阅读量明显提高。',
    '组织教师参加在线培训，下载学习资源500余份，人均学习时长30小时。',
    '一、加强组织领导，落实安全工作“一岗双责”',
    '各校要做好教材发放和校舍安全检查。',
    '全年接待来访群众举报投诉37件，全部办结。',
    '（2019年2月26日）',
    '第一，要提高认识。',
  ])('keeps body text: %s', (line) => {
    expect(classifyLine(line)).toBeUndefined();
  });

  it('reads navigation rows only when they are rows of short words', () => {
    expect(isNavigationLine('首页 工作总结 工作计划 述职报告 心得体会')).toBe(true);
    expect(isNavigationLine('教育 卫生 文化')).toBe(false);
    expect(isNavigationLine('一是 二是 三是 四是 五是，都是重点')).toBe(false);
  });

  it('splits tag lines into words', () => {
    expect(tagWords('标签：教育局 工作总结，学前教育')).toEqual(['教育局', '工作总结', '学前教育']);
  });
});

describe('finding the source site', () => {
  it('takes the first breadcrumb entry that is a name', () => {
    expect(findSiteName(['当前位置:蒙田范文网 > 公文 > 教育公文'])).toBe('蒙田范文网');
    expect(findSiteName(['当前位置:范范文>工作总结>工作总结精选>'])).toBe('范范文');
    expect(findSiteName(['位置:首頁 > 熱點 > 其他文案'])).toBeUndefined();
  });

  it('takes a short first line that looks like a site name', () => {
    expect(findSiteName(['可可簡歷網', '', '位置:首頁 > 熱點'])).toBe('可可簡歷網');
    expect(findSiteName(['教育局2019年工作总结'])).toBeUndefined();
  });

  it('takes the name after the dash of a page title or in a copyright line', () => {
    expect(findSiteName(['清溪县教育局2021年工作总结范文 - 范文宝'])).toBe('范文宝');
    expect(findSiteName(['南岭县教育局2019年工作总结_某某文库'])).toBe('某某文库');
    expect(findSiteName(['标题', '正文。', 'Copyright 2021-2024 好文档 All Rights Reserved'])).toBe('好文档');
  });
});

describe('finding the reading-list tail', () => {
  it('cuts from the marker when only short lines follow', () => {
    const lines = ['正文最后一段。', '推荐阅读:', '学校工作总结（通用5篇）', '相关文章', '猜你喜欢', '换一换'];
    expect(findTail(lines)).toBe(1);
  });

  it('ignores a marker followed by body text', () => {
    const long = '这是一段很长的正文，'.repeat(10);
    expect(findTail(['相关文章', long])).toBeUndefined();
  });
});
