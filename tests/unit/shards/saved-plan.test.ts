import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planShards, type ShardEntry } from '../../../src/lib/shards/plan-shards.ts';
import { readSavedPlan, reportsChangedSince, savePlan } from '../../../src/lib/shards/saved-plan.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const entry = (slug: string, issuer: string, year: number): ShardEntry => ({
  slug,
  sha256: `hash-of-${slug}`,
  province: '河南省',
  year,
  title: `${slug} 标题`,
  issuer,
  date: null,
  type: 'summary',
});
const entries = [
  entry('a-2019', '甲县教育局', 2019),
  entry('a-2020', '甲县教育局', 2020),
  entry('b-2020', '乙县教育局', 2020),
];
const plan = planShards(entries, 10_000, 'code-1');

function saved(contents: unknown): string {
  const file = join(tempDir('saved-plan-'), 'plan.json');
  writeFileSync(file, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return file;
}

describe('a saved shard plan', () => {
  it('holds the plan, every report’s file hash and the reports of every bureau that has more than one', () => {
    const kept = savePlan(plan, entries);
    expect(kept.plan).toEqual(plan);
    expect(kept.files).toEqual({ 'a-2019': 'hash-of-a-2019', 'a-2020': 'hash-of-a-2020', 'b-2020': 'hash-of-b-2020' });
    expect(kept.bureaus).toEqual([
      [
        { slug: 'a-2020', title: 'a-2020 标题', year: 2020, type: 'summary' },
        { slug: 'a-2019', title: 'a-2019 标题', year: 2019, type: 'summary' },
      ],
    ]);
    expect(readSavedPlan(saved(kept), 'code-1')).toEqual(kept);
  });

  it('is refused when unreadable, from another program or for other code, with the command that saves it again', () => {
    const kept = savePlan(plan, entries);
    expect(() => readSavedPlan(saved('{'), 'code-1')).toThrow(/读不出分片计划.*npm run shards -- --save/);
    expect(() => readSavedPlan(saved({ ...kept, format: 0 }), 'code-1')).toThrow(/另一版程序/);
    expect(() => readSavedPlan(saved(kept), 'code-2')).toThrow(/另一版代码或设置/);
  });

  it('names the reports whose files changed since it was saved', () => {
    const kept = savePlan(plan, entries);
    expect(reportsChangedSince(kept, [{ slug: 'a-2019', sha256: 'hash-of-a-2019' }])).toEqual([]);
    expect(
      reportsChangedSince(kept, [
        { slug: 'a-2019', sha256: 'edited' },
        { slug: 'new', sha256: 'x' },
      ]),
    ).toEqual(['a-2019', 'new']);
  });
});
