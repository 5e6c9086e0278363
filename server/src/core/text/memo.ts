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
    this.map.set(key, v);
    this.chars += key.length;
    return v;
  }
}

export function memoize<T>(fn: (s: string) => T, maxEntries = 20_000): (s: string) => T {
  const memo = new TextMemo<T>(maxEntries);
  return (s: string) => memo.get(s, () => fn(s));
}
