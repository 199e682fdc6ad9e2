// The page's CJK font stack. Map labels (deck.gl TextLayer) and the PNG export draw on canvases, which do not inherit
// the page's CSS, so they name the same fonts from here; app.css names them for the page (src/app/fontStack.test.ts
// holds it to this string). Noto Sans CJK first: it is what the e2e machines and Debian's fonts-noto-cjk install.
export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
