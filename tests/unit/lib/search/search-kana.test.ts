import { describe, expect, test } from "vitest";
import { isKanaReading, kanaToRomaji } from "@/lib/search/search-kana";
import { romajiKey } from "@/lib/search/search-vocabulary";

describe("kanaToRomaji", () => {
  test.each([
    ["ぼうえいしょう", "bōeishō"],
    ["のうどうてきさいばーぼうぎょ", "nōdōteki saibā bōgyo"],
    ["つうしんのひみつ", "tsūshin no himitsu"],
    ["こっかさいばーとうかつしつ", "kokka saibā tōkatsushitsu"],
    ["けいさつちょう", "keisatsuchō"],
    ["じえいたい", "jieitai"],
    ["サイバー", "saibā"],
  ])("%s meets the reading %s", (kana, reading) =>
    expect(romajiKey(kanaToRomaji(kana))).toBe(romajiKey(reading)),
  );
});

describe("isKanaReading", () => {
  test.each([
    ["ぼうえいしょう", true],
    ["のうどうてきサイバーぼうぎょ", true],
    ["サイバー", false], // a katakana word is written, not a reading
    ["通信の秘密", false],
  ])("%s → %s", (text, expected) => expect(isKanaReading(text)).toBe(expected));
});
