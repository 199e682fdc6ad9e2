// Deterministic "realistic" location text for the geocoder and import benchmarks: the mix a park manager's
// spreadsheet has — full addresses, bare towns, county short and old names, parks, outside places and junk.
import towns from '../geo/towns.json' with { type: 'json' };
import counties from '../geo/counties.json' with { type: 'json' };
import parks from '../geo/parks.json' with { type: 'json' };

/** mulberry32: a tiny seeded PRNG so every run benchmarks the same rows. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK = ['', '  ', 'N/A', '待定', '—', '成都市武侯区', '德阳市旌阳区', '四川省', '???', '=1+1'];
const toFull = (s: string) => s.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function locationText(n: number, seed = 42): string[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.35) {
      const t = pick(towns);
      out.push(`四川省绵阳市${countyName.get(t.countyCode)}${t.name}${pick(['工业路', '人民路', '科创大道'])}${1 + Math.floor(r() * 300)}号`);
    } else if (k < 0.5) out.push(pick(towns).name);
    else if (k < 0.65) {
      const c = pick(counties);
      out.push(pick([c.name, c.short, ...c.aliases]));
    } else if (k < 0.8) {
      const p = pick(parks);
      out.push(pick([p.name, p.fullName, ...p.aliases]));
    } else if (k < 0.9) out.push(toFull(`绵阳市${pick(counties).name} ${Math.floor(r() * 99)}号`));
    else out.push(pick(JUNK));
  }
  return out;
}

/** A CSV of n rows with the columns a user's list has: name, location, investment with mixed units, category. */
export function csvText(n: number, seed = 7): string {
  const r = rng(seed);
  const locs = locationText(n, seed);
  const lines = ['序号,企业名称,属地,总投资,类别'];
  for (let i = 0; i < n; i++) {
    const amount = r() < 0.5 ? `${Math.floor(r() * 90000)}` : `${(r() * 50).toFixed(1)}亿元`;
    const loc = locs[i]!.includes(',') || locs[i]!.includes('"') ? `"${locs[i]!.replaceAll('"', '""')}"` : locs[i]!;
    lines.push(`${i + 1},绵阳测试企业${i + 1}有限公司,${loc},${amount},${r() < 0.5 ? '专精特新' : '签约项目'}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * A CSV of n short rows (number, name, place, amount): 1,000,000 of them stay under the import's 50 MB limit
 * (csvText's realistic addresses would be ~100 MB). Places cycle through counties, parks, a town, an unknown place
 * and a blank, so rows with and without a point and with problems are all there.
 */
export function compactCsvText(n: number): string {
  const places = ['涪城区', '高新区', '游仙区', '江油市', '三台县', '北川', '经开区', '永兴镇', '火星', ''];
  const lines = ['序号,企业名称,属地,总投资'];
  for (let i = 1; i <= n; i++) lines.push(`${i},企业${i},${places[i % places.length]},${i % 13 === 0 ? 'abc' : (i % 997) * 10}`);
  return lines.join('\n') + '\n';
}
