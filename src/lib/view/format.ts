import type { Lang } from '../i18n/index.ts';

/** toFixed without trailing zeros after the point: 2.50 → "2.5", 150 → "150" (not "15"). */
const fixed = (v: number, digits: number): string =>
  v
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');

/**
 * Money as people read it in these documents: 万元 below 1 亿, 亿元 above. In English the same amount in yuan, as
 * million or billion (1 万元 = 10,000 yuan; 1 亿元 = 100 million yuan).
 */
export function formatWan(wan: number, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    const yuan = wan * 10000;
    if (yuan >= 1e9) return `${fixed(yuan / 1e9, 2)} billion yuan`;
    if (yuan >= 1e6) return `${fixed(yuan / 1e6, yuan >= 1e8 ? 0 : 2)} million yuan`;
    return `${Math.round(yuan).toLocaleString('en-US')} yuan`;
  }
  if (wan >= 10000) {
    const yi = wan / 10000;
    return `${Number.isInteger(yi) ? yi : fixed(yi, yi >= 100 ? 0 : 2)} 亿元`;
  }
  return `${Number.isInteger(wan) ? wan : fixed(wan, 2)} 万元`;
}

/**
 * An amount as a row shows it: in 万元/亿元 (or yuan in English) when it could be read, otherwise what was printed
 * ("待定"), never a bare number without its unit ("投资 13200" read as yuan by an investor). undefined: none printed.
 */
export function investmentText(r: { investmentWan?: number; investmentPrinted?: string }, lang: Lang = 'zh'): string | undefined {
  return r.investmentWan !== undefined ? formatWan(r.investmentWan, lang) : r.investmentPrinted;
}
