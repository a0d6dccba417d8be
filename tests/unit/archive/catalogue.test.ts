import { describe, expect, it } from 'vitest';
import { catalogueOf, summarizeReport } from '../../../src/lib/archive/catalogue.ts';
import { loadFixtureArchive } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();

describe('report summaries', () => {
  const report = archive.bySlug.get('dongshan-2021-summary')!;
  const summary = summarizeReport(report);

  it('keep what the national pages show of each section, and no section text', () => {
    expect(summary.sections.map((section) => section.id)).toEqual(report.sections.map((section) => section.id));
    const [first] = summary.sections;
    expect(Object.keys(first!).sort()).toEqual(['characters', 'excerpt', 'heading', 'id', 'topics']);
    expect(first!.characters).toBe(Array.from(report.sections[0]!.text.replace(/\s+/g, '')).length);
    expect(first!.excerpt.length).toBeLessThanOrEqual(91);
    expect(report.sections[0]!.text.replace(/\s+/g, ' ')).toContain(first!.excerpt.replace(/…$/, ''));
  });

  it('quote the opening of the first section with text for feeds', () => {
    const firstText = report.sections
      .find((section) => section.text.trim())!
      .text.replace(/\s+/g, ' ')
      .trim();
    expect(firstText.startsWith(summary.summary.replace(/…$/, ''))).toBe(true);
  });

  it('survive a trip through JSON unchanged, as shard manifests carry them', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('the catalogue of an archive', () => {
  it('summarizes every report in archive order with the archive’s settings', () => {
    const catalogue = catalogueOf(archive);
    expect(catalogue.reports.map((report) => report.slug)).toEqual(archive.reports.map((report) => report.slug));
    expect(catalogue.site).toBe(archive.site);
    expect(catalogue.topicById).toBe(archive.topicById);
  });
});
