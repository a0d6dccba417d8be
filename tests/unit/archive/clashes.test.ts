import { describe, expect, it } from 'vitest';
import { findClashes } from '../../../src/lib/archive/clashes.ts';
import { reportOf, sectionOf } from '../../helpers/report-object.ts';

const withFile = (report: ReturnType<typeof reportOf>, file: string) => ({ ...report, file });

describe('clashes between report files', () => {
  it('finds none among distinct names and texts', () => {
    const reports = [reportOf('a'), reportOf('b')];
    expect(findClashes(reports, ['/c/reports/a.md', '/c/reports/b.md'])).toEqual([]);
  });

  it('reports one file name in two folders on both files, naming the other', () => {
    const files = ['/c/reports/2020/qingfeng.md', '/c/reports/2021/qingfeng.md', '/c/reports/other.md'];
    const diagnostics = findClashes([], files);
    expect(diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.field])).toEqual([
      [files[0], 'file'],
      [files[1], 'file'],
    ]);
    expect(diagnostics[0]!.message).toContain(files[1]);
    expect(diagnostics[1]!.message).toContain(files[0]);
    expect(diagnostics[0]!.message).toContain('qingfeng');
  });

  it('reports the same text under different names on every copy, whatever the spacing', () => {
    const sections = [sectionOf(null, '导语。'), sectionOf('一、工作', '全县教师培训。')];
    const spaced = [sectionOf(null, '导 语。'), sectionOf('一、工作', '全县教师\n培训。')];
    const reports = [
      withFile(reportOf('a', {}, sections), '/c/reports/a.md'),
      withFile(reportOf('b', { title: '另一个标题' }, spaced), '/c/reports/b.md'),
      withFile(reportOf('c', {}, [sectionOf(null, '别的正文。')]), '/c/reports/c.md'),
    ];
    const diagnostics = findClashes(reports, ['/c/reports/a.md', '/c/reports/b.md', '/c/reports/c.md']);
    expect(diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.field])).toEqual([
      ['/c/reports/a.md', 'body'],
      ['/c/reports/b.md', 'body'],
    ]);
    expect(diagnostics[0]!.message).toContain('/c/reports/b.md');
    expect(diagnostics.every((diagnostic) => diagnostic.hint)).toBe(true);
  });
});
