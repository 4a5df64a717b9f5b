/**
 * Edit distance between two strings: insertions, deletions, substitutions and
 * swaps of two neighbouring letters ("nuetral" → "neutral" is one edit).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How many edits a word of this length may need and still count as a typo of another. */
export function typoAllowance(length: number): number {
  // A swap of two letters is one edit, so one edit covers most typos of words up to nine letters.
  return length <= 3 ? 0 : length <= 9 ? 1 : 2;
}

/**
 * True when `a` and `b` are at most `k` edits apart (see {@link editDistance}): the same answer
 * without the table, following only the edits that can still succeed, for checking many words
 * quickly (the search vocabulary checks a quarter of a million dictionary words at build time).
 */
export function withinEdits(a: string, b: string, k: number): boolean {
  return within(a, 0, b, 0, k);
}

function within(a: string, i: number, b: string, j: number, k: number): boolean {
  // Equal leading letters never need an edit.
  while (i < a.length && j < b.length && a[i] === b[j]) {
    i++;
    j++;
  }
  const restA = a.length - i;
  const restB = b.length - j;
  if (restA === 0 || restB === 0) return restA + restB <= k;
  if (k === 0 || Math.abs(restA - restB) > k) return false;
  return (
    within(a, i + 1, b, j + 1, k - 1) || // substitute
    within(a, i + 1, b, j, k - 1) || // delete from a
    within(a, i, b, j + 1, k - 1) || // insert into a
    (a[i] === b[j + 1] && a[i + 1] === b[j] && within(a, i + 2, b, j + 2, k - 1)) // swap
  );
}
