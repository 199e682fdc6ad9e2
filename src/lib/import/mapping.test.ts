import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblems } from './mapping.ts';

describe('guessMapping', () => {
  it('maps the XLSX fixture headers, taking the unit from 投资额（亿元）', () => {
    expect(guessMapping(['序号', '企业名称', '所在\n县市区', '认定日期', '投资额（亿元）'])).toEqual({ name: 1, location: 2, amount: 4, unit: '亿元', category: -1 });
  });
  it('maps 属地 and 行业, defaulting the unit to 万元', () => {
    expect(guessMapping(['序号', '企业名称', '属地', '行业'])).toEqual({ name: 1, location: 2, amount: -1, unit: '万元', category: 3 });
  });
  it('prefers the county column over an address, and a project name when no enterprise column', () => {
    expect(guessMapping(['项目名称', '详细地址', '所属区县', '总投资（万元）', '产业类别'])).toEqual({ name: 0, location: 2, amount: 3, unit: '万元', category: 4 });
  });
  it('maps English JSON keys', () => {
    expect(guessMapping(['name', 'address', 'investment', 'industry'])).toEqual({ name: 0, location: 1, amount: 2, unit: '万元', category: 3 });
  });
  it('never maps one column twice (企业所在地 is the location, not the name)', () => {
    expect(guessMapping(['企业所在地', '企业名称'])).toMatchObject({ location: 0, name: 1 });
  });
  it('leaves everything unmapped when nothing matches', () => {
    expect(guessMapping(['a', 'b'])).toEqual({ name: -1, location: -1, amount: -1, unit: '万元', category: -1 });
  });
});

describe('mappingProblems', () => {
  it('requires a location column and distinct name/location', () => {
    const h = ['名称', '地址'];
    expect(mappingProblems({ name: 0, location: -1, amount: -1, unit: '万元', category: -1 }, h)).toEqual(['请选择“所在地/地址”列：没有它就无法上图']);
    expect(mappingProblems({ name: 1, location: 1, amount: -1, unit: '万元', category: -1 }, h)).toEqual(['名称列和所在地列不能是同一列']);
    expect(mappingProblems({ name: 0, location: 1, amount: 5, unit: '万元', category: -1 }, h)).toEqual(['金额列不存在（第 6 列）']);
    expect(mappingProblems({ name: 0, location: 1, amount: -1, unit: '万元', category: -1 }, h)).toEqual([]);
  });
});
