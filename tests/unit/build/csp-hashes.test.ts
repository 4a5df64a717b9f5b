import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { cspHash, withExactHashes } from "@/build/csp-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe("withExactHashes", () => {
  const html =
    `<html><head>${meta("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old1=' 'sha256-old2='; style-src 'self' 'sha256-old3=';")}` +
    '<script>a()</script><style>p{}</style><script type="module" src="/x.js"></script></head>' +
    '<body><script type="module">b()</script></body></html>';
  const out = withExactHashes(html);
  const policy = out.match(/content="([^"]*)"/)?.[1] ?? "";

  test("hashes exactly the page's inline scripts and styles, nothing else", () => {
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha("a()")} ${sha("b()")}; style-src 'self' ${sha("p{}")}`,
    );
  });

  test("leaves a page without a CSP meta alone", () => {
    expect(withExactHashes("<p>x</p>")).toBe("<p>x</p>");
  });

  test("cspHash is the CSP hash source of a text", () => {
    expect(cspHash("a()")).toBe(sha("a()"));
  });
});
