// The served page split as bytes: the same cut as splitPage on the whole text, whatever the tail's size and wherever
// it falls in a multi-byte character.
import { describe, expect, it } from 'vitest';
import { splitPageBlob } from './pageBlob.ts';
import { HANDOVER_CLOSE, HANDOVER_OPEN, payloadParts, splitPage, type Handover } from './payload.ts';

// Chinese text (3 bytes a character in UTF-8) everywhere: tails of 21 and 22 bytes start inside 区 ("区</div></body></html>").
const PAGE = `<!doctype html><html><head><title>绵阳产业政策地图</title><script type="module">const t='${'绿色工厂'.repeat(40)}</head>'</script></head><body><div id="app">园区</div></body></html>`;

const text = async (parts: (Blob | string)[]) => new Blob(parts).text();

describe('splitPageBlob', () => {
  it.each([14, 21, 22, 23, 64, 1 << 16])('with a tail of %i bytes: before and after as splitPage cuts the text', async (tail) => {
    const want = splitPage(PAGE);
    const got = await splitPageBlob(new Blob([PAGE]), tail);
    expect(await text(got.before)).toBe(want.before);
    expect(got.after).toBe(want.after);
  });

  it('a page put together from the pieces reads back as the whole page with the block', async () => {
    const handover = {
      format: 'mianyang-policy-map/handover',
      version: 1,
      exportedAt: '2026-12-07T10:00:00.000Z',
      title: '甲',
      link: '',
      lists: [],
      story: null,
    };
    const { before, after } = await splitPageBlob(new Blob([PAGE]), 20);
    const page = await text([...before, HANDOVER_OPEN, ...[...payloadParts(handover as Handover)].map((p) => p.text), HANDOVER_CLOSE + after]);
    expect(page.startsWith(PAGE.slice(0, PAGE.lastIndexOf('</body>')))).toBe(true);
    expect(page.endsWith('</body></html>')).toBe(true);
    expect(JSON.parse(page.slice(page.indexOf(HANDOVER_OPEN) + HANDOVER_OPEN.length, page.lastIndexOf(HANDOVER_CLOSE)))).toMatchObject({ title: '甲' });
  });

  it('a tail without </body> is refused, as splitPage refuses a page without one', async () => {
    await expect(splitPageBlob(new Blob(['<html><body>…'.repeat(10)]), 16)).rejects.toThrow('</body>');
  });
});
