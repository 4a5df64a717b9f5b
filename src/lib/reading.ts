/** Words in a text: runs of letters or digits (Japanese counted per character run). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Reading time in whole minutes at 220 words a minute, never less than 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
