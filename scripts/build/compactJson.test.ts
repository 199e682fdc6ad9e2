import { describe, expect, it } from 'vitest';
import { compactJsonDataUrls } from './compactJson.ts';

const url = (text: string) => `data:application/json;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
const decode = (u: string) => Buffer.from(u.replace('data:application/json;base64,', ''), 'base64').toString('utf8');

describe('compactJsonDataUrls', () => {
  it('re-encodes each JSON data: URL without layout, the same value in fewer bytes, the rest untouched', () => {
    const pretty = JSON.stringify([{ id: 'smart-factory:1', name: '四川长虹电器股份有限公司', rows: [1, 2] }], null, 2);
    const html = `a=new URL(\`${url(pretty)}\`);b="data:,";c=\`${url('{\n  "x": 1\n}')}\``;
    const out = compactJsonDataUrls(html);
    const urls = [...out.matchAll(/data:application\/json;base64,[A-Za-z0-9+/=]+/g)].map((m) => m[0]);
    expect(urls.map(decode)).toEqual([JSON.stringify(JSON.parse(pretty)), '{"x":1}']);
    expect(out.length).toBeLessThan(html.length);
    expect(out.startsWith('a=new URL(`data:application/json;base64,')).toBe(true);
    expect(out).toContain('b="data:,";c=`');
  });

  it('leaves a URL that is not JSON as it was', () => {
    const html = `x=\`${url('{not json')}\``;
    expect(compactJsonDataUrls(html)).toBe(html);
  });
});
