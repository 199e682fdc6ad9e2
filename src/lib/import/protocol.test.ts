import { beforeAll, describe, expect, it } from 'vitest';
import { loadLang, translateMsg, type Msg } from '../i18n/index.ts';
import { ReadError } from '../read/errors.ts';
import { MAX_FILE_BYTES, errorMessage, fileSizeProblem } from './protocol.ts';

beforeAll(() => loadLang('en'));
const zh = (m: Msg | undefined) => (m ? translateMsg('zh', m) : m);
const en = (m: Msg | undefined) => (m ? translateMsg('en', m) : m);

describe('fileSizeProblem (checked on File.size before reading)', () => {
  it('refuses empty and over-limit files with one clear message', () => {
    expect(fileSizeProblem(80 * 1024 * 1024)).toEqual({ key: 'import.file.tooBig', params: { size: '80.0', max: '50.0' } });
    expect(zh(fileSizeProblem(0))).toBe('文件是空的（0 字节）');
    expect(zh(fileSizeProblem(MAX_FILE_BYTES + 1))).toBe('文件太大：50.0 MB，上限 50.0 MB。请拆分后再导入。');
    expect(zh(fileSizeProblem(80 * 1024 * 1024))).toBe('文件太大：80.0 MB，上限 50.0 MB。请拆分后再导入。');
  });
  it('says the same in English', () => {
    expect(en(fileSizeProblem(0))).toBe('The file is empty (0 bytes)');
    expect(en(fileSizeProblem(80 * 1024 * 1024))).toBe('File too large: 80.0 MB, the limit is 50.0 MB. Split it and import the parts.');
  });
  it('lets files up to the limit through', () => {
    expect(fileSizeProblem(1)).toBeUndefined();
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeUndefined();
  });
});

describe('errorMessage', () => {
  it('prefixes reader errors and other errors differently', () => {
    expect(errorMessage(new Error('boom'))).toEqual({ key: 'import.err.failed', params: { error: 'boom' } });
    expect(zh(errorMessage(new ReadError('empty', 'the file is empty (0 bytes)', { key: 'read.err.empty' })))).toBe('无法读取文件：文件是空的（0 字节）');
    expect(zh(errorMessage(new Error('boom')))).toBe('导入失败：boom');
    expect(zh(errorMessage('x'))).toBe('导入失败：x');
  });
  it('a reader error with its own key is said in the UI language, inside the same prefix', () => {
    const wide = new ReadError('too-wide', '20000 columns in the header, the limit is 500: keep only the columns you need', {
      key: 'import.read.tooWide',
      params: { n: 20000, max: 500 },
    });
    expect(zh(errorMessage(wide))).toBe('无法读取文件：表头有 20000 列，超过上限 500 列：请只保留需要的列后再导入');
    expect(en(errorMessage(wide))).toBe('Cannot read the file: 20000 columns in the header, the limit is 500: keep only the columns you need');
  });
  it('in English, the same words the CLI prints', () => {
    const empty = new ReadError('empty', 'the file is empty (0 bytes)', { key: 'read.err.empty' });
    expect(en(errorMessage(empty))).toBe(`Cannot read the file: ${empty.message}`);
    expect(en(errorMessage(new Error('boom')))).toBe('Import failed: boom');
  });
});
