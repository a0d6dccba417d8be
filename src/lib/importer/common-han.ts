import { foldChar } from '../text/fold.ts';
import { countHan } from '../text/cjk.ts';

/**
 * About five hundred of the most frequent characters of modern written Chinese,
 * weighted towards the vocabulary of government reports. Real text is mostly
 * made of them; bytes decoded with the wrong legacy encoding are not.
 */
const frequent = [
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本',
  '去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总',
  '次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处世车改革教育校师生课堂质量培训保障安全投入经费项目建设学前义务均衡发展优质特色信息',
  '化网络平台资源素养德育体育艺术劳动资助营养扶贫困难帮扶招聘交流轮岗考核评价督导规范管理依法治理责任落实推进完善加强提升深化健全创新全面持续积极认真组织开展活动工作会议精神领导班子干部党员支部廉政作风纪',
  '律思想学习宣传先进典型示范县市省镇乡村城农村城区幼儿园小学中学高中初中职业技术普通特殊残疾儿童少年青年家长社会群众满意服务民生政策资金万元亿平方米所名人次个年度计划目标任务措施成效成绩问题不足打算今后',
  '下一步重点突出明显显著进一步不断稳步切实确保形成机制体系制度标准办法方案意见通知要求部署安排实施执行检查整改问责考试高考中考成绩合格本科录取升学竞赛获奖一等奖荣誉称号表彰奖励',
].join('');

const common = buildSet();

function buildSet(): Set<number> {
  const simplified = new Set<number>();
  for (const char of frequent) simplified.add(char.codePointAt(0)!);
  const all = new Set(simplified);
  for (let code = 0x3400; code <= 0x9fff; code += 1) {
    if (simplified.has(foldChar(code))) all.add(code);
  }
  return all;
}

/** Share of the Han characters in a text that are frequent ones, 0 when there are none. */
export function commonHanRatio(text: string): number {
  const han = countHan(text);
  return han === 0 ? 0 : countHan(text, (code) => common.has(code)) / han;
}
