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

/**
 * What a picture of these lists is named after: the list's name when there is one, the plan's when all of them come
 * from one plan, else "全部名单" / "All lists" (`all`, in the UI language).
 */
export function fileSubject(lists: readonly { name: string; plan: string; planName: string }[], all: string): string {
  if (lists.length === 1) return lists[0]!.name;
  const plans = new Set(lists.map((l) => l.plan));
  return plans.size === 1 && lists[0] ? lists[0].planName : all;
}
