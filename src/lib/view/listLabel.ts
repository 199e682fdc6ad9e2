// A list or plan name as the UI shows it: as printed in Chinese, and in English mode with an English gloss beside the
// printed name ("绿色工厂重点培育企业 (Green factories: key enterprises)"), so an investor can read it and still find
// the printed title. One function for every place that names a list (picker, legend and PNG title, drawer).
import type { Lang } from '../i18n/index.ts';
import type { ListMeta } from '../types.ts';

/**
 * English glosses of the plans' printed short names (ListMeta.plan → gloss). The document titles stay as printed:
 * these say what each plan is about.
 */
export const PLAN_GLOSS: Readonly<Record<string, string>> = {
  smart: 'Smart manufacturing',
  green: 'Green manufacturing',
  service: 'Service-oriented manufacturing',
  local: 'Local sourcing',
  quality: 'Quality and brands',
  summit: 'Single-champion “Summit” plan',
  'article-2024': '2024 article on new industrialisation',
};

const gloss = (printed: string, english: string | undefined, lang: Lang): string =>
  lang === 'en' && english && english !== printed ? `${printed} (${english})` : printed;

/** A list's name: printed; in English with its gloss (data/lists.json nameEn) beside it. An imported list has none. */
export const listLabel = (l: Pick<ListMeta, 'name' | 'nameEn'>, lang: Lang): string => gloss(l.name, l.nameEn, lang);

/** A plan's short name: printed (智能化); in English with its gloss: "智能化 (Smart manufacturing)". */
export const planLabel = (plan: string, planName: string, lang: Lang): string => gloss(planName, PLAN_GLOSS[plan], lang);
