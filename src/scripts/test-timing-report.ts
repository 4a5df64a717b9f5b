/**
 * The pure half of `npm run test:timing`: which parts `npm test` runs, and the slowest browser
 * tests in a Playwright JSON report. No I/O, so it is unit-tested.
 */

/** The npm scripts `npm test` runs, in order, read from its `a && npm run b && …` chain. */
export function testParts(testScript: string): string[] {
  return testScript.split("&&").map((step) => {
    const match = /^npm run ([\w:.-]+)$/.exec(step.trim());
    if (!match) throw new Error(`package.json "test": "${step.trim()}" is not "npm run <script>"`);
    return match[1]!;
  });
}

/** One browser test's time: its titles joined, and the duration of its last run, in ms. */
export interface TestTime {
  title: string;
  ms: number;
}

interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: { title: string; tests: { results: { duration: number }[] }[] }[];
}

/** Every test of a Playwright JSON report (`--reporter=json`) with its time, slowest first. */
export function testTimes(report: { suites: JsonSuite[] }): TestTime[] {
  const out: TestTime[] = [];
  const walk = (suite: JsonSuite, path: string[]) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const last = test.results.at(-1);
        if (last) out.push({ title: [...here, spec.title].join(" › "), ms: last.duration });
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites) walk(suite, []);
  return out.sort((a, b) => b.ms - a.ms);
}

/** Milliseconds as `1m 05.2s` or `12.3s`. */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m ${(seconds - minutes * 60).toFixed(1).padStart(4, "0")}s`;
}
