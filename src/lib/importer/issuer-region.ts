import { ancestorsOf, regionOfDivision, type Division } from '../places/divisions.ts';
import type { Level } from '../schema/report.ts';
import { foldText } from '../text/fold.ts';
import type { IssuerMatch } from './issuer.ts';
import { mentionedDivisions } from './place-names.ts';

/** Where a report was issued, in official names, and how the names matched the divisions. */
export interface IssuerRegion {
  region: { province?: string; city?: string; county?: string };
  level: Level;
  /** How the region matched the official divisions. */
  evidence: 'none' | 'unique' | 'ambiguous' | 'unknown';
}

const levelBySuffix: Record<string, Level> = {
  省: 'province',
  市: 'city',
  区: 'district',
  县: 'county',
  旗: 'county',
  州: 'city',
  盟: 'city',
};

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

function levelOf(division: Division): Level {
  if (division.level !== 'county') return division.level;
  return division.name.endsWith('区') ? 'district' : 'county';
}

/**
 * Region and level from the issuer's most precise place, in official names
 * (GB/T 2260): a county fills its city and province. A name several divisions
 * share is settled by which of their provinces and cities the text mentions;
 * if it cannot be, the first is taken and the reviewer is told.
 */
export function findRegion(issuer: IssuerMatch, text: string, notes: string[]): IssuerRegion {
  const place = issuer.places.at(-1);
  if (!place) {
    const level = issuer.bareSuffix ? (levelBySuffix[issuer.bareSuffix] ?? 'unknown') : levelFromSelfReference(text);
    return { region: {}, level, evidence: 'none' };
  }
  if (place.divisions.length === 0 && !place.placeholder) {
    const level = levelBySuffix[foldText(place.text).at(-1)!] ?? 'unknown';
    notes.push(`“${place.text}”不在行政区划（GB/T 2260）中，地区照原文填写，请核对`);
    const part = level === 'city' ? 'city' : level === 'province' ? 'province' : 'county';
    return { region: { [part]: place.text }, level, evidence: 'unknown' };
  }
  if (place.placeholder) {
    const level = foldText(issuer.issuer).endsWith('厅')
      ? 'province'
      : (levelBySuffix[foldText(place.text).at(-1)!] ?? 'unknown');
    return { region: {}, level, evidence: 'none' };
  }
  let candidates = place.divisions;
  const outer = issuer.places.slice(0, -1).flatMap((other) => other.divisions);
  if (outer.length > 0)
    candidates = candidates.filter((division) =>
      ancestorsOf(division.code).some((ancestor) => outer.some((o) => o.code === ancestor.code)),
    );
  if (candidates.length === 0) candidates = place.divisions;
  let evidence: IssuerRegion['evidence'] = 'unique';
  if (candidates.length > 1) {
    const mentions = mentionedDivisions(text);
    const support = (division: Division) =>
      ancestorsOf(division.code).reduce((total, ancestor) => total + (mentions.get(foldText(ancestor.name)) ?? 0), 0);
    const ranked = [...candidates].sort((a, b) => support(b) - support(a));
    if (support(ranked[0]!) === support(ranked[1]!)) {
      evidence = 'ambiguous';
      notes.push(
        `“${place.text}”是 ${candidates.length} 个行政区划的名称（${candidates.map((division) => regionLabel(division)).join('、')}），暂取第一个，请核对 region`,
      );
    }
    candidates = ranked;
  }
  const division = candidates[0]!;
  const level = foldText(issuer.issuer).endsWith('厅') ? 'province' : levelOf(division);
  return { region: regionOfDivision(division), level, evidence };
}

function regionLabel(division: Division): string {
  return [...ancestorsOf(division.code), division].map((part) => part.name).join('');
}
