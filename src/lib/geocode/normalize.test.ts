import { describe, expect, it } from 'vitest';
import { normalizeText, rejectReason } from './normalize.ts';

describe('normalizeText', () => {
  it('folds full-width characters and drops every kind of space', () => {
    expect(normalizeText('　四川省 绵阳市（高新区）\t')).toBe('四川省绵阳市(高新区)');
    expect(normalizeText('ＡＢ１２３\u200b江油')).toBe('AB123江油');
  });
});

describe('rejectReason', () => {
  it('names the reason for each kind of unusable text', () => {
    expect(rejectReason('')).toEqual({ key: 'geo.empty' });
    expect(rejectReason('——、。()')).toEqual({ key: 'geo.punctuation' });
    expect(rejectReason('绵'.repeat(201))).toEqual({ key: 'geo.tooLong', params: { n: 201, max: 200 } });
    expect(rejectReason('绵'.repeat(200))).toBeUndefined();
  });
});
