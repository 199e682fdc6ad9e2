import { describe, expect, it } from 'vitest';
import { ReadError } from '../read/errors.ts';
import { MAX_FILE_BYTES, errorMessage, fileSizeProblem } from './protocol.ts';

describe('fileSizeProblem (checked on File.size before reading)', () => {
  it('refuses empty and over-limit files with one clear message', () => {
    expect(fileSizeProblem(0)).toBe('文件是空的（0 字节）');
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)).toBe('文件太大：50.0 MB，上限 50.0 MB。请拆分后再导入。');
    expect(fileSizeProblem(80 * 1024 * 1024)).toBe('文件太大：80.0 MB，上限 50.0 MB。请拆分后再导入。');
  });
  it('lets files up to the limit through', () => {
    expect(fileSizeProblem(1)).toBeUndefined();
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeUndefined();
  });
});

describe('errorMessage', () => {
  it('prefixes reader errors and other errors differently', () => {
    expect(errorMessage(new ReadError('empty', 'the file is empty (0 bytes)'))).toBe('无法读取文件：the file is empty (0 bytes)');
    expect(errorMessage(new Error('boom'))).toBe('导入失败：boom');
    expect(errorMessage('x')).toBe('导入失败：x');
  });
});
