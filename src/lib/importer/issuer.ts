import { ancestorsOf, divisionsByShortName, divisionsNamed, type Division } from '../places/divisions.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { foldText } from '../text/fold.ts';
import { mentionedDivisions, placeChainEndingAt, type PlaceName } from './place-names.ts';
import { bureauName } from './slug.ts';

const bureau = new RegExp(bureauName.source, 'g');

export interface IssuerMatch {
  /** The issuer as written: places, then the bureau's name. */
  issuer: string;
  /** The places before the bureau's name, outermost first. */
  places: PlaceName[];
  /** 市教育局, 县教育局: the level shows even when the name of the place does not. */
  bareSuffix?: string;
}

/** Bureaus named in a text, each with the places written before it. */
function issuersIn(text: string): IssuerMatch[] {
  const folded = foldText(text);
  return [...folded.matchAll(bureau)].map((match) => {
    const places = placeChainEndingAt(text, match.index);
    const start = match.index - places.reduce((total, place) => total + place.text.length, 0);
    const issuer = text.slice(start, match.index + match[0].length);
    const before = folded[match.index - 1] ?? '';
    if (places.length === 0 && before !== '' && '省市县区旗'.includes(before)) {
      return { issuer: text.slice(match.index - 1, match.index + match[0].length), places, bareSuffix: before };
    }
    return { issuer, places };
  });
}

/**
 * The issuer named in the title, else the one the text names most, else one
 * named above the report (发布机构：…, a covering notice), else the bureau the
 * text refers to.
 */
export function findIssuer(title: string, text: string, surroundings: string, notes: string[]): IssuerMatch {
  const inTitle = issuersIn(title)[0];
  if (inTitle && inTitle.places.length > 0) return inTitle;
  // A title naming its bureau without a place (教育科技局) is not overridden by another bureau the text mentions.
  const bodyOf = (issuer: string) => foldText(issuer).match(bureauName)?.[0];
  // A name the divisions do not know counts only when the text writes it again: 认真履行区教育局 is a verb before 区教育局.
  const trusted = (match: IssuerMatch) => {
    const place = match.places.at(-1);
    return (
      place !== undefined && (place.divisions.length > 0 || place.placeholder || text.split(place.text).length > 2)
    );
  };
  const inText = issuersIn(text);
  const school = inTitle ? undefined : schoolSpeaker(text, surroundings);
  if (school) return school;
  const titlePlace = inTitle ? undefined : soleDivision(title);
  if (titlePlace) {
    // A title naming a place but no bureau (2023年常德市教育工作会议主持词) is that place's: the text's 市教育局 is
    // its bureau, and other places' bureaus named in the text (请澧县教育局作典型发言) are not the issuer.
    const own = mostNamed(
      inText.filter((match) => match.places.length > 0 && foldText(match.places.at(-1)!.text) === titlePlace.name),
    );
    if (own) return own;
    const bare = inText.find((match) => match.bareSuffix === titlePlace.name.at(-1));
    if (bare) return placedBureau(titlePlace.written, bare);
  }
  const placed = inText.filter(
    (match) => trusted(match) && (!inTitle || bodyOf(match.issuer) === bodyOf(inTitle.issuer)),
  );
  const named = mostNamed(placed);
  if (named) return named;
  const bare = inText.find((match) => match.bareSuffix);
  if (bare && !inTitle) {
    // 县教育局 with one county named around the report (the poster's note, the account) or in the text is that county's.
    const place =
      [surroundings, text]
        .map((source) => soleDivision(source, bare.bareSuffix))
        .find((found) => found !== undefined) ?? soleShortName(surroundings, text, bare.bareSuffix!);
    if (place) {
      notes.push(
        `正文只写了“${bare.issuer}”，按页面上提到的“${place.written}”填写为${place.written}${bare.issuer.slice(1)}`,
      );
      return placedBureau(place.written, bare);
    }
  }
  const around = mostNamed(issuersIn(surroundings).filter((match) => match.places.at(-1)?.divisions.length));
  if (around && (!inTitle || bodyOf(around.issuer) === bodyOf(inTitle.issuer))) {
    notes.push(`正文没有写出发文单位，按页面上正文之前的“${around.issuer}”填写`);
    return around;
  }
  if (inTitle) return inTitle;
  const county = [...mentionedDivisions(text)].filter(([name]) => /[县旗]$/.test(name)).sort((a, b) => b[1] - a[1])[0];
  if (county && county[1] >= 2 && /局(机关|党组|党委)|我局|本局/.test(foldText(text))) {
    const written = writtenForm(text, county[0]);
    notes.push(`原文没有写出发文单位，按正文多次提到的“${written}”和“局机关”推定为${written}教育局`);
    return { issuer: `${written}教育局`, places: placeChainEndingAt(written, written.length) };
  }
  if (bare) return bare;
  notes.push('原文没有写出发文单位，暂填“教育局”');
  return { issuer: '教育局', places: [] };
}

