import { describe, expect, test } from "vitest";
import { formatDuration, testParts, testTimes } from "../../../src/scripts/test-timing-report";

describe("testParts", () => {
  test("reads npm test's chain of npm scripts", () => {
    expect(testParts("npm run format:check && npm run check && npm run test:e2e")).toEqual([
      "format:check",
      "check",
      "test:e2e",
    ]);
  });
  test("refuses a step it could not time as a part", () => {
    expect(() => testParts("npm run check && vitest run")).toThrow(/"vitest run"/);
  });
});

describe("testTimes", () => {
  test("lists every test with its suites' titles, slowest first, from the last retry", () => {
    const report = {
      suites: [
        {
          title: "a11y.spec.ts",
          specs: [{ title: "axe on /", tests: [{ results: [{ duration: 900 }] }] }],
          suites: [
            {
              title: "dark theme",
              specs: [
                {
                  title: "axe on /x/",
                  tests: [{ results: [{ duration: 50 }, { duration: 4000 }] }],
                },
              ],
            },
          ],
        },
        { title: "skipped.spec.ts", specs: [{ title: "never ran", tests: [{ results: [] }] }] },
      ],
    };
    expect(testTimes(report)).toEqual([
      { title: "a11y.spec.ts › dark theme › axe on /x/", ms: 4000 },
      { title: "a11y.spec.ts › axe on /", ms: 900 },
    ]);
  });
});

test.each([
  [12_340, "12.3s"],
  [65_200, "1m 05.2s"],
  [600_000, "10m 00.0s"],
])("formatDuration(%i) is %s", (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});
