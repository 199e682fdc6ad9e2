// UI strings, Chinese (the default): Bring-your-own-list panel and report (src/app/import).
// Keys start with "import."; the English twin is import.en.ts (same keys, same {parameters}: index.test.ts checks).
export const ZH_IMPORT = {
} as const;
