import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRandom, type Random } from '../../scripts/corpus/random.ts';

/** One input for the importer, named so that a failure says exactly how it was made. */
export interface FuzzPage {
  name: string;
  bytes: Uint8Array;
}

const repository = resolve(import.meta.dirname, '../..');
const fixtures = resolve(repository, 'tests/fixtures/importer');
const fixture = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));

function filesUnder(directory: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((path) => join(directory, path))
    .sort();
}

/**
 * The raw pages mutations start from: the importer's page and encoding
 * fixtures, whatever gallery pages exist, and the shared seed pages when the
 * repository is checked out beside them.
 */
export function seedPages(): FuzzPage[] {
  const files = [
    ...filesUnder(join(fixtures, 'pages'), () => true),
    ...filesUnder(join(fixtures, 'encodings'), () => true),
    ...filesUnder(join(fixtures, 'gallery'), (path) => /^[^/]+\/page\.[^/]+$/.test(path)),
    ...filesUnder(resolve(repository, '../shared/seeds'), (path) => path.endsWith('.txt')),
  ];
  return files.map((file) => ({ name: relative(repository, file), bytes: new Uint8Array(readFileSync(file)) }));
}

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function insertAt(bytes: Uint8Array, at: number, inserted: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, at), inserted, bytes.subarray(at));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index += 1)
    view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
}

const boms = { 'UTF-8': [0xef, 0xbb, 0xbf], 'UTF-16LE': [0xff, 0xfe], 'UTF-16BE': [0xfe, 0xff] } as const;

interface Mutated {
  bytes: Uint8Array;
  how: string;
}

type ByteMutation = (bytes: Uint8Array, random: Random) => Mutated;

/** Mutations of raw bytes, whatever the encoding. */
const byteMutations: Record<string, ByteMutation> = {
  truncate(bytes, random) {
    const at = random.int(0, bytes.length);
    return { bytes: bytes.slice(0, at), how: `truncated to ${at} bytes` };
  },
  truncateInsideCharacter(bytes, random) {
    // A byte 0x80–0xBF continues a UTF-8 character (or is a GBK/Big5 trail byte), so cutting before it splits one.
    let at = random.int(1, bytes.length);
    while (at < bytes.length && (bytes[at]! & 0xc0) !== 0x80) at += 1;
    return { bytes: bytes.slice(0, at), how: `truncated inside a character to ${at} bytes` };
  },
  spliceRandomBytes(bytes, random) {
    const at = random.int(0, bytes.length);
    const noise = Uint8Array.from({ length: random.int(1, 64) }, () => random.int(0, 255));
    return { bytes: insertAt(bytes, at, noise), how: `${noise.length} random bytes spliced in at ${at}` };
  },
  flipBits(bytes, random) {
    const copy = bytes.slice();
    const flips = Array.from({ length: random.int(1, 16) }, () => ({
      at: random.int(0, Math.max(0, copy.length - 1)),
      bit: random.int(0, 7),
    }));
    for (const { at, bit } of flips) if (at < copy.length) copy[at] = copy[at]! ^ (1 << bit);
    return { bytes: copy, how: `bits flipped at ${flips.map(({ at, bit }) => `${at}:${bit}`).join(',')}` };
  },
  deleteRange(bytes, random) {
    const start = random.int(0, bytes.length);
    const end = Math.min(bytes.length, start + random.int(1, Math.max(1, bytes.length >> 2)));
    return { bytes: concat(bytes.subarray(0, start), bytes.subarray(end)), how: `bytes ${start}–${end} deleted` };
  },
  duplicateRange(bytes, random) {
    const start = random.int(0, bytes.length);
    const end = Math.min(bytes.length, start + random.int(1, 2048));
    const at = random.int(0, bytes.length);
    return { bytes: insertAt(bytes, at, bytes.slice(start, end)), how: `bytes ${start}–${end} copied to ${at}` };
  },
  insertNuls(bytes, random) {
    let mutated = bytes;
    const places = Array.from({ length: random.int(1, 8) }, () => random.int(0, bytes.length)).sort((a, b) => b - a);
    for (const at of places) mutated = insertAt(mutated, at, new Uint8Array(random.int(1, 4)));
    // Behind a byte-order mark the NULs get past the binary check and reach the cleaning steps.
    const marked = random.chance(0.5);
    return {
      bytes: marked ? concat(Uint8Array.from(boms['UTF-8']), mutated) : mutated,
      how: `NULs inserted at ${places.join(',')}${marked ? ', UTF-8 BOM in front' : ''}`,
    };
  },
  insertBoms(bytes, random) {
    let mutated = bytes;
    const inserted = Array.from({ length: random.int(1, 4) }, () => ({
      at: random.int(0, bytes.length),
      bom: random.pick(Object.keys(boms) as (keyof typeof boms)[]),
    }));
    for (const { at, bom } of inserted.sort((a, b) => b.at - a.at))
      mutated = insertAt(mutated, at, Uint8Array.from(boms[bom]));
    return { bytes: mutated, how: `BOMs inserted: ${inserted.map(({ at, bom }) => `${bom}@${at}`).join(',')}` };
  },
};

