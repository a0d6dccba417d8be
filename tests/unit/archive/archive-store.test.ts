import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetArchives, getArchive } from '../../../src/lib/archive/archive-store.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

afterEach(() => {
  forgetArchives();
  vi.unstubAllEnvs();
});

function useArchive(reports: Record<string, string>) {
  const paths = tempArchive(reports);
  vi.stubEnv('ARCHIVE_CONTENT_DIR', paths.contentDir);
  return paths;
}

describe('the archive shared by a build', () => {
  it('reads the content folder named by ARCHIVE_CONTENT_DIR', async () => {
    useArchive({ 'a.md': reportFile('甲县的正文。'), 'b.md': reportFile('乙县的正文。', { year: '2019' }) });
    const archive = await getArchive();
    expect(archive.reports.map((report) => report.slug)).toEqual(['a', 'b']);
  });

  it('is read once: every caller with the same base gets the same archive', async () => {
    const paths = useArchive({ 'a.md': reportFile('正文。') });
    const first = getArchive('/');
    await first;
    rmSync(join(paths.reportsDir, 'a.md'));
    expect(getArchive('/')).toBe(first);
    expect((await getArchive('/')).reports.map((report) => report.slug)).toEqual(['a']);
  });

  it('is read again for another base path or another content folder', async () => {
    useArchive({ 'a.md': reportFile('正文。') });
    const atRoot = getArchive('/');
    expect(getArchive('/archive/')).not.toBe(atRoot);
    useArchive({ 'b.md': reportFile('正文。') });
    expect((await getArchive('/')).reports.map((report) => report.slug)).toEqual(['b']);
  });

  it('is read again after being forgotten', async () => {
    const paths = useArchive({ 'a.md': reportFile('正文。') });
    await getArchive();
    writeFileSync(join(paths.reportsDir, 'c.md'), reportFile('新加的正文。', { year: '2018' }));
    forgetArchives();
    expect((await getArchive()).reports.map((report) => report.slug)).toEqual(['a', 'c']);
  });

  it('fails with every content problem when the folder is invalid', async () => {
    useArchive({ 'Bad Name.md': reportFile('正文。') });
    await expect(getArchive()).rejects.toThrow(/内容校验发现 1 个问题/);
  });
});
