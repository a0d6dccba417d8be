import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/lib/publish/csv.ts';

describe('CSV', () => {
  it('starts with a byte-order mark, ends rows with CRLF, and quotes only fields that need it', () => {
    expect(csvText([['a', 1, true, null, undefined]])).toBe('\uFEFFa,1,true,,\r\n');
    expect(csvText([['逗号,', '引号"', '换\n行', '回\r车', '“中文引号”']])).toBe(
      '\uFEFF"逗号,","引号""","换\n行","回\r车",“中文引号”\r\n',
    );
  });
});
