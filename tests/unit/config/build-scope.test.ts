import { describe, expect, it } from 'vitest';
import { buildScopeOf, parseStepPart, pathsOfThisBuild } from '../../../src/lib/config/build-scope.ts';

describe('what a build makes', () => {
  it('is the whole site by default, one shard with ARCHIVE_SHARD, the assembly with ARCHIVE_ASSEMBLE=1 or pages', () => {
    expect(buildScopeOf({})).toEqual({ kind: 'whole' });
    expect(buildScopeOf({ ARCHIVE_SHARD: '41-henan' })).toEqual({ kind: 'shard', id: '41-henan' });
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: '1' })).toEqual({ kind: 'assembly', pagesOnly: false });
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: 'pages' })).toEqual({ kind: 'assembly', pagesOnly: true });
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: '0' })).toEqual({ kind: 'whole' });
  });

  it('renders one group of the national pages with ARCHIVE_PAGE_GROUP, and only in the pages step', () => {
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: 'pages', ARCHIVE_PAGE_GROUP: '2/3' })).toEqual({
      kind: 'assembly',
      pagesOnly: true,
      pageGroup: { part: 2, parts: 3 },
    });
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: '1', ARCHIVE_PAGE_GROUP: '2/3' })).toEqual({
      kind: 'assembly',
      pagesOnly: false,
    });
    expect(() => buildScopeOf({ ARCHIVE_ASSEMBLE: 'pages', ARCHIVE_PAGE_GROUP: '4/3' })).toThrow(/K\/N/);
  });
});

describe('K/N of a step', () => {
  it('takes 1 ≤ K ≤ N and nothing else', () => {
    expect(parseStepPart('2/4')).toEqual({ part: 2, parts: 4 });
    expect(parseStepPart(' 1/1 ')).toEqual({ part: 1, parts: 1 });
    for (const wrong of ['0/4', '5/4', '2', '2/', 'a/b', '1/4/2', '-1/4', '']) {
      expect(parseStepPart(wrong), wrong).toBe(undefined);
    }
  });
});

describe('the paths a build renders', () => {
  const paths = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('are all of them outside a page group', () => {
    expect(pathsOfThisBuild(paths, { kind: 'whole' })).toEqual(paths);
    expect(pathsOfThisBuild(paths, { kind: 'assembly', pagesOnly: true })).toEqual(paths);
  });

  it('are shared round the groups, each path in exactly one', () => {
    const groups = [1, 2, 3].map((part) =>
      pathsOfThisBuild(paths, { kind: 'assembly', pagesOnly: true, pageGroup: { part, parts: 3 } }),
    );
    expect(groups).toEqual([
      ['a', 'd', 'g'],
      ['b', 'e'],
      ['c', 'f'],
    ]);
  });
});
