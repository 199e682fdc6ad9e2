import { beforeAll, describe, expect, it } from 'vitest';
import { loadLang, translateMsg } from '../i18n/index.ts';
import { guessMapping, mappingProblems, type ColumnMapping } from './mapping.ts';

describe('guessMapping', () => {
  it('maps the XLSX fixture headers, taking the unit from 投资额（亿元）', () => {
    expect(guessMapping(['序号', '企业名称', '所在\n县市区', '认定日期', '投资额（亿元）'])).toEqual({
      name: 1,
      location: 2,
      amount: 4,
      unit: '亿元',
      category: -1,
    });
  });
  it('maps 属地 and 行业, defaulting the unit to 万元', () => {
    expect(guessMapping(['序号', '企业名称', '属地', '行业'])).toEqual({ name: 1, location: 2, amount: -1, unit: '万元', category: 3 });
  });
  it('prefers the county column over an address, and a project name when no enterprise column', () => {
    expect(guessMapping(['项目名称', '详细地址', '所属区县', '总投资（万元）', '产业类别'])).toEqual({
      name: 0,
      location: 2,
      amount: 3,
      unit: '万元',
      category: 4,
    });
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
  const h = ['名称', '地址'];
  const said = (lang: 'zh' | 'en', m: ColumnMapping) => mappingProblems(m, h).map((p) => translateMsg(lang, p));
  beforeAll(() => loadLang('en'));
  it('requires a location column and distinct name/location', () => {
    expect(mappingProblems({ name: 0, location: 1, amount: 5, unit: '万元', category: -1 }, h)).toEqual([
      { key: 'import.mapping.noColumn', params: { field: { key: 'import.field.amount' }, n: 6 } },
    ]);
    expect(said('zh', { name: 0, location: -1, amount: -1, unit: '万元', category: -1 })).toEqual(['请选择“所在地/地址”列：没有它就无法上图']);
    expect(said('zh', { name: 1, location: 1, amount: -1, unit: '万元', category: -1 })).toEqual(['名称列和所在地列不能是同一列']);
    expect(said('zh', { name: 0, location: 1, amount: 5, unit: '万元', category: -1 })).toEqual(['金额列不存在（第 6 列）']);
    expect(mappingProblems({ name: 0, location: 1, amount: -1, unit: '万元', category: -1 }, h)).toEqual([]);
  });
  it('says the same in English, the field named in English too', () => {
    expect(said('en', { name: 0, location: -1, amount: -1, unit: '万元', category: -1 })).toEqual([
      'Choose the “location/address” column: without it nothing can go on the map',
    ]);
    expect(said('en', { name: 1, location: 1, amount: -1, unit: '万元', category: -1 })).toEqual(['The name and location columns cannot be the same column']);
    expect(said('en', { name: 0, location: 1, amount: 5, unit: '万元', category: 7 })).toEqual([
      'Amount column does not exist (column 6)',
      'Category column does not exist (column 8)',
    ]);
  });
});
