import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../../../src/lib/archive/catalogue.ts';
import {
  indexInputOf,
  indexPath,
  indexVersionOf,
  summaryIndexVersion,
} from '../../../../src/lib/search/build/index-input.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const code = 'code-version';

describe('the index version', () => {
  it('is the same for the same content and code', () => {
    expect(indexVersionOf(indexInputOf(archive), code)).toBe(indexVersionOf(indexInputOf(archive), code));
    expect(indexVersionOf(indexInputOf(archive), code)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is worked out from report summaries alone, as an assembly of shards names the merged index', () => {
    expect(summaryIndexVersion(catalogueOf(archive), code)).toBe(indexVersionOf(indexInputOf(archive), code));
  });

  it('changes with a report file, a facet value, the report order or the code', () => {
    const base = indexVersionOf(indexInputOf(archive), code);
    const edited = indexInputOf(archive);
    edited.reports[0]!.sha256 = '0'.repeat(64);
    expect(indexVersionOf(edited, code)).not.toBe(base);

    const recoded = indexInputOf(archive);
    recoded.reports[0]!.facetCodes[1] = [...recoded.reports[0]!.facetCodes[1]!, 0];
    expect(indexVersionOf(recoded, code)).not.toBe(base);

    const reordered = indexInputOf(archive);
    reordered.reports.reverse();
    expect(indexVersionOf(reordered, code)).not.toBe(base);

    expect(indexVersionOf(indexInputOf(archive), 'other-code')).not.toBe(base);
  });

  it('names the folder under the base path', () => {
    expect(indexPath('/', 'abc123abc123')).toBe('/search-index/abc123abc123/');
    expect(indexPath('/archive', 'abc123abc123')).toBe('/archive/search-index/abc123abc123/');
  });
});

describe('the index input of an archive', () => {
  it('holds every report in archive order with its file hash', () => {
    const input = indexInputOf(archive);
    expect(input.reports.map((report) => [report.record.slug, report.sha256])).toEqual(
      archive.reports.map((report) => [report.slug, report.sha256]),
    );
  });
});
