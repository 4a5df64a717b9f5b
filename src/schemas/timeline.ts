import { z } from "astro/zod";

/**
 * The kinds of timeline event, used for the figure's legend and for search filters. An
 * `incident` is an attack that preceded policy steps (the why-now explainer); the others are
 * those steps.
 */
export const timelineKinds = ["strategy", "law", "institution", "policy", "incident"] as const;

/** One dated event (`content/timeline/<yyyy-mm-dd-slug>.yaml`). */
export const timelineEventSchema = z.object({
  /**
   * ISO date `YYYY-MM-DD`; `YYYY-MM` or `YYYY` when the sources give only the month or year
   * (or for a planned year without a day).
   */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY-MM-DD, YYYY-MM or YYYY"),
  /** Short headline, e.g. "First Cybersecurity Strategy". */
  title: z.string().min(5).max(90),
  /** One or two sentences on what happened and why it matters. */
  summary: z.string().min(30).max(360),
  kind: z.enum(timelineKinds),
  /** True for a plan or draft rather than a final act; shown as "planned". */
  planned: z.boolean().default(false),
  /** Shown in the home page's "timeline in brief". */
  highlight: z.boolean().default(false),
  /**
   * For an incident: ids of the timeline events (policy steps) that came after it and that the
   * sources connect with it. Shown as links under the incident. Empty by default.
   */
  followedBy: z.array(z.string()).default([]),
  /** Ids from the sources registry. */
  sources: z.array(z.string()).min(1),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
