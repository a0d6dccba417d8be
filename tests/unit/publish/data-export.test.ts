import { describe, expect, it } from 'vitest';
import {
  fixityManifest,
  reportRows,
  reportsCsv,
  reportsJson,
  sectionsCsv,
} from '../../../src/lib/publish/data-export.ts';
import { siteUrls } from '../../../src/lib/site/urls.ts';
import { loadFixtureCatalogue } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureCatalogue();
const urls = siteUrls('/archive/');
const rows = reportRows(archive, urls, 'https://example.org');

/** A minimal RFC 4180 reader, enough to check what a spreadsheet program would see. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else field += char;
  }
  return records;
}

describe('open data export', () => {
  it('gives one row per report with absolute addresses under the base path', () => {
    expect(rows.map((row) => row.slug)).toEqual(archive.reports.map((report) => report.slug));
    const dongshan = rows.find((row) => row.slug === 'dongshan-2021-summary')!;
    expect(dongshan).toMatchObject({
      url: 'https://example.org/archive/reports/dongshan-2021-summary/',
      year: 2021,
      type: 'summary',
      script: 'zh-Hans',
      anonymized: false,
    });
    expect(dongshan.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(dongshan.sections.map((section) => section.url)).toContain(
      'https://example.org/archive/reports/dongshan-2021-summary/#next-steps',
    );
  });

  it('writes reports.json that parses back to the same rows', () => {
    expect(JSON.parse(reportsJson(rows))).toEqual(rows);
  });

  it('writes CSV with a byte-order mark, CRLF rows and quoted fields', () => {
    const text = reportsCsv(rows);
    expect(
      text.startsWith(
        '\uFEFFslug,url,title,issuer,province,city,county,level,year,date,type,topics,' +
          'script,anonymized,source_name,source_url,source_note,sha256\r\n',
      ),
    ).toBe(true);
    const records = parseCsv(text.slice(1));
    expect(records).toHaveLength(rows.length + 1);
    for (const record of records) expect(record).toHaveLength(18);
    const header = records[0]!;
    for (const [position, row] of rows.entries()) {
      const record = Object.fromEntries(header.map((name, column) => [name, records[position + 1]![column]]));
      expect(record['title']).toBe(row.title);
      expect(record['topics']).toBe(row.topics.join(';'));
      expect(record['year']).toBe(row.year === null ? '' : String(row.year));
      expect(record['sha256']).toBe(row.sha256);
    }
  });

  it('keeps commas, quotes and line breaks inside one CSV field', () => {
    const tricky = { ...rows[0]!, title: '关于"双减",的报告\n第二行', sections: [] };
    const records = parseCsv(reportsCsv([tricky]).slice(1));
    expect(records[1]![2]).toBe('关于"双减",的报告\n第二行');
  });

  it('lists every section with its anchor, topics and character count', () => {
    const records = parseCsv(sectionsCsv(rows).slice(1));
    expect(records[0]).toEqual(['report_slug', 'anchor', 'url', 'heading', 'topics', 'characters']);
    const count = rows.reduce((sum, row) => sum + row.sections.length, 0);
    expect(records).toHaveLength(count + 1);
    const nextSteps = records.find((record) => record[1] === 'next-steps')!;
    expect(nextSteps[0]).toBe('dongshan-2021-summary');
    expect(Number(nextSteps[5])).toBeGreaterThan(0);
  });

  it('writes a fixity manifest naming each source file and its hash', () => {
    const manifest = JSON.parse(fixityManifest(archive, urls, 'https://example.org'));
    expect(manifest.algorithm).toBe('SHA-256');
    expect(manifest.reports).toContainEqual({
      slug: 'nanhu-speech',
      url: 'https://example.org/archive/reports/nanhu-speech/',
      source: expect.stringMatching(/undated\/nanhu-speech\.md$/),
      sha256: archive.reports.find((report) => report.slug === 'nanhu-speech')!.sha256,
    });
  });
});
