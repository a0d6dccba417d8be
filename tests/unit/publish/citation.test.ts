import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/lib/publish/citation.ts';
import { loadFixtureArchive } from '../../helpers/temp-archive.ts';

const archive = await loadFixtureArchive();
const report = (slug: string) => archive.reports.find((candidate) => candidate.slug === slug)!;

describe('citations', () => {
  it('follow GB/T 7714 for an online document, dated by the report date or year', () => {
    const dongshan = report('dongshan-2021-summary');
    expect(citation(dongshan, 'https://example.org/reports/dongshan-2021-summary/')).toBe(
      `${dongshan.meta.issuer}. ${dongshan.meta.title}[EB/OL]. (${dongshan.meta.date ?? 2021})[引用日期]. ` +
        'https://example.org/reports/dongshan-2021-summary/.',
    );
  });

  it('name the section after the title', () => {
    const dongshan = report('dongshan-2021-summary');
    const section = dongshan.sections.find((candidate) => candidate.id === 'next-steps')!;
    expect(citation(dongshan, 'https://example.org/reports/dongshan-2021-summary/#next-steps', section)).toContain(
      `${dongshan.meta.title}: ${section.heading}[EB/OL]. `,
    );
  });

  it('leave out an unknown date and the heading of an untitled section', () => {
    const nanhu = report('nanhu-speech');
    expect(citation(nanhu, 'https://example.org/reports/nanhu-speech/#intro', nanhu.sections[0])).toBe(
      'XX区教育局. 在全区教育工作会议上的讲话[EB/OL]. [引用日期]. https://example.org/reports/nanhu-speech/#intro.',
    );
  });
});
