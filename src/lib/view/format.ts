// Money as people read it in these documents: 万元 below 1 亿, 亿元 above.
export function formatWan(wan: number): string {
  if (wan >= 10000) {
    const yi = wan / 10000;
    return `${Number.isInteger(yi) ? yi : yi.toFixed(yi >= 100 ? 0 : 2).replace(/\.?0+$/, '')} 亿元`;
  }
  return `${Number.isInteger(wan) ? wan : wan.toFixed(2).replace(/\.?0+$/, '')} 万元`;
}
