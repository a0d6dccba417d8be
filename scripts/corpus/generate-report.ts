import type { Level, ReportType } from '../../src/lib/schema/report.ts';
import { formatHeadingAttributes } from '../../src/lib/markdown/heading-attributes.ts';
import { frontMatterYaml } from '../../src/lib/importer/write-report.ts';
import { pinyinSlug } from '../../src/lib/text/pinyin-slug.ts';
import { closings, openings, speechClosings, speechOpenings, topicPhrases } from './phrases.ts';
import { districts, provinces } from './places.ts';
import { createRandom, type Random } from './random.ts';
import {
  modifiers,
  objectsByTopic,
  problems,
  programmeWords,
  results,
  schoolKinds,
  schoolPrefixes,
  towns,
  verbs,
} from './vocabulary.ts';

interface GeneratedReport {
  /** Path under the corpus's reports/ folder. */
  path: string;
  markdown: string;
  /** Name of a shared chart image the report embeds, placed beside it. */
  image?: string;
}

interface GenerateOptions {
  seed: number;
  /** Converts Simplified text to Traditional (Taiwan phrases), for the Traditional share of the corpus. */
  toTraditional(text: string): string;
  /** Names of the chart images available to embed. */
  images: readonly string[];
}

const numerals = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];
const topicIds = Object.keys(topicPhrases);

interface Issuer {
  issuer: string;
  region: { province?: string; city?: string; county?: string };
  level: Level;
  place: string;
  unit: string;
}

function chooseIssuer(random: Random, anonymized: boolean): Issuer {
  const roll = random.next();
  if (roll < 0.15) {
    const group = random.pick(districts);
    const name = random.pick(group.names);
    return {
      issuer: `${anonymized ? 'XX区' : name}教育局`,
      region: { province: group.province, city: group.city, ...(anonymized ? {} : { county: name }) },
      level: 'district',
      place: '区',
      unit: '区',
    };
  }
  const province = random.pick(provinces);
  const city = random.pick(province.cities);
  if (roll < 0.35) {
    return {
      issuer: `${anonymized ? 'XX市' : city.name}教育局`,
      region: { province: province.name, ...(anonymized ? {} : { city: city.name }) },
      level: 'city',
      place: '市',
      unit: '市',
    };
  }
  if (roll < 0.4) {
    return {
      issuer: `${province.name}教育厅`,
      region: { province: province.name },
      level: 'province',
      place: '省',
      unit: '省',
    };
  }
  const county = random.pick(city.counties);
  return {
    issuer: `${anonymized ? 'XX县' : county}教育局`,
    region: { province: province.name, city: city.name, ...(anonymized ? {} : { county }) },
    level: 'county',
    place: county.endsWith('市') ? '市' : '县',
    unit: county.endsWith('市') ? '市' : '县',
  };
}

function chooseType(random: Random): ReportType {
  const roll = random.next();
  return roll < 0.45 ? 'summary' : roll < 0.7 ? 'plan' : roll < 0.85 ? 'speech' : roll < 0.95 ? 'report' : 'other';
}

function titleFor(type: ReportType, issuer: Issuer, year: number | null, random: Random): string {
  const when = year === null ? '20xx年' : `${year}年`;
  switch (type) {
    case 'summary':
      return random.pick([
        `${issuer.issuer}${when}工作总结`,
        `${issuer.issuer}${when}教育工作总结`,
        `${when}全${issuer.unit}教育工作总结`,
      ]);
    case 'plan':
      return random.pick([
        `${issuer.issuer}${when}工作要点`,
        `${issuer.issuer}${when}工作计划`,
        `${when}全${issuer.unit}教育工作思路`,
      ]);
    case 'speech':
      return random.pick([
        `在${when}全${issuer.unit}教育工作会议上的讲话`,
        `在全${issuer.unit}校长会议上的讲话`,
        `局长在${when}教育系统表彰大会上的致辞`,
      ]);
    case 'report':
      return random.pick([
        `${issuer.issuer}关于${when}教育工作情况的报告`,
        `关于全${issuer.unit}义务教育发展情况的报告`,
      ]);
    case 'other':
      return `${issuer.issuer}${when}教育工作大事记`;
  }
}

function fill(
  template: string,
  random: Random,
  context: { year: number | null; place: string; unit: string },
  anonymized: boolean,
): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const hidden = anonymized && random.chance(0.2) ? 'XX' : undefined;
    switch (slot) {
      case 'n':
        return hidden ?? String(random.int(2, 60));
      case 'big':
        return hidden ?? String(random.int(100, 9000));
      case 'pct':
        return hidden ?? (random.int(600, 999) / 10).toFixed(1);
      case 'money':
        return hidden ?? String(random.int(50, 9000));
      case 'area':
        return hidden ?? String(random.int(1000, 50000));
      case 'year':
        return context.year === null ? '20xx' : String(context.year);
      case 'place':
        return context.place;
      case 'unit':
        return context.unit;
      default:
        return slot;
    }
  });
}

const programmeKinds = ['工程', '行动', '计划', '项目', '活动'];

