// UI strings, Chinese (the default): The analysis drawer (src/app/insight, src/app/analysis).
// Keys start with "drawer."; the English twin is drawer.en.ts (same keys, same {parameters}: index.test.ts checks).
export const ZH_DRAWER = {
} as const;
