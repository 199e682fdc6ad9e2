import { describe, expect, it } from 'vitest';
import { greenParkNames } from './parkNames.ts';
import { translator } from '../i18n/index.ts';

const park = (name: string, level: string, year: number) => ({ placed: { record: { name } }, symbol: { level, year } });

describe('greenParkNames', () => {
  it('groups the parks under their legend entry, each name once, in order', () => {
    const names = greenParkNames(
      [
        park('绵阳高新技术产业开发区', '国家级', 2019),
        park('江油工业园区', '省级', 2020),
        park('三台工业园区', '省级', 2020),
        park('江油工业园区', '省级', 2020),
      ],
      translator('zh'),
    );
    expect([...names]).toEqual([
      ['国家级 · 2019 年目标', ['绵阳高新技术产业开发区']],
      ['省级 · 2020 年目标', ['江油工业园区', '三台工业园区']],
    ]);
  });
});
