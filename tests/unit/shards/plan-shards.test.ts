import { describe, expect, it } from 'vitest';
import { planShards, type ShardEntry } from '../../../src/lib/shards/plan-shards.ts';

let counter = 0;
function entry(province: string | undefined, year: number | null, slug?: string): ShardEntry {
  counter += 1;
  const name = slug ?? `r${counter}`;
  return {
    slug: name,
    sha256: `hash-of-${name}`,
    ...(province ? { province } : {}),
    year,
    title: name,
    issuer: name,
    date: null,
    type: 'summary',
  };
}

const idsOf = (entries: ShardEntry[], maxReports = 10_000) =>
  planShards(entries, maxReports, 'code').shards.map((shard) => shard.id);

/** Where each report went, by slug. */
function placement(entries: ShardEntry[], maxReports: number): Map<string, string> {
  const places = new Map<string, string>();
  for (const shard of planShards(entries, maxReports, 'code').shards)
    for (const slug of shard.slugs) places.set(slug, shard.id);
  return places;
}

describe('the shard plan', () => {
  it('gives each province a shard named by its GB/T 2260 code, so 山西 and 陕西 stay apart', () => {
    expect(idsOf([entry('山西省', 2020), entry('陕西省', 2020), entry('河南省', 2019)])).toEqual([
      '14-shanxi',
      '41-henan',
      '61-shanxi',
    ]);
  });

  it('puts reports that name no province in a shard of their own', () => {
    const plan = planShards([entry(undefined, 2020), entry('河南省', 2020)], 10_000, 'code');
    expect(plan.shards.map((shard) => [shard.id, shard.province])).toEqual([
      ['41-henan', '河南省'],
      ['unplaced', null],
    ]);
  });

  it('names a province the divisions do not hold by its pinyin and a hash of its name', () => {
    const [id] = idsOf([entry('某某省', 2020)]);
    expect(id).toMatch(/^x-moumou-[0-9a-z]+$/);
    expect(idsOf([entry('某某省', 2021)])).toEqual([id]);
  });

  it('cuts a province over the limit into the widest aligned year spans that fit, undated reports apart', () => {
    const years = [2010, 2011, 2012, 2013, 2016, 2017, 2018, 2019];
    const henan = [...years.map((year) => entry('河南省', year)), entry('河南省', null)];
    expect(idsOf(henan, 4)).toEqual(['41-henan-2008-2015', '41-henan-2016-2023', '41-henan-undated']);
    expect(idsOf(henan, 2)).toEqual([
      '41-henan-2010-2011',
      '41-henan-2012-2013',
      '41-henan-2016-2017',
      '41-henan-2018-2019',
      '41-henan-undated',
    ]);
    const plan = planShards(henan, 2, 'code');
    expect(plan.shards[0]!.years).toEqual({ from: 2010, to: 2011 });
    expect(plan.shards.at(-1)!.years).toBe('undated');
    expect(plan.oversized).toEqual([]);
  });

  it('reports a shard it cannot bring under the limit, when one year alone is over it', () => {
    const plan = planShards([entry('河南省', 2020), entry('河南省', 2020), entry('河南省', 2020)], 2, 'code');
    expect(plan.shards.map((shard) => shard.id)).toEqual(['41-henan-2020']);
    expect(plan.oversized).toEqual(['41-henan-2020']);
  });

  it('moves no other report when one is added, and changes only its own shard’s hash', () => {
    const before = [
      ...[2016, 2017, 2018, 2019].map((year) => entry('河南省', year)),
      ...[2020, 2021, 2022].map((year) => entry('河南省', year)),
      entry('四川省', 2020),
    ];
    const after = [...before, entry('河南省', 2023, 'new')];
    const [placedBefore, placedAfter] = [placement(before, 4), placement(after, 4)];
    for (const [slug, id] of placedBefore) expect(placedAfter.get(slug), slug).toBe(id);
    const hashes = (entries: ShardEntry[]) =>
      new Map(planShards(entries, 4, 'code').shards.map((shard) => [shard.id, shard.hash]));
    const [hashesBefore, hashesAfter] = [hashes(before), hashes(after)];
    const changed = [...hashesAfter].filter(([id, hash]) => hashesBefore.get(id) !== hash).map(([id]) => id);
    expect(changed).toEqual(['41-henan-2020-2023']);
  });

  it('gives the same plan whatever order the reports come in', () => {
    const entries = [entry('河南省', 2020), entry('四川省', 2019), entry(undefined, null), entry('河南省', 2018)];
    expect(planShards(entries.toReversed(), 10_000, 'code')).toEqual(planShards(entries, 10_000, 'code'));
  });

  it('changes every hash with the code version, and a shard’s hash with any of its files', () => {
    const entries = [entry('河南省', 2020, 'a'), entry('四川省', 2020, 'b')];
    const [one, other] = [planShards(entries, 10_000, 'v1'), planShards(entries, 10_000, 'v2')];
    expect(one.shards.every((shard, index) => shard.hash !== other.shards[index]!.hash)).toBe(true);
    const edited = planShards([{ ...entries[0]!, sha256: 'edited' }, entries[1]!], 10_000, 'v1');
    expect(edited.shards.map((shard) => shard.hash === one.shards.find((s) => s.id === shard.id)!.hash)).toEqual([
      false,
      true,
    ]);
  });

  it('changes the hash of a shard whose pages link to a bureau’s report in another shard when that report’s title changes', () => {
    const bureau = (slug: string, issuer: string, year: number, title = slug) => ({
      ...entry('河南省', year, slug),
      issuer,
      title,
    });
    const entries = [
      bureau('a-2015', '甲县教育局', 2015),
      bureau('a-2016', '甲县教育局', 2016),
      bureau('b-2016', '乙县教育局', 2016),
    ];
    const hashes = (list: ShardEntry[]) =>
      Object.fromEntries(planShards(list, 2, 'code').shards.map((shard) => [shard.id, shard.hash]));
    const before = hashes(entries);
    expect(Object.keys(before)).toEqual(['41-henan-2008-2015', '41-henan-2016-2023']);

    // a-2015's page links to a-2016 as its bureau's newer report.
    const retitled = hashes([entries[0]!, { ...entries[1]!, title: '改过的标题' }, entries[2]!]);
    expect(retitled['41-henan-2008-2015']).not.toBe(before['41-henan-2008-2015']);
    // b-2016 is linked from no page of the other shard.
    const otherBureau = hashes([entries[0]!, entries[1]!, { ...entries[2]!, title: '改过的标题', sha256: 'edited' }]);
    expect(otherBureau['41-henan-2008-2015']).toBe(before['41-henan-2008-2015']);
    expect(otherBureau['41-henan-2016-2023']).not.toBe(before['41-henan-2016-2023']);
    // a-2015's page offers to compare it with a-2016 only while both are summaries.
    const retyped = hashes([entries[0]!, { ...entries[1]!, type: 'plan' }, entries[2]!]);
    expect(retyped['41-henan-2008-2015']).not.toBe(before['41-henan-2008-2015']);
  });

  it('changes the hash of a shard when any report of its bureaus in another shard is added or retitled', () => {
    const bureau = (slug: string, year: number, title = slug) => ({
      ...entry('河南省', year, slug),
      issuer: '甲县教育局',
      title,
    });
    const entries = [bureau('a-2015', 2015), bureau('a-2016', 2016), bureau('a-2017', 2017)];
    const hashes = (list: ShardEntry[]) =>
      Object.fromEntries(planShards(list, 2, 'code').shards.map((shard) => [shard.id, shard.hash]));
    const before = hashes(entries);
    // a-2017 is not beside a-2015, but a-2015's page lists every year of its bureau.
    const retitled = hashes([entries[0]!, entries[1]!, { ...entries[2]!, title: '改过的标题' }]);
    expect(retitled['41-henan-2008-2015']).not.toBe(before['41-henan-2008-2015']);
    const added = hashes([...entries, bureau('a-2018', 2018)]);
    expect(added['41-henan-2008-2015']).not.toBe(before['41-henan-2008-2015']);
  });
});
