// A link's parameter names are looked up as the codec's own fields only: names that every object inherits
// (constructor, __proto__, toString …) are unknown parameters like any other, and the valid fields beside them apply.
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from './viewLink.ts';
import { DEFAULT_VIEW } from './viewState.ts';
import { translateMsg } from '../i18n/index.ts';

const INHERITED = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

describe('inherited property names in a link', () => {
  it.each(INHERITED)('#%s=1 is an unknown parameter with a notice; the valid fields still apply', (name) => {
    const { view, notices } = decodeView(`#sel=list:sherpa&${name}=1&k=5`);
    expect(notices.map((n) => translateMsg('zh', n))).toEqual([`链接参数 "${name}" 无法识别，已忽略`]);
    expect(view).toEqual({ ...DEFAULT_VIEW, sel: 'list:sherpa', k: 5 });
    expect(encodeView(view)).toBe('sel=list%3Asherpa&k=5');
  });

  it('#hasOwnProperty=x does not break the lookup of the fields after it', () => {
    const { view, notices } = decodeView('#hasOwnProperty=x&by=unit&method=quantile');
    expect(notices).toEqual([{ key: 'map.notice.unknownParam', params: { key: 'hasOwnProperty' } }]);
    expect([view.by, view.method]).toEqual(['unit', 'quantile']);
  });

  it('an enterprise named like an inherited property is just a name: the data decides whether it exists', () => {
    const { view, notices } = decodeView('#ent=__proto__&k=5');
    expect(notices).toEqual([]);
    expect(view).toEqual({ ...DEFAULT_VIEW, k: 5, ent: '__proto__' });
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
    expect(encodeView(view)).toBe('k=5&ent=__proto__');
  });

  it('leaves Object.prototype alone', () => {
    decodeView('#__proto__=1&constructor=1&toString=1');
    expect(({} as Record<string, unknown>).sel).toBeUndefined();
    expect(typeof {}.toString).toBe('function');
  });
});
