import { foldText } from '../text/fold.ts';

/** Province-level divisions, short form → the full name as written in documents. */
export const provinces: Record<string, string> = {
  北京: '北京市', 天津: '天津市', 上海: '上海市', 重庆: '重庆市',
  河北: '河北省', 山西: '山西省', 辽宁: '辽宁省', 吉林: '吉林省', 黑龙江: '黑龙江省',
  江苏: '江苏省', 浙江: '浙江省', 安徽: '安徽省', 福建: '福建省', 江西: '江西省', 山东: '山东省',
  河南: '河南省', 湖北: '湖北省', 湖南: '湖南省', 广东: '广东省', 海南: '海南省', 四川: '四川省',
  贵州: '贵州省', 云南: '云南省', 陕西: '陕西省', 甘肃: '甘肃省', 青海: '青海省', 台湾: '台湾省',
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
};

/** Characters that cannot be part of a place name: they belong to the words around it. */
const notInPlaceNames = new Set('的了在和与及对向为代表各全本该其此我你他她它们由从把被将给于以之请是有到要就而也并或等按经共第每兼跨上下中会后前里外内');
const suffixes = '省市县区旗州';

/** Words ending in 市/县/区 that are not places. */
const notPlaces = /^(城市|全市|我市|本市|各市|该市|超市|上市|门市|都市|夜市|股市|城区|社区|片区|辖区|景区|园区|地区|校区|山区|灾区|牧区|库区|新区|老区|市区|县区|全区|我区|本区|各区|该区|全县|我县|本县|各县|该县|区县|县市|郊区|城乡区)$/;

/**
 * A place name ending at `end` (exclusive) in folded text: up to four
 * characters before the suffix, stopping at characters that belong to
 * surrounding words. Placeholders such as xx市 count as names.
 */
export function placeBefore(folded: string, end: number): string | undefined {
  const suffix = folded[end - 1];
  if (!suffix || !suffixes.includes(suffix)) return undefined;
  let start = end - 1;
  while (start > 0 && end - 1 - start < 4) {
    const char = folded[start - 1]!;
    // 津市市 is one name, but in xx市xx区 the 市 closes the city before the district.
    if (suffixes.includes(char) ? nameRunBefore(folded, start - 1) >= 2 : !isNameChar(char)) break;
    start -= 1;
  }
  const name = folded.slice(start, end);
  if (name.length < 2 || notPlaces.test(name)) return undefined;
  return name;
}

function isNameChar(char: string): boolean {
  return /[xX*＊]/.test(char) || (/\p{Script=Han}/u.test(char) && !notInPlaceNames.has(char) && !suffixes.includes(char));
}

function nameRunBefore(folded: string, position: number): number {
  let run = 0;
  while (run < 4 && position - run > 0 && isNameChar(folded[position - run - 1]!)) run += 1;
  return run;
}

export function isPlaceholder(name: string): boolean {
  return /[xX*＊]/.test(name);
}

/**
 * Counts mentions of places ending in one suffix (县, 市, 区 …). The characters
 * before a suffix may include a verb (获成都市, 印发清丰县), so every tail of
 * the longest candidate is counted and the tail that recurs wins: 成都市 is
 * written five times, 获成都市 once.
 */
export function countPlaces(text: string, suffix: string): Map<string, number> {
  const { candidates, longest } = placeCandidates(text, suffix);
  const counts = new Map<string, number>();
  for (const name of longest) {
    const best = bestTail(name, candidates);
    counts.set(best, (counts.get(best) ?? 0) + 1);
  }
  return counts;
}

/** Every tail of every mention with its count, and the longest form of each mention. */
export function placeCandidates(text: string, suffix: string): { candidates: Map<string, number>; longest: string[] } {
  const folded = foldText(text);
  const candidates = new Map<string, number>();
  const longest: string[] = [];
  for (let index = folded.indexOf(suffix); index >= 0; index = folded.indexOf(suffix, index + 1)) {
    if (folded[index + 1] === suffix) continue; // 津市市: count the whole name once, not 津市 as well
    const name = placeBefore(folded, index + 1);
    if (!name || isPlaceholder(name)) continue;
    const original = text.slice(index + 1 - name.length, index + 1);
    longest.push(original);
    for (const tail of tails(original)) candidates.set(tail, (candidates.get(tail) ?? 0) + 1);
  }
  return { candidates, longest };
}

function tails(name: string): string[] {
  return Array.from({ length: name.length - 1 }, (_, start) => name.slice(start)).filter(
    (tail) => !notPlaces.test(foldText(tail)) && !suffixes.includes(foldText(tail)[0]!),
  );
}

/** The tail of a candidate name mentioned most often; on a tie the longer one. */
export function bestTail(name: string, counts: ReadonlyMap<string, number>): string {
  return tails(name).reduce((best, tail) => ((counts.get(tail) ?? 0) > (counts.get(best) ?? 0) ? tail : best), name);
}

/** Provinces named with their full name (广东省, 广西壮族自治区), most mentioned first. */
export function provinceMentions(text: string): [string, number][] {
  const folded = foldText(text);
  const counts = new Map<string, number>();
  for (const [short, full] of Object.entries(provinces)) {
    const names = full.endsWith('市') ? [full] : [full, `${short}省`, `${short}自治区`];
    let count = 0;
    for (const name of new Set(names)) count += folded.split(name).length - 1;
    if (count > 0) counts.set(full, count);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
