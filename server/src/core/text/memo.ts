// Bounded memo for pure functions of a string: drafts change one sentence at a time, so most sentences
// and blocks are seen again on the next keystroke. The bound is on the total length of the keys (a block
// can be long), not only on their number; when full, the memo starts over (no unbounded growth).
export class TextMemo<T> {
  private readonly map = new Map<string, T>();
  private chars = 0;
  constructor(
    private readonly maxEntries = 20_000,
    private readonly maxChars = 4_000_000,
  ) {}

  get(key: string, make: () => T): T {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as T;
    const v = make();
    if (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars) {
      this.map.clear();
      this.chars = 0;
    }
    // A key is often cut from a longer text (a block from the whole draft): keep a copy, not a view of it.
    this.map.set(detach(key), v);
    this.chars += key.length;
    return v;
  }
}

export function memoize<T>(fn: (s: string) => T, maxEntries = 20_000): (s: string) => T {
  const memo = new TextMemo<T>(maxEntries);
  return (s: string) => memo.get(s, () => fn(s));
}

/**
 * A copy of `s` that keeps no longer string alive. V8 makes a slice of a long string (13 characters or
 * more) a view that shares the whole string's storage: a memo that keeps a block sliced from a draft
 * would keep that version of the whole draft alive, and a session of keystrokes on a 40,000-word draft
 * kept a 600 KB copy for each one. Call it on slices that outlive the text they were cut from.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
