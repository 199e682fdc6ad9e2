// The link accepts exactly the values the lib defines and the pickers offer: one list each, no copies to drift.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from './viewLink.ts';
import { DEFAULT_VIEW, DRAWER_TABS, LAYER_KEYS } from './viewState.ts';
import { CLASS_COUNT, METHODS, SCHEMES } from '../classify/index.ts';
import { COUNT_UNITS } from '../aggregate/types.ts';
import { LANGS } from '../i18n/index.ts';
import placed from '../../../data/placed.json' with { type: 'json' };

const roundTrips = (over: Partial<typeof DEFAULT_VIEW>) => {
  const view = { ...DEFAULT_VIEW, ...over };
  return decodeView(encodeView(view));
};

describe('enumerations in the link', () => {
  it.each([
    ['method', METHODS],
    ['scheme', SCHEMES],
    ['by', COUNT_UNITS],
    ['tab', DRAWER_TABS],
    ['lang', LANGS],
  ] as const)('every %s the lib defines round-trips without a notice', (field, values) => {
    expect(values.length).toBeGreaterThan(1);
    for (const v of values) {
      const { view, notices } = roundTrips({ [field]: v });
      expect(notices).toEqual([]);
      expect(view[field] ?? 'zh').toBe(v);
    }
  });

  it('every registry key of the policy lists opens its card through a link (ent=) without a notice', () => {
    const keys = [...new Set(placed.map((p) => p.key))];
    expect(keys.length).toBeGreaterThan(100);
    for (const ent of keys) {
      const { view, notices } = roundTrips({ ent });
      expect(notices).toEqual([]);
      expect(view.ent).toBe(ent);
    }
  });

  it('layers are written in LAYER_KEYS order, one digit each', () => {
    expect(LAYER_KEYS).toEqual(['choropleth', 'labels', 'parks', 'bubbles']);
    expect(encodeView({ ...DEFAULT_VIEW, layers: { choropleth: false, labels: true, parks: true, bubbles: false } })).toBe('layers=0110');
  });
});

describe("class count: the link takes the picker's range", () => {
  it(`accepts ${CLASS_COUNT.min} to ${CLASS_COUNT.max}`, () => {
    expect(CLASS_COUNT).toEqual({ min: 2, max: 7 });
    for (let k = CLASS_COUNT.min; k <= CLASS_COUNT.max; k++) expect(decodeView(`k=${k}`)).toEqual({ view: { ...DEFAULT_VIEW, k }, notices: [] });
  });

  it.each(['1', '8', '9', '0', '07x', '4.5', '100'])('k=%s keeps the default with a notice', (raw) => {
    const { view, notices } = decodeView(`k=${raw}`);
    expect(view.k).toBe(DEFAULT_VIEW.k);
    expect(notices).toEqual([{ key: 'map.notice.badValue', params: { field: { key: 'map.field.k' }, value: raw } }]);
  });
});
