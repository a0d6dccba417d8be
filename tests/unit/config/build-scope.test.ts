import { describe, expect, it } from 'vitest';
import { buildScopeOf } from '../../../src/lib/config/build-scope.ts';

describe('what a build makes', () => {
  it('is the whole site by default, one shard with ARCHIVE_SHARD, the assembly with ARCHIVE_ASSEMBLE=1 or pages', () => {
    expect(buildScopeOf({})).toEqual({ kind: 'whole' });
    expect(buildScopeOf({ ARCHIVE_SHARD: '41-henan' })).toEqual({ kind: 'shard', id: '41-henan' });
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: '1' })).toEqual({ kind: 'assembly', pagesOnly: false });
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: 'pages' })).toEqual({ kind: 'assembly', pagesOnly: true });
    expect(buildScopeOf({ ARCHIVE_ASSEMBLE: '0' })).toEqual({ kind: 'whole' });
  });
});