const gbkSamples = {
  'gb18030.txt': fixture('encodings/gb18030.txt'),
  'gbk-page.gbk.html': fixture('encodings/gbk-page.gbk.html'),
};
const big5Sample = fixture('encodings/big5.txt');

type TextMutation = (text: string, random: Random) => Mutated;

function brokenHtml(text: string, random: Random): Mutated {
  const defects = [
    '<div class="content">',
    '</div>',
    '</div></div></div>',
    '<script>var html = "<p>',
    '<style>.a{content:"',
    '<!-- 广告',
    '<a href="http://example.org/?q=',
    '<table><tr><td>',
    '<p',
    '&#99999999;',
    '&amp',
    '<![CDATA[',
    '</body></html>',
  ];
  const lines = text.split('\n').map((line) => `<p>${line}</p>`);
  const used: string[] = [];
  for (let count = random.int(1, 6); count > 0; count -= 1) {
    const defect = random.pick(defects);
    const at = random.int(0, lines.length);
    lines.splice(at, 0, defect);
    used.push(`${JSON.stringify(defect)}@line ${at}`);
  }
  const head = random.chance(0.5)
    ? '<!doctype html><html><head><meta charset="utf-8"><title>页面</title></head><body>\n'
    : '';
  return { bytes: utf8(head + lines.join('\n')), how: `HTML with ${used.join(', ')}${head ? '' : ', no <html>'}` };
}

/** Mutations that need the page as text: only for seeds that are valid UTF-8. */
const textMutations: Record<string, TextMutation> = {
  utf8ThenGbk(text, random) {
    const bytes = utf8(text);
    const at = random.int(0, bytes.length);
    const [name, gbk] = random.pick(Object.entries(gbkSamples));
    return { bytes: concat(bytes.subarray(0, at), gbk), how: `first ${at} UTF-8 bytes, then GBK ${name}` };
  },
  gbkThenUtf8(text, random) {
    const bytes = utf8(text);
    const at = random.int(0, bytes.length);
    const [name, gbk] = random.pick(Object.entries(gbkSamples));
    return { bytes: concat(gbk, bytes.subarray(at)), how: `GBK ${name}, then UTF-8 from byte ${at}` };
  },
  utf8WithBig5(text, random) {
    const bytes = utf8(text);
    const at = random.int(0, bytes.length);
    return { bytes: insertAt(bytes, at, big5Sample), how: `Big5 big5.txt inserted at UTF-8 byte ${at}` };
  },
  utf16Truncated(text, random) {
    const littleEndian = random.chance(0.5);
    const bytes = utf16(text, littleEndian);
    const at = random.int(2, bytes.length);
    return { bytes: bytes.slice(0, at), how: `UTF-16${littleEndian ? 'LE' : 'BE'} with BOM, truncated to ${at} bytes` };
  },
  lineEndings(text, random) {
    const ending = random.pick(['\r', '\r\n', '\u2028', '\n\n\n']);
    return { bytes: utf8(text.replace(/\n/g, ending)), how: `line ends as ${JSON.stringify(ending)}` };
  },
  runOn(text) {
    return { bytes: utf8(text.replace(/\s*\n\s*/g, '')), how: 'all on one line' };
  },
  brokenHtml,
};

