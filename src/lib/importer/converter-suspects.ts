import { foldText } from '../text/fold.ts';

/**
 * Simplified↔Traditional converters and "pseudo-original" rewriters leave
 * tell-tale substitutions (基础 → 根底, 原则 → 原那么, 中小学 → 中國小). The text
 * is kept as published; these spots are listed for the reviewer.
 */
interface Suspect {
  pattern: RegExp;
  /** What the original text probably said. */
  likely: string;
  /** Only in Simplified (or only in Traditional) copies, where the pattern is otherwise ordinary. */
  script?: 'zh-Hans' | 'zh-Hant';
}

const suspects: Suspect[] = [
  { pattern: /原那么/g, likely: '原则' },
  { pattern: /效劳/g, likely: '服务' },
  { pattern: /最正确/g, likely: '最佳' },
  { pattern: /根底/g, likely: '基础' },
  { pattern: /中国小/g, likely: '中小学' },
  { pattern: /根本(?=完成|建成|实现|形成|到位|消除|解决)/g, likely: '基本' },
  { pattern: /广阔(?=教师|师生|群众|干部|党员|学生|家长|青少年)/g, likely: '广大' },
  {
    pattern: /(?<=进一步|严格|不断|切实)标准(?=学校|办学|从教|管理|行为|教育)|标准(?=从教行为|办学行为)/g,
    likely: '规范',
  },
  { pattern: /到达(?=\s*(?:\d|优秀|标准|要求|省级|市级))/g, likely: '达到' },
  {
    pattern:
      /(?<=科学|优先|内涵|和谐|专业|均衡|特色|可持续|引领|事业|十年)开展(?!工作|活动|了|各类|各项|多种|丰富)|开展(?=变化|环境|问题|战略|目标|活力|理念|需求|气氛|道路|规划|新风貌)/g,
    likely: '发展',
  },
  { pattern: /大学联考/g, likely: '高考' },
  { pattern: /国小|国中/g, likely: '小学、初中', script: 'zh-Hans' },
  { pattern: /资讯/g, likely: '信息' },
  { pattern: /网际网路/g, likely: '互联网' },
  { pattern: /社群(?=教育|学院|学校|居民|工作)/g, likely: '社区' },
  { pattern: /大资料/g, likely: '大数据' },
  { pattern: /专案/g, likely: '项目' },
];

interface ConverterWarning {
  /** The suspicious words as they appear in the text. */
  found: string;
  likely: string;
  count: number;
  /** 0-based indexes of the paragraphs where it occurs (at most five). */
  paragraphs: number[];
}

export function findConverterSuspects(
  paragraphs: readonly string[],
  script: 'zh-Hans' | 'zh-Hant',
): ConverterWarning[] {
  const byFound = new Map<string, ConverterWarning>();
  paragraphs.forEach((paragraph, index) => {
    const folded = foldText(paragraph);
    const matches = suspects
      .filter((suspect) => !suspect.script || suspect.script === script)
      .flatMap((suspect) =>
        [...folded.matchAll(suspect.pattern)].map((match) => ({
          suspect,
          start: match.index,
          end: match.index + match[0].length,
        })),
      )
      .sort((a, b) => b.end - b.start - (a.end - a.start));
    // 中国小 also contains 国小: a spot is reported once, under its longest reading.
    const taken: { start: number; end: number }[] = [];
    for (const match of matches) {
      if (taken.some((other) => match.start < other.end && other.start < match.end)) continue;
      taken.push(match);
      const found = paragraph.slice(match.start, match.end);
      const warning = byFound.get(found) ?? { found, likely: match.suspect.likely, count: 0, paragraphs: [] };
      warning.count += 1;
      if (warning.paragraphs.length < 5 && !warning.paragraphs.includes(index)) warning.paragraphs.push(index);
      byFound.set(found, warning);
    }
  });
  return [...byFound.values()].sort((a, b) => b.count - a.count);
}
