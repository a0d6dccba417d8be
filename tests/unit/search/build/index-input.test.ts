import { describe, expect, it } from 'vitest';
import {
  indexInputFor,
  indexInputOf,
  indexPath,
  indexVersionOf,
} from '../../../../src/lib/search/build/index-input.ts';
import { loadFixtureArchive } from '../../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();

describe('the index version', () => {
  it('is the same for the same content', () => {
    expect(indexVersionOf(indexInputOf(archive))).toBe(indexVersionOf(indexInputOf(archive)));
    expect(indexVersionOf(indexInputOf(archive))).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes with one character of one section, a title, or a facet value', () => {
    const base = indexVersionOf(indexInputOf(archive));
    const input = indexInputOf(archive);
    const section = input.reports[0]!.record.sections[0]!;
    section[2] = `${section[2]}。`;
    expect(indexVersionOf(input)).not.toBe(base);

    const retitled = indexInputOf(archive);
    retitled.reports[1]!.record.title += '（修订）';
    expect(indexVersionOf(retitled)).not.toBe(base);

    const recoded = indexInputOf(archive);
    recoded.reports[0]!.facetCodes[1] = [...recoded.reports[0]!.facetCodes[1]!, 0];
    expect(indexVersionOf(recoded)).not.toBe(base);
  });

  it('names the folder under the base path', () => {
    expect(indexPath('/', 'abc123abc123')).toBe('/search-index/abc123abc123/');
    expect(indexPath('/archive', 'abc123abc123')).toBe('/archive/search-index/abc123abc123/');
  });
});

describe('the prepared input of an archive', () => {
  it('is worked out once per archive, with the version of that input', () => {
    const prepared = indexInputFor(archive);
    expect(indexInputFor(archive)).toBe(prepared);
    expect(prepared.version).toBe(indexVersionOf(indexInputOf(archive)));
    expect(prepared.input.reports.map((report) => report.record.slug)).toEqual(
      archive.reports.map((report) => report.slug),
    );
  });
});
