/**
 * Kana spelled in Hepburn romaji, so that a reading typed in kana (ぼうえいしょう, left
 * unconverted by the reader's input method) meets the romanised readings the vocabulary
 * holds. Only as exact as the readings' folding needs (`romajiKey` drops long vowels).
 */

// The syllable of each hiragana from ぁ (U+3041) to ん (U+3093); "" for っ, which doubles the next.
const syllables = (
  "a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo ta da chi ji " +
  "_ tsu zu te de to do na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po ma mi mu me mo " +
  "ya ya yu yu yo yo ra ri ru re ro wa wa i e o n"
)
  .split(" ")
  .map((s) => (s === "_" ? "" : s));

const smallY: Record<string, string> = { ゃ: "a", ゅ: "u", ょ: "o" };

/** True when `text` is kana only (with ー), and holds hiragana: a reading typed as it sounds. */
export function isKanaReading(text: string): boolean {
  return (
    /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u.test(text) &&
    /\p{Script=Hiragana}/u.test(text)
  );
}

/** The kana `text` in Hepburn romaji ("のうどうてき" → "noudouteki"); other characters dropped. */
export function kanaToRomaji(text: string): string {
  let out = "";
  let double = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Katakana as hiragana: the two blocks run in parallel, 0x60 apart.
    const hira = code >= 0x30a1 && code <= 0x30f3 ? String.fromCodePoint(code - 0x60) : ch;
    const y = smallY[hira];
    if (y && out) {
      // きゃ → kya, しゃ → sha, ちゃ → cha, じゃ → ja
      out = out.replace(/i$/, "");
      out += /(?:sh|ch|j)$/.test(out) ? y : `y${y}`;
      continue;
    }
    if (hira === "ー") {
      out += out.match(/[aeiou]$/)?.[0] ?? "";
      continue;
    }
    const s = syllables[(hira.codePointAt(0) ?? 0) - 0x3041];
    if (s === undefined) continue;
    if (s === "") {
      double = true;
      continue;
    }
    out += double ? `${s[0]}${s}` : s;
    double = false;
  }
  return out;
}

/**
 * A Japanese name folded so that the ways of writing a loanword meet: without the dots between
 * its words (アクティブ・サイバー → アクティブサイバー) and without the long-vowel mark that ends
 * a katakana word (セキュリティー, as many write it, is the pages' セキュリティ).
 */
export const kanaFold = (s: string) =>
  s.replace(/・/g, "").replace(/(\p{Script=Katakana})ー(?![\p{Script=Katakana}ー])/gu, "$1");
