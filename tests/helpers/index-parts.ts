import { createRandom } from '../../scripts/corpus/random.ts';
import { type BuildIndexOptions, buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import type { IndexPart } from '../../src/lib/search/build/index-part.ts';
import type { IndexInput } from '../../src/lib/search/build/index-input.ts';
import type { FacetValueTable, ReportRecord } from '../../src/lib/search/format.ts';

const phrases = [
  '教育局',
  '教育',
  '學校',
  '学校',
  '教師隊伍',
  '教师队伍',
  '资讯化',
  '資訊化',
  '的',
  '2020年',
  '２０２１年',
  '12',
  'GPS定位',
  'xx县',
  'XX縣',
  '，',
  '。',
  ' ',
  '　',
  '\n',
  '义务教育',
  '義務教育',
  '课后服务',
  '校园足球',
  '第3季度',
];

/** Place names: each report has one in most of its sections, which makes terms dense in a report and rare in the archive. */
const places = [
  '东山',
  '北城',
  '南湖',
  '西岭',
  '青石',
  '白沙',
  '红旗',
  '金水',
  '银川',
  '玉泉',
  '龙门',
  '凤凰',
  '桃源',
  '梅岭',
  '竹溪',
  '松涛',
];

const years = ['2019', '2020', '2021', '2022'];
const topics = ['teachers', 'ict', 'sports', 'safety', 'funding'];

/**
 * An index input with what the index must get right: terms shared by many
 * sections (stored as bitmaps once the archive is large enough), numbers and
 * letters (positional terms with edge flags), Traditional and full-width text,
 * terms frequent in one report only, empty sections and reports without sections.
 */
export function generatedIndexInput(reportCount: number, seed: number): IndexInput {
  const random = createRandom(seed);
  const text = (length: number) => Array.from({ length }, () => random.pick(phrases)).join('');
  const facets: FacetValueTable[] = [
    { key: 'year', label: '年份', param: 'year', values: years.map((value) => ({ value, label: `${value}年` })) },
    { key: 'topic', label: '主题', param: 'topic', values: topics.map((value) => ({ value, label: value })) },
  ];
  const reports = Array.from({ length: reportCount }, (_, index) => {
    const place = random.pick(places);
    const sectionCount = random.chance(0.1) ? 0 : random.int(1, 5);
    const sections = Array.from({ length: sectionCount }, (_, position): ReportRecord['sections'][number] => [
      `s-${position + 1}`,
      random.chance(0.5) ? null : text(random.int(0, 3)),
      random.chance(0.1) ? '' : `${random.chance(0.8) ? place : ''}${text(random.int(1, 40))}`,
    ]);
    const year = random.chance(0.1) ? null : 2019 + random.int(0, 3);
    const record: ReportRecord = {
      slug: `report-${index}`,
      title: `${place}${text(random.int(1, 4))}工作报告`,
      issuer: '东山县教育局',
      region: random.chance(0.2) ? null : '福建省 漳州市 东山县',
      year,
      type: 'summary',
      script: random.chance(0.3) ? 'zh-Hant' : 'zh-Hans',
      sections,
    };
    const topicCodes = random.sample([...topics.keys()], random.int(0, 3));
    return { record, facetCodes: [year === null ? [] : [year - 2019], topicCodes], sha256: `sha-of-${index}` };
  });
  return { facets, reports };
}

/**
 * The input of one part: the reports at `positions`, with value tables that
 * hold only the values the part uses, last code first, so a merge has to map
 * codes by value.
 */
function partInput(input: IndexInput, positions: readonly number[]): IndexInput {
  const reports = positions.map((position) => input.reports[position]!);
  const maps = input.facets.map((_, facet) => {
    const used = [...new Set(reports.flatMap((report) => report.facetCodes[facet]!))].sort((a, b) => b - a);
    return new Map(used.map((code, partCode) => [code, partCode]));
  });
  return {
    facets: input.facets.map((facet, index) => ({
      ...facet,
      values: [...maps[index]!.keys()].map((code) => facet.values[code]!),
    })),
    reports: reports.map(({ record, facetCodes, sha256 }) => ({
      record,
      facetCodes: facetCodes.map((codes, facet) => codes.map((code) => maps[facet]!.get(code)!)),
      sha256,
    })),
  };
}

/**
 * Builds one index per part (`partOf[i]` is report i's part), with the same
 * options or each part with its own, and offers each as a part to merge.
 */
export function buildParts(
  input: IndexInput,
  partOf: readonly number[],
  partCount: number,
  options: BuildIndexOptions | readonly BuildIndexOptions[] = {},
): { part: IndexPart; files: Map<string, Uint8Array> }[] {
  return Array.from({ length: partCount }, (_, part) => {
    const positions = partOf.flatMap((owner, position) => (owner === part ? [position] : []));
    const { files } = buildSearchIndex(partInput(input, positions), Array.isArray(options) ? options[part] : options);
    const readFile = (name: string) => {
      const bytes = files.get(name);
      if (!bytes) throw new Error(`no file ${name}`);
      return bytes;
    };
    return { part: { readFile, positions }, files };
  });
}
