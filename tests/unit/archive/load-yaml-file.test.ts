import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYamlFile } from '../../../src/lib/archive/load-yaml-file.ts';
import { siteSchema } from '../../../src/lib/schema/site.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const folder = tempDir('yaml-file-');
function fileWith(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('loading a settings file', () => {
  it('returns the validated value, defaults filled in', async () => {
    const file = fileWith('good.yml', 'title: 档案\ntagline: 一句话\ndescription: 说明\n');
    expect(await loadYamlFile(file, siteSchema)).toEqual({
      value: { title: '档案', tagline: '一句话', description: '说明', branch: 'main', shards: { maxReports: 10_000 } },
      diagnostics: [],
    });
  });

  it('says when the file cannot be read', async () => {
    const file = join(folder, 'missing.yml');
    expect(await loadYamlFile(file, siteSchema)).toEqual({
      diagnostics: [{ file, line: 0, field: 'file', message: '文件不存在或无法读取' }],
    });
  });

  it('reports YAML syntax errors on their line, without a value', async () => {
    const file = fileWith('broken.yml', 'title: 档案\ntagline: [一句话\ndescription: 说明\n');
    const loaded = await loadYamlFile(file, siteSchema);
    expect(loaded.value).toBeUndefined();
    expect(loaded.diagnostics.length).toBeGreaterThan(0);
    expect(loaded.diagnostics[0]).toMatchObject({ file, field: '(yaml)' });
    expect(loaded.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports schema problems by field and line', async () => {
    const file = fileWith('invalid.yml', 'title: 档案\ntagline: 一句话\ndescription: 说明\nurl: example.org\n');
    const loaded = await loadYamlFile(file, siteSchema);
    expect(loaded.value).toBeUndefined();
    expect(loaded.diagnostics).toEqual([
      { file, line: 4, field: 'url', message: '应为以 http:// 或 https:// 开头的网址' },
    ]);
  });
});
