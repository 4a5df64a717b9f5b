import type { AstroIntegration } from "astro";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { readYamlFolder } from "../registry.ts";
import { buildDate, dueForReview, staleUpdates } from "../status.ts";

/** The status ids an explainer shows through `<StatusTable ids="…">` or `<StatusNote id="…">`. */
function shownIds(mdx: string): string[] {
  return [
    ...[...mdx.matchAll(/<StatusTable[^>]*\bids="([^"]*)"/g)].flatMap((m) =>
      (m[1] ?? "").split(/\s+/).filter(Boolean),
    ),
    ...[...mdx.matchAll(/<StatusNote[^>]*\bid="([^"]*)"/g)].map((m) => m[1] ?? ""),
  ];
}

/**
 * Dates that cannot go stale silently. Before the build: an explainer's `updated` date may not be
 * later than the last check of any status it shows. After it: prints the status entries and
 * planned timeline events whose date has passed (as of `SITE_BUILD_DATE` or today) with no
 * confirmation recorded, so someone re-checks them.
 */
export function statusReview(): AstroIntegration {
  let root = "";
  return {
    name: "local:status-review",
    hooks: {
      "astro:config:setup": ({ config }) => {
        root = fileURLToPath(config.root);
        const status = readYamlFolder(root, "content/status");
        const checked = new Map(status.map((s) => [s.id, String(s.data["checked"])]));
        const dir = join(root, "content/explainers");
        const pages = readdirSync(dir)
          .filter((f) => f.endsWith(".mdx"))
          .map((f) => {
            const text = readFileSync(join(dir, f), "utf8");
            const front = yaml.load(text.split(/^---$/m)[1] ?? "") as { updated?: unknown } | null;
            const updated =
              front?.updated instanceof Date
                ? front.updated.toISOString().slice(0, 10)
                : String(front?.updated ?? "");
            return { file: `content/explainers/${f}`, updated, shows: shownIds(text) };
          });
        const problems = staleUpdates(pages, checked);
        if (problems.length) throw new Error(problems.join("\n"));
      },
      "astro:build:done": ({ logger }) => {
        const today = buildDate();
        const entries = [
          ...readYamlFolder(root, "content/status").map((s) => ({
            id: s.id,
            file: `content/status/${s.id}.yaml`,
            data: {
              status: s.data["status"] as "planned",
              plannedDate: s.data["plannedDate"] as string | undefined,
            },
          })),
          ...readYamlFolder(root, "content/timeline")
            .filter((t) => t["data"]["planned"] === true)
            .map((t) => ({
              id: t.id,
              file: `content/timeline/${t.id}.yaml`,
              data: { status: "planned" as const, plannedDate: String(t.data["date"]) },
            })),
        ];
        const due = dueForReview(entries, today);
        if (due.length)
          logger.warn(
            `due for review as of ${today} (a planned date passed, no confirmation recorded):\n  ${due.join("\n  ")}`,
          );
        else logger.info(`status: nothing due for review as of ${today}`);
      },
    },
  };
}
