// Explicit identities the normaliser cannot see: short names used in running text and in tables without a
// location column, and one internal department. Keys on both sides are normalizeName() outputs. Each entry
// must be defensible from the documents themselves or from the company's registered name; when in doubt we do
// NOT merge (a wrong merge moves an enterprise to another county on the map, a missed one only leaves a row
// unplaced). Pairs deliberately left apart are listed in NOT_ALIASES so the choice is visible and tested.

export interface Alias {
  from: string;
  to: string;
  reason: string;
}

export const ALIASES: readonly Alias[] = [
  { from: '长虹', to: '长虹电子控股', reason: '“长虹集团”是四川长虹电子控股集团有限公司的通称（集团控股公司），不是其上市子公司四川长虹电器股份有限公司' },
  { from: '长虹控股', to: '长虹电子控股', reason: '“长虹控股”是四川长虹电子控股集团有限公司的简称' },
  { from: '九洲', to: '九洲电器', reason: '“九洲集团”是四川九洲电器集团有限责任公司的通称（集团母公司），九洲线缆、九洲光电等子公司另计' },
  { from: '华丰', to: '华丰企业', reason: '“华丰集团”是四川华丰企业集团有限公司的简称（智能化表3第2行、冲顶表3第15行）' },
  { from: '新晨动力', to: '新晨动力机械', reason: '“新晨动力”是绵阳新晨动力机械有限公司的简称（绿色化表9第2行）' },
  { from: '好医生', to: '好医生药业', reason: '“好医生”是四川好医生药业集团有限公司的简称（绿色化表5第31行）' },
  { from: '旭虹光电', to: '旭虹光电科技', reason: '“旭虹光电”是四川旭虹光电科技有限公司的简称（智能化表3第3行）' },
  { from: '皇龙破碎', to: '皇龙智能破碎技术', reason: '“皇龙破碎”是四川皇龙智能破碎技术股份有限公司的简称（绿色化表3第17行）' },
  { from: '富临精工', to: '富临精工机械', reason: '“富临精工”是绵阳富临精工机械股份有限公司的简称（绿色化表5第8行）' },
  { from: '兵装集团58所', to: '中国兵器装备集团自动化研究所', reason: '兵器装备集团“58所”即中国兵器装备集团自动化研究所（智能化表4第10行）' },
  {
    from: '长虹电器股份有限公司创新设计中心',
    to: '长虹电器',
    reason: '创新设计中心是四川长虹电器股份有限公司的内设部门，不是独立法人',
  },
];

/** Near-identical names that are different companies; kept here so a future alias cannot merge them unnoticed. */
export const NOT_ALIASES: readonly { a: string; b: string; reason: string }[] = [
  { a: '长虹电器', b: '长虹电子控股', reason: '上市子公司与集团控股公司是两个法人' },
  { a: '长虹电器', b: '长虹精密电子科技', reason: '长虹旗下不同子公司' },
  { a: '长虹智能制造技术', b: '长虹智能制造', reason: '印刷名不同，无法从文件确认是同一法人，宁可不合并' },
  { a: '九洲电器', b: '九洲线缆', reason: '九洲集团母公司与子公司' },
  { a: '九州光电子技术', b: '九洲光电科技', reason: '两家不同公司（光电子技术 / 光电科技）；前者印作“九州”，未更正' },
  { a: '利尔化学', b: '利尔作物科学', reason: '利尔化学与其子公司利尔作物科学是两个法人，属地也不同' },
  { a: '佳禧印染', b: '佳联印染', reason: '三台县两家不同印染企业' },
  { a: '建丰林业', b: '建丰林产', reason: '盐亭县与梓潼县两家不同企业' },
  { a: '雅化', b: '雅化集团绵阳实业', reason: '“雅化集团”指集团整体，绵阳实业与三台化工是其不同子公司，不能择一' },
  { a: '际华三五三六实业', b: '际华三五三六职业装', reason: '印刷名不同，无法从文件确认是同一法人，宁可不合并' },
  { a: '龙华光电薄膜', b: '龙华薄膜', reason: '印刷名不同，无法从文件确认是同一法人，宁可不合并' },
  { a: '长林食品', b: '长林肉类食品', reason: '印刷名不同，无法从文件确认是同一法人，宁可不合并' },
];
