import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectArchive, loadArchive } from '../../../src/lib/archive/load-archive.ts';
import { formatWarning } from '../../../src/lib/validation/diagnostic.ts';
import { reportFile, tempArchive } from '../../helpers/temp-archive.ts';

const now = new Date('2026-06-01T00:00:00Z');
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/warnings', name));

async function inspect(files: Record<string, string | Uint8Array>) {
  const paths = tempArchive(files);
  return { paths, ...(await inspectArchive({ paths, render: false, now })) };
}

describe('region warnings', () => {
  it('point at the county that is not in its city, with where it is', async () => {
    const { paths, diagnostics, warnings, archive } = await inspect({
      'county-not-in-city.md': fixture('county-not-in-city.md'),
    });
    expect(diagnostics).toEqual([]);
    expect(archive?.reports).toHaveLength(1);
    expect(warnings.map((warning) => formatWarning(warning, paths.root))).toEqual([
      'content/reports/county-not-in-city.md:7: region.county: 警告：「清丰县」不属于「常德市」\n    提示：清丰县属于河南省濮阳市',
    ]);
  });

  it('point into a one-line region too', async () => {
    const { warnings } = await inspect({ 'unknown-county.md': fixture('unknown-county.md') });
    expect(warnings.map((warning) => [warning.line, warning.field, warning.message])).toEqual([
      [4, 'region.county', '「北城县」不是已知的行政区划'],
    ]);
  });

  it('come from reports with errors in the body as well', async () => {
    const { diagnostics, warnings } = await inspect({
      'a.md': reportFile('正文<b>加粗</b>', { region: '{ city: 北城市 }' }),
    });
    expect(diagnostics.map((diagnostic) => diagnostic.field)).toEqual(['body']);
    expect(warnings.map((warning) => [warning.line, warning.field])).toEqual([[7, 'region.city']]);
  });

  it('leave Traditional names and placeholders alone', async () => {
    const files = {
      'a.md': reportFile('正文', { region: '{ province: 河南省, city: 濮陽市, county: 清豐縣 }' }),
      'b.md': reportFile('正文', { region: '{ province: 河南省, city: XX市, county: ××县 }' }),
    };
    expect((await inspect(files)).warnings).toEqual([]);
  });

  it('do not stop a build', async () => {
    const paths = tempArchive({ 'county-not-in-city.md': fixture('county-not-in-city.md') });
    await expect(loadArchive({ paths, render: false, now })).resolves.toMatchObject({
      reports: [expect.objectContaining({ slug: 'county-not-in-city' })],
    });
  });
});
