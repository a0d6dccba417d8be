import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../src/lib/importer/page-text.ts';

describe('reading a text page', () => {
  it('keeps the number each line has in the input, blank lines counted', () => {
    const page = readPageText(
      '清丰县教育局2020年工作总结\r\n\r\n一年来，全县教育系统稳步推进。\r\n\r\n\r\n二、主要做法\u200b\n清丰县教育局 \n',
    );
    expect(page).toEqual({
      format: 'text',
      lines: [
        { no: 1, text: '清丰县教育局2020年工作总结' },
        { no: 3, text: '一年来，全县教育系统稳步推进。' },
        { no: 6, text: '二、主要做法' },
        { no: 7, text: '清丰县教育局' },
      ],
      headCandidates: [],
      removals: [],
    });
  });

  it('trims the indentation of a line and marks the line as indented', () => {
    // In wrapped text an indented line opens a paragraph; the repair step needs to know which lines were.
    expect(
      readPageText('　　一年来，全县教育系统稳步推进，\n各项工作取得明显成效。\n  二、主要做法\n 三、存在问题').lines,
    ).toEqual([
      { no: 1, text: '一年来，全县教育系统稳步推进，', indent: true },
      { no: 2, text: '各项工作取得明显成效。' },
      { no: 3, text: '二、主要做法', indent: true },
      { no: 4, text: '三、存在问题' },
    ]);
  });

  it('keeps the odd tag in a text as text', () => {
    expect(readPageText('全县共有<br>学校12所。\n新建<p>校舍。').lines).toEqual([
      { no: 1, text: '全县共有<br>学校12所。' },
      { no: 2, text: '新建<p>校舍。' },
    ]);
  });

  it('gives no lines for an empty page', () => {
    expect(readPageText('\n \n').lines).toEqual([]);
  });
});

describe('reading a saved web page', () => {
  it('numbers lines as in the text of the whole page, and offers the page title and its heading for the title', () => {
    const page = readPageText(
      '<html><head><title> 清丰县教育局2020年工作总结_好文网 </title></head><body><div>当前位置：首页</div>' +
        '<h1>清丰县教育局2020年工作总结</h1><p>一年来，全县教育系统稳步推进。</p><p>二、主要做法</p></body></html>',
    );
    expect(page).toEqual({
      format: 'html',
      lines: [
        { no: 2, text: '当前位置：首页' },
        { no: 4, text: '清丰县教育局2020年工作总结' },
        { no: 6, text: '一年来，全县教育系统稳步推进。' },
        { no: 8, text: '二、主要做法' },
      ],
      headCandidates: ['清丰县教育局2020年工作总结_好文网', '清丰县教育局2020年工作总结'],
      removals: [],
    });
  });

  it('offers no title when the page has none', () => {
    expect(readPageText('<html><body><p>全县教育系统稳步推进。</p></body></html>')).toEqual({
      format: 'html',
      lines: [{ no: 2, text: '全县教育系统稳步推进。' }],
      headCandidates: [],
      removals: [],
    });
  });
});
