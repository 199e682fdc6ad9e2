import { describe, expect, it } from 'vitest';
import { embedHandover, handoverFileName, HANDOVER_FORMAT, HANDOVER_VERSION, readHandover, type Handover } from './payload.ts';

const list = (id: string, name = '我的名单') => ({
  meta: { id, name },
  headers: ['企业名称', '属地'],
  rows: [{ index: 1, sourceLine: 2, cells: ['甲公司', '游仙区'], geo: { status: 'resolved' }, problems: [] }],
  counts: { resolved: 1 },
});

const payload = (over: Partial<Handover> = {}): Handover =>
  ({
    format: HANDOVER_FORMAT,
    version: HANDOVER_VERSION,
    exportedAt: '2026-12-07T10:00:00.000Z',
    title: '绿色工厂',
    link: 'sel=list:green-factory&tab=ranking',
    lists: [list('import-abc')],
    story: { title: '我的故事', steps: [{ title: '第一步', caption: '', view: 'sel=all' }] },
    ...over,
  }) as Handover;

// The page's own script writes such blocks itself, so it holds the tag's text, and "</head>", as strings.
const SCRIPT = `<script type="module">const t='<script type="application/json" id="handover">'+x+'</head>'</script>`;
const PAGE = `<!doctype html><html><head><title>x</title>${SCRIPT}</head><body><div id="app"></div></body></html>`;

describe('the handover payload', () => {
  it('round-trips through the page, and a second export replaces the first block', () => {
    const once = embedHandover(PAGE, payload());
    const twice = embedHandover(once, payload({ title: '第二次' }));
    // The page's script is untouched (its CSP hash still holds); one block, the last thing in <body>.
    expect(twice).toContain(SCRIPT);
    expect(twice.split('id="handover">')).toHaveLength(3);
    const text = /<div id="app"><\/div>\s*<script type="application\/json" id="handover">([\s\S]*?)<\/script>\n<\/body>/.exec(twice)![1]!;
    const r = readHandover(text);
    expect(r.notices).toEqual([]);
    expect(r.handover.title).toBe('第二次');
    expect(r.handover.link).toBe('sel=list:green-factory&tab=ranking');
    expect(r.handover.lists.map((l) => l.meta.id)).toEqual(['import-abc']);
    expect(r.handover.story?.steps).toHaveLength(1);
  });

  it('carries the open enterprise card in its link, as the page wrote it (ent=, the registry key)', async () => {
    const { decodeView } = await import('../link/viewLink.ts');
    const link = 'sel=list%3Asummit&ent=%E9%95%BF%E8%99%B9%E7%94%B5%E5%99%A8';
    const html = embedHandover(PAGE, payload({ link }));
    const text = /<div id="app"><\/div>\s*<script type="application\/json" id="handover">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const r = readHandover(text);
    expect(r.handover.link).toBe(link);
    expect(decodeView(r.handover.link!)).toEqual({ view: expect.objectContaining({ sel: 'list:summit', ent: '长虹电器' }), notices: [] });
  });

  it('cannot be closed early by a name in a list: "<" is escaped inside the block', () => {
    const html = embedHandover(PAGE, payload({ lists: [list('import-x', '</script><script>window.__xss=1</script>')] as never }));
    expect(html).not.toContain('<script>window.__xss');
    const text = /<div id="app"><\/div><script type="application\/json" id="handover">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(readHandover(text).handover.lists[0]!.meta.name).toBe('</script><script>window.__xss=1</script>');
  });

  it('reads a hand-edited file field by field: bad fields dropped with their names, the rest applies', () => {
    const edited = {
      ...payload(),
      exportedAt: 'yesterday',
      link: 42,
      lists: [list('import-ok'), { meta: { id: 'import-bad' }, rows: 'x' }, list('import-ok'), list('../etc')],
    };
    const r = readHandover(JSON.stringify(edited));
    expect(r.handover.title).toBe('绿色工厂');
    expect(r.handover.exportedAt).toBeUndefined();
    expect(r.handover.link).toBeUndefined();
    expect(r.handover.lists.map((l) => l.meta.id)).toEqual(['import-ok']);
    expect(r.notices).toEqual([
      { key: 'handover.err.field', params: { field: 'exportedAt' } },
      { key: 'handover.err.field', params: { field: 'link' } },
      { key: 'handover.err.field', params: { field: 'lists[1].meta.name' } },
      { key: 'handover.err.duplicate', params: { id: 'import-ok' } },
      { key: 'handover.err.field', params: { field: 'lists[3].meta.id' } },
    ]);
  });

  it('says what is wrong with broken JSON, a non-object, another format, and a story over its limit', () => {
    expect(readHandover('{"title": ').notices[0]!.key).toBe('handover.err.json');
    expect(readHandover('[1,2]').notices).toEqual([{ key: 'handover.err.shape' }]);
    expect(readHandover(JSON.stringify({ ...payload(), version: 9 })).notices).toEqual([
      { key: 'handover.err.version', params: { format: HANDOVER_FORMAT, version: '9' } },
    ]);
    const long = { title: 't', steps: Array.from({ length: 31 }, () => ({ title: 's', caption: '', view: 'sel=all' })) };
    const r = readHandover(JSON.stringify({ ...payload(), story: long }));
    expect(r.handover.story).toBeUndefined();
    expect(r.notices).toEqual([{ key: 'handover.err.field', params: { field: 'story.steps' } }]);
  });

  it('ignores inherited keys: a "__proto__" field is just unknown', () => {
    const r = readHandover('{"__proto__": {"title": "polluted"}, "format": "mianyang-policy-map/handover", "version": 1}');
    expect(r.handover.title).toBeUndefined();
    expect(r.notices).toEqual([]);
  });

  it('names the file after the map and the date, without characters file systems refuse', () => {
    expect(handoverFileName('我的名单: a/b?', '2026-12-07T10:00:00.000Z')).toBe('绵阳产业政策地图-我的名单_ a_b_-2026-12-07.html');
  });
});

describe('the payload in parts', () => {
  it('joins to JSON that reads back as the payload, a piece of at most `chunk` rows at a time', async () => {
    const { payloadParts } = await import('./payload.ts');
    const big = list('import-big');
    big.rows = Array.from({ length: 12 }, (_, i) => ({
      index: i + 1,
      sourceLine: i + 2,
      cells: [`公司${i}<`, '游仙区'],
      geo: { status: 'resolved' },
      problems: [],
    }));
    const p = payload({ lists: [big, list('import-small'), { ...list('import-empty'), rows: [] }] as never });
    const parts = [...payloadParts(p, 5)];
    expect(parts.map((x) => x.rows).filter((n) => n > 0)).toEqual([5, 5, 2, 1]);
    const text = parts.map((x) => x.text).join('');
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(p)));
    expect(readHandover(text).handover.lists.map((l) => l.rows.length)).toEqual([12, 1, 0]);
  });
});