/** A bare 县教育局 given its place as written: 于都县 and 县教育局 make 于都县教育局. */
function placedBureau(written: string, bare: IssuerMatch): IssuerMatch {
  return { issuer: written + bare.issuer.slice(1), places: placeChainEndingAt(written, written.length) };
}

/**
 * A principal's speech that a bureau's site publishes (城关中学校长　张××) is the
 * school's: its issuer is the school, with the place the page writes before
 * its name (洛川县城关中学) when it does.
 */
function schoolSpeaker(text: string, surroundings: string): IssuerMatch | undefined {
  const opening = text
    .split('\n')
    .slice(0, 4)
    .map((line) => foldText(line));
  const named = opening
    .map(
      (line) =>
        /^(\p{Script=Han}{2,12}?(?:中学|小学|学校|幼儿园))\s*(?:党(?:委|总支|支部)书记、)?校长/u.exec(line)?.[1],
    )
    .find(Boolean);
  if (!named) return undefined;
  const fuller = new RegExp(`(\\p{Script=Han}{2,6}?[县区市旗])${escapeRegExp(named)}`, 'u').exec(
    foldText(`${surroundings}\n${text}`),
  );
  const place = fuller ? placeChainEndingAt(fuller[1]!, fuller[1]!.length) : [];
  return { issuer: place.length > 0 ? `${fuller![1]}${named}` : named, places: place };
}

/**
 * The one official division a text names (of the level a suffix gives, when
 * given), in Simplified and as written; none when it names several. A county
 * and its own city may both be named: the county is the one meant.
 */
function soleDivision(text: string, suffix?: string): { name: string; written: string } | undefined {
  const names = [...mentionedDivisions(text).keys()].filter((name) => !suffix || name.endsWith(suffix));
  const innermost = names.filter(
    (name) =>
      !names.some(
        (other) =>
          other !== name &&
          divisionsNamed(other).some((inner) => ancestorsOf(inner.code).some((outer) => foldText(outer.name) === name)),
      ),
  );
  if (innermost.length !== 1) return undefined;
  return { name: innermost[0]!, written: writtenForm(text, innermost[0]!) };
}

/**
 * A place the page names only in short (江夏教育之声, 奋力开创江夏教育新局面): the one
 * division of the bureau's level whose short name the page around the report
 * writes and the page writes at least twice in all. Written as the short name
 * with its ending, so 江夏 and 区教育局 make 江夏区教育局.
 */
function soleShortName(
  surroundings: string,
  text: string,
  suffix: string,
): { name: string; written: string } | undefined {
  const counts = new Map<string, { division: Division; written: string; around: number; all: number }>();
  for (const [source, isAround] of [
    [surroundings, true],
    [text, false],
  ] as const) {
    const folded = foldText(source);
    for (let at = 0; at < folded.length; at += 1) {
      for (const length of [3, 2]) {
        const short = folded.slice(at, at + length);
        if (!/^\p{Script=Han}+$/u.test(short) || '全我本该各'.includes(short[0]!)) continue;
        const divisions = divisionsByShortName(short).filter((division) => division.name.endsWith(suffix));
        if (divisions.length !== 1) continue;
        const entry = counts.get(divisions[0]!.code) ?? {
          division: divisions[0]!,
          written: source.slice(at, at + length),
          around: 0,
          all: 0,
        };
        entry.around += isAround ? 1 : 0;
        entry.all += 1;
        counts.set(divisions[0]!.code, entry);
        break;
      }
    }
  }
  const found = [...counts.values()].filter((entry) => entry.around > 0 && entry.all >= 2);
  if (found.length !== 1) return undefined;
  const { division, written } = found[0]!;
  return { name: foldText(division.name), written: `${written}${suffix}` };
}

/** The issuer written most often; on a tie the shorter form (xx区教育体育局 over xx市xx区教育体育局). */
function mostNamed(matches: readonly IssuerMatch[]): IssuerMatch | undefined {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.issuer, (counts.get(match.issuer) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
  return matches.find((match) => match.issuer === best);
}

/** How the text itself writes a name it was found under in Simplified script (會寧縣 for 会宁县). */
function writtenForm(text: string, simplified: string): string {
  const at = foldText(text).indexOf(simplified);
  return at >= 0 ? text.slice(at, at + simplified.length) : simplified;
}
