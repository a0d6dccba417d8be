import { isCalendarDate, type Level, type ReportType, type Script } from '../schema/report.ts';
import { foldChar, foldText } from '../text/fold.ts';
import { countHan } from '../text/cjk.ts';
import { bureauName } from './slug.ts';
import { bestTail, countPlaces, isPlaceholder, placeBefore, placeCandidates, provinceMentions } from './places.ts';

export interface ExtractedMetadata {
  issuer: string;
  region: { province?: string; city?: string; county?: string };
  level: Level;
  year: number | null;
  date?: string;
  type: ReportType;
  script: Script;
  anonymized: boolean;
  /** What a reviewer should double-check, in Chinese. */
  notes: string[];
}

const bureau = new RegExp(bureauName.source, 'g');

interface IssuerMatch {
  issuer: string;
  body: string;
  place?: string;
  /** 市教育局, 县教育局: the level shows even when the name of the place does not. */
  bareSuffix?: string;
}

/** Bureaus named in `text`; place names are checked against how `context` usually writes them. */
function issuersIn(text: string, context: string = text): IssuerMatch[] {
  const folded = foldText(text);
  return [...folded.matchAll(bureau)].map((match) => {
    const longest = placeBefore(folded, match.index);
    const place = longest && bestTail(longest, placeCandidates(context, longest.at(-1)!).candidates);
    const start = match.index - (place?.length ?? 0);
    const body = text.slice(match.index, match.index + match[0].length);
    if (place) return { issuer: text.slice(start, match.index + match[0].length), body, place: text.slice(start, match.index) };
    const before = folded[match.index - 1] ?? '';
    return '省市县区旗'.includes(before) && before !== '' ? { issuer: text.slice(match.index - 1, match.index) + body, body, bareSuffix: before } : { issuer: body, body };
  });
}

