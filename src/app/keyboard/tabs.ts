// Arrow-key movement in a tab list (WAI-ARIA tabs pattern): Left/Right wrap around, Home/End jump to the ends.

/** The tab to activate for `key`, or undefined when the key is not a tab-list key (let it through). */
export function nextTab<T>(tabs: readonly T[], current: T | null, key: string): T | undefined {
  if (tabs.length === 0) return undefined;
  const i = current === null ? -1 : tabs.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return tabs[(i + 1) % tabs.length];
    case 'ArrowLeft':
      return tabs[i < 0 ? tabs.length - 1 : (i - 1 + tabs.length) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return undefined;
  }
}
