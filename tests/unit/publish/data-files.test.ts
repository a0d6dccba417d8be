import { describe, expect, it } from 'vitest';
import { dataFileLinks, dataFiles } from '../../../src/lib/publish/data-files.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureCatalogue } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureCatalogue();
const urls = siteUrls('/archive/');
const origin = 'https://example.org';
const render = (name: string) => dataFiles[name]!.render(archive, urls, origin);

describe('the open data files', () => {
  it('are the JSON and CSV exports and the fixity manifest', () => {
    expect(Object.keys(dataFiles).sort()).toEqual(['manifest.json', 'reports.csv', 'reports.json', 'sections.csv']);
  });

  it('are served with the media type their name says, in UTF-8', () => {
    for (const [name, file] of Object.entries(dataFiles)) {
      const expected = name.endsWith('.json') ? 'application/json' : 'text/csv';
      expect(file.type).toBe(`${expected}; charset=utf-8`);
    }
  });

  it('hold every report of the archive', () => {
    const slugs = archive.reports.map((report) => report.slug).sort();
    const rows = JSON.parse(render('reports.json')) as { slug: string }[];
    expect(rows.map((row) => row.slug).sort()).toEqual(slugs);
    const manifest = JSON.parse(render('manifest.json')) as { reports: { slug: string; sha256: string }[] };
    expect(manifest.reports.map((row) => [row.slug, row.sha256]).sort()).toEqual(
      archive.reports.map((report) => [report.slug, report.sha256]).sort(),
    );
    const reportsCsv = render('reports.csv').trimEnd().split(/\r?\n/);
    expect(reportsCsv).toHaveLength(archive.reports.length + 1);
    for (const slug of slugs) expect(render('reports.csv')).toContain(slug);
  });

  it('give one CSV row per section', () => {
    const sections = archive.reports.reduce((total, report) => total + report.sections.length, 0);
    expect(render('sections.csv').trimEnd().split(/\r?\n/)).toHaveLength(sections + 1);
  });

  it('render the same text every time for the same archive', () => {
    for (const name of Object.keys(dataFiles)) expect(render(name)).toBe(render(name));
  });

  it('link to each file under the base path, with what it holds', () => {
    expect(dataFileLinks(urls)).toEqual(
      Object.keys(dataFiles).map((name) => ({
        name,
        url: `/archive/data/${name}`,
        description: expect.stringMatching(/\p{Script=Han}/u),
      })),
    );
  });
});
