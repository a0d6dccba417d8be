import { describe, expect, it } from 'vitest';
import { importCatalogue } from '../../../src/lib/importer/catalogue.ts';
import { chromeRuleOf, isNavigationLine, tagWords } from '../../../src/lib/importer/chrome-lines.ts';

const classifyLine = (line: string) => chromeRuleOf(line, importCatalogue());

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
    ['以下是小编为大家整理的教育局工作总结，供大家参考。', 'editor-intro'],
    ['以下是本站小編給大家整理的教育工作報告材料，提供參考。', 'editor-intro'],
    ['以下是为大家整理的关于教育局年终工作总结的文章3篇 ,欢迎品鉴!', 'editor-intro'],
    ['本文仅供学习参考，如有侵权请联系删除。', 'disclaimer'],
    ['免责声明：本站内容来自网友投稿', 'disclaimer'],
    ['Copyright © 2024 某某网 All Rights Reserved', 'copyright'],
    ['版权所有 某某文库', 'copyright'],
    ['京ICP备12345678号-1', 'copyright'],
    ['举报', 'copyright'],
    ['写作顾问', 'buttons'],
    ['内容预览', 'buttons'],
    ['正文复制', 'buttons'],
    ['• 21.76 KB', 'file-info'],
    ['教育局工作总结_3.doc', 'file-info'],
    ['《教育局工作总结_3.doc(3页珍藏版)》由会员分享，可在线阅读', 'file-info'],
    ['第1页共5页', 'page-number'],
    ['字号:[大 中 小]', 'page-meta'],
    ['发布机构：清丰县教育局', 'gov-metadata'],
    ['索引号：11410922MB1234567X/2021-00012', 'gov-metadata'],
    ['编号:_____ 学校:____', 'template-cover'],
    ['此文内容仅供参考,可自行修改', 'editor-intro'],
    ['201X/X/XX', 'template-cover'],
    ['2014-03-14 06:00:35', 'page-meta'],
    ['1、本站所有文档均由用户上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领。', 'copyright-notice'],
    ['开通VIP，免费下载全文', 'paywall'],
    ['第 3 页', 'page-number'],
    ['- 12 -', 'page-number'],
    ['返回顶部', 'page-number'],
    ['标签: 材料 教育 报告', 'tag-line'],
    ['標籤:材料 教育 報告', 'tag-line'],
    ['— 正文 —', 'text-mark'],
    ['（全文完）', 'text-mark'],
    ['— END —', 'text-mark'],
    ['>> 想找更多「工作要點」範文？回到 計畫規劃 欄目', 'buttons'],
    ['本文档为办公范本，下载后可根据实际情况修改使用。', 'editor-intro'],
    ['上一个：乡镇中心校2012年工作计划　下一个：县教育局2012年工作总结', 'page-number'],
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
    '三、开通绿色通道，方便群众办事',
    '（二）规范学籍注册管理',
    '全县中小学免费下载使用国家中小学智慧教育平台资源。',
    '一、完善工作机制',
    '全文共分三个部分。',
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

  it('sees lines dressed with arrows and bullets, and keys written with a bar, as plain', () => {
    expect(classifyLine('« 上一篇：会宁县2018年教师节表彰大会主持词')).toBe(
      classifyLine('上一篇：会宁县2018年教师节表彰大会主持词'),
    );
    expect(classifyLine('» 下一篇：乡镇中心学校2018年度工作总结')).toBeDefined();
    expect(classifyLine('来源｜县教育局办公室')).toBe(classifyLine('来源：县教育局办公室'));
    expect(classifyLine('▶ 全县教育系统扎实推进各项工作。')).toBeUndefined();
  });

  it('reads a paragraph with an attribution bracketed at its end as report text', () => {
    const paragraph =
      '過去一年，全市教育系統堅持穩中求進，統籌推進教育改革發展穩定各項工作，全年投入資金18.6億元，新增學位1.26萬個。（轉載自 學海文萃 xhwc.example.com）';
    expect(classifyLine(paragraph)).toBeUndefined();
    expect(classifyLine('（轉載自 學海文萃 xhwc.example.com）')).toBe('disclaimer');
  });

  it('matches Traditional text against patterns whatever variant folding picks (著作權 → 着作权)', () => {
    expect(classifyLine('二、文件之著作權屬原作者或原發布機關所有，任何人不得將本站內容用於商業用途。')).toBe(
      'copyright-notice',
    );
    expect(classifyLine('【版權聲明】')).toBe('copyright-notice');
  });

  it.each([
    ['簽名：教書二十年，不忘初心。', 'forum-signature'],
    ['2#　山城老李　2019-3-3 09:30', 'page-meta'],
    ['本帖由 晨曦教書匠 於2019-03-03 08:12重新編輯', 'page-meta'],
    ['★ 本文为会员专享内容，非会员仅可浏览，复制全文请先开通会员（￥9.9/月起）。', 'paywall-notice'],
    ['亲，该文档总共3页，到这已经超出免费预览范围，如果喜欢就下载吧！', 'paywall-notice'],
    ['贊助商廣告', 'advert'],
    ['固始教育 · 微信号 gushijiaoyu', 'account'],
    ['分享者：江南一叶　　所属分类：> 工作总结', 'page-meta'],
  ])('%s → %s', (line, rule) => {
    expect(classifyLine(line)).toBe(rule);
  });

  it.each([
    ['2019/03/04 14:32　文／林宛蓁　整理', 'page-meta'],
    ['字級：小｜中｜大　　列印　　分享', 'page-meta'],
    ['2025-03-04 09:12 · 来自河北 · 故城县教育局官方账号', 'page-meta'],
    ['＋ 关注', 'buttons'],
    ['本文内容由“故城教育”发布，不代表平台观点', 'disclaimer'],
    ['喜歡這篇文章嗎？歡迎分享給需要的朋友。', 'editor-intro'],
    ['（本篇完）', 'text-mark'],
    ['1.2k　💬 8　⤴ 分享', 'share'],
    ['搜索　　　　　　　无障碍浏览　长者模式', 'buttons'],
    ['本文关键词：教育局工作计划　2014年工作计划', 'tag-line'],
    ['—— 更多精品范文，尽在文海拾贝 ——', 'advert'],
  ])('new site wording: %s → %s', (line, rule) => {
    expect(classifyLine(line)).toBe(rule);
  });
});
