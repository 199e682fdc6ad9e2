// User-supplied text is shown as typed, but characters that change how the rest of a line is drawn, or that draw
// nothing, are made visible first. "abc\u202Egpj.exe" would otherwise be displayed as "abcexe.jpg" (a right-to-left
// override), and a zero-width space makes two different names look the same. The data itself is never changed:
// this is for display only, and the export keeps every character.

/**
 * C0/C1 controls (tab and newline are whitespace and stay), bidi embeddings, overrides, isolates and marks, and the
 * zero-width characters: each is drawn as ⟨U+XXXX⟩.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Does the text hold a character showInvisible would mark? (The report flags such rows.) */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}