/** A sentence put together from the vocabulary: the variety real reports have. */
function composedSentence(topic: string, random: Random): string {
  const object = random.pick(objectsByTopic[topic] ?? objectsByTopic['general']!);
  const school = `${random.pick(towns)}${random.pick(schoolPrefixes)}${random.pick(schoolKinds)}`;
  const programme = `“${random.pick(programmeWords)}${random.pick(programmeWords)}”${random.pick(programmeKinds)}`;
  switch (random.int(0, 4)) {
    case 0:
      return `${random.pick(modifiers)}${random.pick(verbs)}${object}，${random.pick(results)}。`;
    case 1:
      return `${school}${random.pick(modifiers)}${random.pick(verbs)}${object}，${random.pick(results)}。`;
    case 2:
      return `实施${programme}，${random.pick(verbs)}${object}${random.int(2, 90)}项。`;
    case 3:
      return `全年${random.pick(verbs)}${object}${random.int(100, 9000)}人次，${random.pick(results)}。`;
    default:
      return `以${object}为抓手，${random.pick(modifiers)}${random.pick(verbs)}${random.pick(objectsByTopic[topic] ?? [])}。`;
  }
}

function paragraph(topic: string, random: Random, fillSlots: (text: string) => string): string {
  const templates = random.sample(topicPhrases[topic]!.sentences, random.int(1, 2)).map(fillSlots);
  const composed = Array.from({ length: random.int(1, 4) }, () => composedSentence(topic, random));
  return random.sample([...templates, ...composed], templates.length + composed.length).join('');
}

/**
 * One report of the corpus. Every report has its own random stream derived from
 * the seed and its number, so the first thousand reports of a 10,000-report
 * corpus are the 1,000-report corpus.
 */
export function generateReport(index: number, options: GenerateOptions): GeneratedReport {
  const random = createRandom(options.seed * 1_000_003 + index * 7_919);
  const anonymized = random.chance(0.15);
  const issuer = chooseIssuer(random, anonymized);
  const year = random.chance(0.05) ? null : random.int(2005, 2025);
  const type = chooseType(random);
  const traditional = random.chance(0.1);
  const context = { year, place: issuer.place, unit: issuer.unit };
  const fillSlots = (text: string) => fill(text, random, context, anonymized);

  const targetChars = random.int(1000, 10000);
  const sectionCount = random.int(4, 20);
  const topics = Array.from({ length: sectionCount }, () => random.pick(topicIds));
  const headed = type !== 'speech' || random.chance(0.5);
  const image = random.chance(0.03) && options.images.length > 0 ? random.pick(options.images) : undefined;

  const blocks: string[] = [];
  if (type === 'speech') blocks.push(random.pick(speechOpenings));
  blocks.push(fillSlots(random.pick(openings)));
  let length = blocks.join('').length;
  topics.forEach((topic, sectionIndex) => {
    const phrases = topicPhrases[topic]!;
    const heading = `${numerals[sectionIndex]}、${random.pick(phrases.headings)}`;
    if (headed) {
      const attributes = random.chance(0.5) ? ` ${formatHeadingAttributes({ topics: [topic] })}` : '';
      blocks.push(`## ${heading}${attributes}`);
    }
    const budget = Math.max(1, Math.round((targetChars - length) / (sectionCount - sectionIndex) / 90));
    for (let count = 0; count < budget; count += 1) {
      const text = paragraph(topic, random, fillSlots);
      blocks.push(headed || count > 0 ? text : `第${numerals[sectionIndex]}，${text}`);
      length += text.length;
    }
    if (image && sectionIndex === 0) blocks.push(`![各年度教育投入对比图](${image})`);
  });
  blocks.push(`${random.pick(problems)}。${fillSlots(random.pick(closings))}`);
  if (type === 'speech') blocks.push(random.pick(speechClosings));

  const convert = (text: string) => (traditional ? options.toTraditional(text) : text);
  const title = convert(titleFor(type, issuer, year, random));
  const region = Object.fromEntries(Object.entries(issuer.region).map(([key, value]) => [key, convert(value)]));
  const front = frontMatterYaml({
    title,
    issuer: convert(issuer.issuer),
    region,
    level: issuer.level,
    year,
    type,
    script: traditional ? 'zh-Hant' : 'zh-Hans',
    anonymized: anonymized || year === null,
    source: { name: '生成的测试语料', note: `种子 ${options.seed}，第 ${index + 1} 篇` },
  });
  const body = blocks
    .map((block) =>
      block.startsWith('## ') || block.startsWith('![')
        ? block.replace(
            /^(## )(.*?)( \{[^}]*\})?$/,
            (_, mark: string, text: string, attrs = '') => `${mark}${convert(text)}${attrs}`,
          )
        : convert(block),
    )
    .join('\n\n');

  const place = pinyinSlug(issuer.issuer.replace(/教育(?:局|厅)$/, '')) || 'jiaoyuju';
  const slug = `${place}-${year ?? 'undated'}-${type}-${String(index + 1).padStart(6, '0')}`;
  return {
    path: `${year ?? 'undated'}/${slug}.md`,
    markdown: `---\n${front}---\n\n${body}\n`,
    ...(image ? { image } : {}),
  };
}