/** The issuer named in the title, else the one the text names most, else the bureau the text refers to. */
function findIssuer(title: string, text: string, notes: string[]): IssuerMatch {
  const inTitle = issuersIn(title, `${title}\n${text}`)[0];
  if (inTitle?.place) return inTitle;
  const placed = issuersIn(text).filter((match) => match.place && (!inTitle || foldText(match.body) === foldText(inTitle.body)));
  if (placed.length > 0) {
    const counts = new Map<string, number>();
    for (const match of placed) counts.set(match.issuer, (counts.get(match.issuer) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    return placed.find((match) => match.issuer === best)!;
  }
  if (inTitle) return inTitle;
  const county = [...countPlaces(text, '县')].sort((a, b) => b[1] - a[1])[0];
  if (county && county[1] >= 2 && /局(机关|党组|党委)|我局|本局/.test(foldText(text))) {
    notes.push(`原文没有写出发文单位，按正文多次提到的“${county[0]}”和“局机关”推定为${county[0]}教育局`);
    return { issuer: `${county[0]}教育局`, body: '教育局', place: county[0] };
  }
  const bare = issuersIn(text).find((match) => match.bareSuffix);
  if (bare) return bare;
  notes.push('原文没有写出发文单位，暂填“教育局”');
  return { issuer: '教育局', body: '教育局' };
}

const levelBySuffix: Record<string, Level> = { 省: 'province', 市: 'city', 区: 'district', 县: 'county', 旗: 'county', 州: 'city' };

/** 我县、全县 … tell the level when the issuer's name does not. */
function levelFromSelfReference(text: string): Level {
  const folded = foldText(text);
  const counts: [Level, number][] = [
    ['county', (folded.match(/[我全本该]县/g) ?? []).length],
    ['city', (folded.match(/[我全本该]市/g) ?? []).length],
    ['district', (folded.match(/[我全本该]区/g) ?? []).length],
    ['province', (folded.match(/[我全本该]省/g) ?? []).length],
  ];
  const [level, count] = counts.sort((a, b) => b[1] - a[1])[0]!;
  return count >= 2 ? level : 'unknown';
}

function findRegion(issuer: IssuerMatch, text: string, notes: string[]): { region: ExtractedMetadata['region']; level: Level } {
  const region: ExtractedMetadata['region'] = {};
  const place = issuer.place;
  const suffix = place ? foldText(place).at(-1)! : '';
  let level: Level = place
    ? (levelBySuffix[suffix] ?? 'unknown')
    : issuer.bareSuffix
      ? (levelBySuffix[issuer.bareSuffix] ?? 'unknown')
      : levelFromSelfReference(text);
  if (place && foldText(issuer.body).endsWith('厅')) level = 'province';

  const cities = [...countPlaces(text, '市')].filter(([name]) => !place || foldText(name) !== foldText(place)).sort((a, b) => b[1] - a[1]);
  const parentCity = cities[0] && cities[0][1] >= 3 ? cities[0][0] : undefined;

  if (place && !isPlaceholder(place)) {
    if (level === 'county' || level === 'district') region.county = place;
    else if (level === 'city') region.city = place;
    else if (level === 'province') region.province = place;
  }
  if (suffix === '市' && parentCity) {
    // A 市 whose text keeps naming another city is a county-level city under it (津市市 under 常德市).
    level = 'county';
    if (region.city) region.county = region.city;
    region.city = parentCity;
    notes.push(`${place}按县级市处理，上级城市推定为${parentCity}（正文多次提到）`);
  } else if ((level === 'county' || level === 'district') && parentCity) {
    region.city = parentCity;
  }

  const provinces = provinceMentions(text);
  if (provinces[0] && level !== 'province') region.province = provinces[0][0];
  if (provinces.length > 1) notes.push(`正文提到多个省份（${provinces.map(([name]) => name).join('、')}），取提到最多的一个`);
  if (!region.county && level !== 'province') {
    const counties = [...countPlaces(text, '县')].sort((a, b) => b[1] - a[1]);
    if (counties[0] && counties[0][1] >= 2 && level !== 'city') {
      region.county = counties[0][0];
      if (level === 'unknown') level = 'county';
    }
  }
  return { region, level };
}

const placeholderYear = /20[xX×]{2}|[xX×]{2}\s*年|二〇[xX×]{2}|[xX]{4}年/;
const realYear = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/;

/** The title decides when it shows a year or hides one; otherwise the first year the text mentions. */
function findYear(title: string, text: string): number | null {
  const titleYear = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title);
  if (titleYear) return Number(titleYear[1]);
  if (placeholderYear.test(title)) return null;
  const opening = text.slice(0, 600);
  const hidden = placeholderYear.exec(opening);
  const shown = realYear.exec(opening) ?? realYear.exec(text);
  if (!shown || (hidden && hidden.index < shown.index)) return null;
  return Number(shown[1]);
}

const dateLine = /^[（(]?\s*((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?\s*[）)]?$/;

/** A line holding only a date, just under the title or at the very end. */
export function findDate(paragraphs: readonly string[]): string | undefined {
  for (const line of [...paragraphs.slice(0, 3), ...paragraphs.slice(-2)]) {
    const match = dateLine.exec(line.trim());
    if (!match) continue;
    const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
    if (isCalendarDate(iso)) return iso;
  }
  return undefined;
}

export function findType(title: string): ReportType {
  const folded = foldText(title);
  if (/讲话|致辞|主持词|发言|演讲|讲稿/.test(folded)) return 'speech';
  if (/总结|述职/.test(folded)) return 'summary';
  if (/计划|要点|思路|安排|打算|规划/.test(folded)) return 'plan';
  if (/报告|汇报/.test(folded)) return 'report';
  return 'other';
}

/** Traditional when a noticeable share (and more than a stray few) of the Han characters change under folding. */
export function findScript(text: string): Script {
  const traditional = countHan(text, (code) => foldChar(code) !== code);
  return traditional >= 3 && traditional / countHan(text) > 0.05 ? 'zh-Hant' : 'zh-Hans';
}

const placeholders = /[xX×]{2,}|[*＊]{2,}|(?<=[\p{Script=Han}“"])[xX](?=[\p{Script=Han}”"])/u;

export function isAnonymized(text: string): boolean {
  return placeholders.test(text);
}

export function extractMetadata(title: string, paragraphs: readonly string[]): ExtractedMetadata {
  const text = paragraphs.join('\n');
  const notes: string[] = [];
  const issuer = findIssuer(title, text, notes);
  const { region, level } = findRegion(issuer, `${title}\n${text}`, notes);
  const date = findDate(paragraphs);
  return {
    issuer: issuer.issuer,
    region,
    level,
    year: findYear(title, text),
    ...(date ? { date } : {}),
    type: findType(title),
    script: findScript(`${title}${text}`),
    anonymized: isAnonymized(`${title}\n${text}`),
    notes,
  };
}
