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
    expect(rejectReason('')).toBe('empty text');
    expect(rejectReason('——、。()')).toBe('only punctuation or symbols');
    expect(rejectReason('绵'.repeat(201))).toBe('too long: 201 characters (max 200)');
    expect(rejectReason('绵'.repeat(200))).toBeUndefined();
  });
});
