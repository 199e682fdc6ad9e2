// The story file's limits, apart from its validator (format.ts, zod): the story state on the first paint's path needs
// the numbers, not the schema, and zod loads with the story tools after the first map (initial JS: `npm run bench bundle`).

/** Most steps a story may have (a talk, not a slideshow of every list). */
export const MAX_STEPS = 30;
/** Most callouts on one step, and the longest callout text: a short note pinned to a place, not a second caption. */
export const MAX_CALLOUTS = 5;
export const MAX_CALLOUT_TEXT = 40;
/** Longest enterprise key a callout may name (the registry's keys are names: the longest printed is under 30). */
export const MAX_ENTERPRISE_KEY = 60;
