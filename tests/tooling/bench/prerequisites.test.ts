import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  baselineMemoryShortfall,
  chromiumShortfall,
  describeShortfalls,
  diskPerReport,
  diskShortfall,
  formatBytes,
  freeBytesAt,
  heapShortfall,
  importDiskNeed,
  pagefindBinaryPath,
  pagefindShortfall,
  pipelineDiskNeed,
  scaleDiskNeed,
  searchDiskNeed,
  type Shortfall,
} from '../../../scripts/bench/prerequisites.ts';

const mb = 1024 ** 2;
const gb = 1024 ** 3;
const han = /\p{Script=Han}/u;

function expectChinese(shortfall: Shortfall | undefined): void {
  expect(shortfall?.problem).toMatch(han);
  expect(shortfall?.fix).toMatch(han);
}

describe('the disk space a benchmark needs', () => {
  it('grows with the reports, by what each run writes', () => {
    const small = pipelineDiskNeed(1_000, { baseline: true, corpusReady: false });
    const large = pipelineDiskNeed(10_000, { baseline: true, corpusReady: false });
    expect(large - small).toBe(9_000 * (diskPerReport.corpus + diskPerReport.projectSite + diskPerReport.stockSite));
  });

  it('leaves out a corpus already generated and a baseline not run', () => {
    const full = pipelineDiskNeed(10_000, { baseline: true, corpusReady: false });
    expect(full - pipelineDiskNeed(10_000, { baseline: true, corpusReady: true })).toBe(10_000 * diskPerReport.corpus);
    expect(full - pipelineDiskNeed(10_000, { baseline: false, corpusReady: false })).toBe(
      10_000 * diskPerReport.stockSite,
    );
  });

  // BENCHMARKS.md: our site alone is 746 MB for 10,000 reports and 3,702 MB for 50,000.
  it('is at least the measured output of the benchmarks', () => {
    expect(pipelineDiskNeed(10_000, { baseline: false, corpusReady: true })).toBeGreaterThan(746 * mb);
    expect(pipelineDiskNeed(50_000, { baseline: false, corpusReady: true })).toBeGreaterThan(3_702 * mb);
    expect(searchDiskNeed(2_000, { corpusReady: true })).toBeGreaterThan(2_000 * 75 * 1024 + 54.6 * mb);
    // The shards' outputs and the assembled site each hold every report page once.
    expect(scaleDiskNeed(10_000, { corpusReady: true })).toBeGreaterThan(2 * 746 * mb);
    expect(scaleDiskNeed(10_000, { corpusReady: false }) - scaleDiskNeed(10_000, { corpusReady: true })).toBe(
      10_000 * diskPerReport.corpus,
    );
    expect(importDiskNeed(1_000)).toBeGreaterThan(1_000 * 22 * 1024);
  });
});

describe('a shortfall of disk space', () => {
  it('is none when the free space covers the need', () => {
    expect(diskShortfall('/data/.cache', gb, 2 * gb, '腾出空间')).toBeUndefined();
    expect(diskShortfall('/data/.cache', gb, gb, '腾出空间')).toBeUndefined();
  });

  it('says where, how much is free and how much is needed', () => {
    const shortfall = diskShortfall('/data/.cache', 3.5 * gb, 200 * mb, '腾出空间，或减少 --reports');
    expect(shortfall).toEqual({
      problem: '/data/.cache 所在的磁盘只剩 200 MB，这次运行约需 3.5 GB',
      fix: '腾出空间，或减少 --reports',
    });
  });
});

describe('byte counts for people', () => {
  it('use GB with one decimal, whole MB, or whole KB', () => {
    expect(formatBytes(1.55 * gb)).toBe('1.6 GB');
    expect(formatBytes(349.2 * mb)).toBe('350 MB');
    expect(formatBytes(10 * 1024)).toBe('10 KB');
  });
});

describe('a missing Chromium', () => {
  it('is no shortfall when it can run', () => {
    expect(chromiumShortfall('/usr/bin/chromium', true)).toBeUndefined();
  });

  it('names the path looked at and how to install it or point at another', () => {
    const shortfall = chromiumShortfall('/opt/missing/chromium', false);
    expectChinese(shortfall);
    expect(shortfall!.problem).toContain('/opt/missing/chromium');
    expect(shortfall!.fix).toContain('apt-get install');
    expect(shortfall!.fix).toContain('CHROMIUM_PATH');
  });
});

describe('the Node heap for a large build', () => {
  it('is enough by default up to 20,000 reports, as measured', () => {
    expect(heapShortfall(20_000, 4.2 * gb)).toBeUndefined();
  });

  it('is not enough by default for 50,000 reports, and the fix names a large enough heap', () => {
    const shortfall = heapShortfall(50_000, 4.2 * gb);
    expectChinese(shortfall);
    const megabytes = Number(/--max-old-space-size=(\d+)/.exec(shortfall!.fix)?.[1]);
    expect(heapShortfall(50_000, megabytes * mb)).toBeUndefined();
  });
});

describe('the memory of the stock baseline', () => {
  it('fits 10,000 reports on the 24 GB machine of BENCHMARKS.md but not 20,000', () => {
    expect(baselineMemoryShortfall(10_000, 24 * gb)).toBeUndefined();
    const shortfall = baselineMemoryShortfall(20_000, 24 * gb);
    expectChinese(shortfall);
    expect(shortfall!.fix).toContain('--no-baseline');
  });
});

describe('Pagefind’s extended binary', () => {
  it('is looked for in the platform package Pagefind installs', () => {
    expect(pagefindBinaryPath('/tools/node_modules', 'linux', 'x64')).toBe(
      '/tools/node_modules/@pagefind/linux-x64/bin/pagefind_extended',
    );
    expect(pagefindBinaryPath('/tools/node_modules', 'win32', 'x64')).toBe(
      join('/tools/node_modules', '@pagefind', 'windows-x64', 'bin', 'pagefind_extended.exe'),
    );
  });

  it('when missing, says to reinstall the tool folder', () => {
    expect(pagefindShortfall('/t/node_modules/@pagefind/linux-x64/bin/pagefind_extended', true, '/t')).toBeUndefined();
    const shortfall = pagefindShortfall('/t/node_modules/@pagefind/linux-x64/bin/pagefind_extended', false, '/t');
    expectChinese(shortfall);
    expect(shortfall!.fix).toContain('删除 /t ');
  });
});

describe('the message for what is missing', () => {
  it('is nothing when nothing is missing', () => {
    expect(describeShortfalls([undefined, undefined])).toBeUndefined();
  });

  it('numbers each shortfall with its fix', () => {
    expect(
      describeShortfalls([{ problem: '甲不存在', fix: '安装甲' }, undefined, { problem: '乙不够', fix: '腾出乙' }]),
    ).toBe(
      '缺少运行这项基准测试的条件，没有开始测量：\n  1. 甲不存在\n     解决办法：安装甲\n  2. 乙不够\n     解决办法：腾出乙',
    );
  });
});

describe('free disk space', () => {
  it('is read for a folder not made yet from the nearest folder that exists', () => {
    const free = freeBytesAt(join(tmpdir(), 'not-made-yet', 'deeper'));
    expect(free).toBeGreaterThan(0);
    expect(Number.isInteger(free)).toBe(true);
  });
});
