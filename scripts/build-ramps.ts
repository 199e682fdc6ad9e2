// Writes src/lib/classify/ramps.json: the three colour schemes of the choropleth, sampled from d3-scale-chromatic.
// The page reads the samples instead of importing d3-scale-chromatic, whose interpolators pull in d3-interpolate and
// d3-color: ~10 KB gzip of the first-load JavaScript (npm run bench bundle.initial_js_gzip_kb) for three ramps.
// d3-scale-chromatic stays the source of truth: src/lib/classify/ramps.test.ts recomputes the samples and checks
// that the page's colours match d3's within one unit per channel. Run: npx tsx scripts/build-ramps.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rampSamples } from './ramp-samples.ts';

const out = resolve(import.meta.dirname, '../src/lib/classify/ramps.json');
writeFileSync(out, JSON.stringify(rampSamples()) + '\n');
console.log(`wrote ${out}`);
