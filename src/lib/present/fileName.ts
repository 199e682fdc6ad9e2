// File names made from what a file shows (a list's or plan's title): the characters Windows, macOS and Linux refuse in
// a name, and control characters, become "_"; the name stays readable and within a length every system takes.

/** A title as a file-name part: refused characters replaced, trimmed, at most 80 characters, never empty. */
export function fileStem(title: string, fallback = 'map'): string {
  return (
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_')
      .trim()
      .slice(0, 80) || fallback
  );
}
