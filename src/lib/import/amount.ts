// Amount cells as people type them in Chinese spreadsheets → 万元, the unit every seed list uses.
// "2.5亿元", "12,000", "１２０００", "￥3,000 万", "1.2e4" all parse; anything else is a problem code, never a guess.

export type AmountUnit = '元' | '万元' | '亿元';

export const AMOUNT_UNITS: readonly AmountUnit[] = ['万元', '亿元', '元'];

/** How many 万元 one of the unit is. */
const TO_WAN: Record<AmountUnit, number> = { 元: 1e-4, 万元: 1, 亿元: 1e4 };

/** Unit written in a header, e.g. "总投资（亿元）", "金额(万)", "投资额/元". Undefined when the header names none. */
export function unitFromHeader(header: string): AmountUnit | undefined {
  const h = header.normalize('NFKC').replace(/\s+/g, '');
  // Inside brackets or after a slash first: "投资（万元）" must not match the bare 元 of "万元" by accident.
  const m = /[([（【/／]([亿万]?)元?[)\]）】]?$/.exec(h) ?? /([亿万]?)元$/.exec(h);
  if (!m) return undefined;
  if (m[0].length <= 1 && m[1] === '') return undefined;
  return m[1] === '亿' ? '亿元' : m[1] === '万' ? '万元' : '元';
}

export type AmountResult =
  | { ok: true; empty: true }
  | { ok: true; empty: false; wan: number; unit: AmountUnit }
  /** text: the cell as typed (trimmed), for the message (messages.ts says it in the UI's language). */
  | { ok: false; problem: 'amountNaN' | 'amountNegative' | 'amountTooLarge'; text: string };

/**
 * 10⁸ 万元 = 1 万亿元 (10¹² 元): over Mianyang's whole GDP (≈ 4,000 亿元 in 2023) a hundred times over, so a
 * single project above it is a typo or a unit mix-up (元 typed in a 万元 column), not an investment. Refused,
 * rather than drawn as a bubble that dwarfs every real one (or, past 1.8e308, as Infinity).
 */
export const MAX_AMOUNT_WAN = 1e8;

/** Rounded to 6 decimals of 万元 (= 0.01 元), so 2.15 亿元 is 21500 and not 21499.999999999996. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * One cell → 万元. A unit in the cell ("2.5亿元", "3000万") wins over the column's unit; an empty cell (or a dash
 * placeholder "-", "—", "/") is no amount, not an error. Negative amounts are refused: an investment cannot be.
 */
export function parseAmount(text: string, columnUnit: AmountUnit): AmountResult {
  const raw = text.normalize('NFKC').trim();
  if (raw === '' || /^[-—–/\\]+$/.test(raw)) return { ok: true, empty: true };
  const nan = (): AmountResult => ({ ok: false, problem: 'amountNaN', text: text.trim() });
  let s = raw.replace(/^[¥￥$]|^人民币/u, '').replace(/\s+/g, '');
  let unit = columnUnit;
  const u = /(亿元|万元|亿|万|元)$/.exec(s);
  if (u) {
    unit = u[1]!.startsWith('亿') ? '亿元' : u[1]!.startsWith('万') ? '万元' : '元';
    s = s.slice(0, -u[1]!.length);
  }
  // Thousands separators only where they really separate thousands: "1,2" is not 12.
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return nan();
    s = s.replaceAll(',', '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return nan();
  const n = Number(s);
  if (!Number.isFinite(n)) return nan();
  if (n < 0) return { ok: false, problem: 'amountNegative', text: text.trim() };
  // Checked after scaling: "1e305亿元" is a finite number but Infinity once × 10⁴, and round() doubles it again.
  const wan = round(n * TO_WAN[unit]);
  if (!Number.isFinite(wan) || wan > MAX_AMOUNT_WAN) return { ok: false, problem: 'amountTooLarge', text: text.trim() };
  return { ok: true, empty: false, wan, unit };
}