/** Every kind of mutation `mutatedPages` applies; 'stacked' is several byte mutations in a row. */
export const mutationKinds: readonly string[] = [
  ...Object.keys(byteMutations),
  ...Object.keys(textMutations),
  'stacked',
];

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * `count` pages, each a seed page with one mutation (or several stacked),
 * cycling through the seeds. The same `seed` gives the same pages.
 */
export function* mutatedPages(
  seeds: readonly FuzzPage[],
  count: number,
  seed: number,
): Generator<FuzzPage & { kind: string }> {
  const random = createRandom(seed);
  const texts = seeds.map((page) => strictUtf8(page.bytes));
  for (let index = 0; index < count; index += 1) {
    const source = seeds[index % seeds.length]!;
    const text = texts[index % seeds.length];
    const kind =
      text === undefined ? random.pick(['stacked', ...Object.keys(byteMutations)]) : random.pick(mutationKinds);
    let mutated: Mutated;
    if (kind === 'stacked') {
      const steps: string[] = [];
      let bytes = source.bytes;
      for (let step = random.int(2, 4); step > 0; step -= 1) {
        const next = random.pick(Object.values(byteMutations))(bytes, random);
        bytes = next.bytes;
        steps.push(next.how);
      }
      mutated = { bytes, how: steps.join(' → ') };
    } else {
      mutated =
        kind in textMutations ? textMutations[kind]!(text!, random) : byteMutations[kind]!(source.bytes, random);
    }
    yield { kind, name: `#${index} ${source.name}: ${mutated.how}`, bytes: mutated.bytes };
  }
}

const title = '东川县教育局2018年工作总结';
const closing = '全年新建校舍12000平方米，改造农村学校食堂8所。';
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const inReport = (body: string) => `${title}\n\n${body}\n\n${closing}\n`;

/** Units a 50,000-character line is made of: markers, punctuation and placeholders the cleaning patterns look for. */
const backtrackingUnits = [
  '一、',
  '。',
  '教 ',
  '教　',
  '(jié)',
  'xx',
  'XX县教育局',
  '（一）',
  '第一部分',
  '1.',
  '1 ',
  '第1页',
  '20xx年',
  '**',
  '……',
  '——',
  '首页 > ',
  '|',
  '<br>',
  '&nbsp;',
  '浏览',
  '推荐阅读',
];

/**
 * Hand-made extremes: huge and tiny, unbalanced HTML, lines built to make
 * regular expressions backtrack, empty and whitespace-only input, NULs and
 * byte-order marks in odd places.
 */
