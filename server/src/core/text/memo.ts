// Bounded memo for pure functions of a string: drafts change one sentence at a time, so most sentences
// and blocks are seen again on the next keystroke. When full, the memo starts over (no unbounded growth).
export function memoize<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const map = new Map<string, T>();
  return (s: string) => {
    const hit = map.get(s);
    if (hit !== undefined || map.has(s)) return hit as T;
    const v = fn(s);
    if (map.size >= limit) map.clear();
    map.set(s, v);
    return v;
  };
}
