import { describe, expect, it } from 'vitest';
import { parseCustomBreaks } from './model.svelte.ts';

describe('custom class breaks as typed', () => {
  it('keeps the positive numbers and names every piece that is not one', () => {
    expect(parseCustomBreaks('5, 10，20')).toEqual({ values: [5, 10, 20], bad: [] });
    expect(parseCustomBreaks('5、abc; -3  0 7.5')).toEqual({ values: [5, 7.5], bad: ['abc', '-3', '0'] });
    expect(parseCustomBreaks('  ')).toEqual({ values: [], bad: [] });
  });
});