export function* extremePages(): Generator<FuzzPage> {
  const report = new TextDecoder().decode(fixture('pages/multi-report.txt'));
  const page = (name: string, bytes: Uint8Array | string) => ({
    name,
    bytes: typeof bytes === 'string' ? utf8(bytes) : bytes,
  });

  yield page('empty', new Uint8Array());
  yield page('1,000 spaces', ' '.repeat(1000));
  yield page('1,000 newlines', '\n'.repeat(1000));
  yield page('mixed whitespace only', repeat(' \t\r\n\u3000\u00a0\u2028\u200b', 5000));
  yield page('UTF-8 BOM only', Uint8Array.from(boms['UTF-8']));
  yield page('UTF-8 BOM and whitespace', concat(Uint8Array.from(boms['UTF-8']), utf8(' \n\u3000\n')));
  yield page('UTF-16LE BOM only', Uint8Array.from(boms['UTF-16LE']));
  yield page('UTF-16BE BOM and whitespace', utf16(' \n\u3000\t', false));
  yield page('one NUL', new Uint8Array(1));
  yield page('10,000 NULs', new Uint8Array(10_000));
  yield page('UTF-8 BOM, then NULs', concat(Uint8Array.from(boms['UTF-8']), new Uint8Array(1000)));
  yield page(
    'UTF-8 BOM, then the report with a NUL in every line',
    concat(Uint8Array.from(boms['UTF-8']), utf8(report.replace(/\n/g, '\0\n'))),
  );
  yield page('UTF-16LE report with NULs in every line', utf16(report.replace(/\n/g, '\0\n'), true));
  yield page('UTF-8 BOM at the start of every line', report.replace(/^/gm, '\ufeff'));
  yield page('UTF-8 BOM between every character', Array.from(report).join('\ufeff'));
  yield page('UTF-16LE BOM bytes inside UTF-8', insertAt(utf8(report), 300, Uint8Array.from(boms['UTF-16LE'])));

  yield page(
    '2 MB on one line (multi-report.txt repeated, newlines removed)',
    repeat(report.replace(/\n/g, ''), 700_000),
  );
  yield page('2 MB in paragraphs (multi-report.txt repeated)', repeat(report, 700_000));
  yield page('10,000 tiny lines', Array.from({ length: 10_000 }, (_, index) => '教育局。一'[index % 5]).join('\n'));
  yield page(
    '10,000 marker lines',
    Array.from({ length: 10_000 }, (_, index) => ['一、', '（一）', '1.', '第一部分', '首页'][index % 5]).join('\n'),
  );
  yield page('10,000 short paragraphs', Array.from({ length: 10_000 }, (_, index) => `${index}。`).join('\n\n'));

  const paragraphs = report.split('\n').filter(Boolean);
  const html = (body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  yield page('HTML with no tag ever closed', html(paragraphs.map((line) => `<div><p><span>${line}`).join('\n')));
  yield page(
    'HTML with 5,000 stray </div>',
    html(`${'</div>'.repeat(5000)}${paragraphs.map((line) => `<p>${line}</p>`).join('')}`),
  );
  yield page(
    'HTML with <script> never ended',
    html(`<p>${paragraphs.slice(0, 5).join('</p><p>')}</p><script>var s = "<p>${paragraphs.slice(5).join('</p><p>')}`),
  );
  yield page('HTML with <style> never ended', html(`<style>.a{}${paragraphs.join('\n')}`));
  yield page('HTML with <!-- never ended', html(`<p>${paragraphs[0]}</p><!--${paragraphs.join('\n')}`));
  yield page(
    'HTML with 5,000 nested <div>s',
    html(`${'<div>'.repeat(5000)}${paragraphs.map((line) => `<p>${line}</p>`).join('')}${'</div>'.repeat(5000)}`),
  );
  yield page('HTML with 5,000 nested <div>s never closed', html(`${'<div>'.repeat(5000)}${paragraphs.join('<br>')}`));
  yield page('HTML with an attribute quote never closed', html(`<p class="a>${paragraphs.join('</p><p>')}`));
  yield page('HTML of 50,000 "<"', html(repeat('<', 50_000)));
  yield page('HTML of 50,000 characters of "&#"', html(`<p>${repeat('&#', 50_000)}</p>`));

  for (const unit of backtrackingUnits)
    yield page(`50,000 characters of ${JSON.stringify(unit)} in a report`, inReport(repeat(unit, 50_000)));
  // Without a title naming the bureau, the issuer is looked for in every mention in the text.
  for (const unit of ['一、', '。', '教 ', '(jié)', 'xx', 'XX县教育局', '东川县教育局'])
    yield page(`50,000 characters of ${JSON.stringify(unit)} alone`, repeat(unit, 50_000));
  yield page(
    '50,000 characters of "一、" in an HTML paragraph',
    html(`<h1>${title}</h1><p>${repeat('一、', 50_000)}</p>`),
  );
}
