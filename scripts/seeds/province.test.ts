import { describe, expect, it } from 'vitest';
import { loadSeed } from './common.ts';
import { extract } from './province.ts';

const s003 = loadSeed('003');
const s004 = loadSeed('004');
const out = extract({ '003': s003, '004': s004 });
const t = (id: string) => out.targets.find((x) => x.id === id)!;

describe('province opinions 003/004', () => {
  it('name no Mianyang enterprise or place, so yield targets only', () => {
    for (const s of [s003, s004]) expect(s.lines.join('')).not.toMatch(/绵阳|涪城|游仙|安州|江油|三台|盐亭|梓潼|北川|平武/);
    expect(out.lists).toEqual([]);
    expect(out.records).toEqual([]);
    expect(out.targets.map((x) => x.id)).toEqual([
      ...[1, 2, 3, 4, 5].map((i) => `province:003:${i}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `province:004:${i}`),
    ]);
  });
  it('keeps printed goal text beside the parsed number', () => {
    expect(t('province:003:2')).toMatchObject({
      doc: '003_8dbb09b12177f42d.txt',
      docTitle: '关于推动制造业高质量发展的意见（征求意见稿）',
      plan: 'province',
      line: 13,
      row: 2,
      indicator: '制造业劳动生产率',
      unit: '万元/人',
      values: [{ year: '2025', printed: '60万元/人以上', value: 60 }],
      corrections: [],
    });
    expect(t('province:003:3').values).toEqual([{ year: '2025', printed: '提高0.5个百分点以上', value: 0.5 }]);
    expect(t('province:004:1')).toMatchObject({ docTitle: '四川省关于进一步促进服务型制造发展的实施意见(征求意见稿)', line: 19 });
    expect(out.targets.filter((x) => x.doc.startsWith('004') && x.values[0]!.year === '2025').map((x) => x.values[0]!.value)).toEqual([
      100, 50, 50, 10, 30, 40,
    ]);
  });
  it('leaves a range unparsed and an unstated year empty', () => {
    expect(t('province:003:4').values).toEqual([{ year: '', printed: '3-5个' }]);
    expect(t('province:004:7').values).toEqual([{ year: '', printed: '3 家以上', value: 3 }]);
    expect(t('province:003:5').values[0]).toEqual({ year: '每年', printed: '不低于出让总规模的30%', value: 30 });
  });
});
