import { z } from "astro/zod";

/** What the site can say about a part of the system on the date it was checked. */
export const statusValues = [
  "in force",
  "confirmed",
  "reported",
  "planned",
  "not confirmed",
] as const;
export type StatusValue = (typeof statusValues)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");

/** One recorded change of status: the status from `date` on, and what changed. */
export const statusChangeSchema = z.object({
  /** ISO date of the change (when the source reported it), `YYYY-MM-DD`. */
  date: isoDay,
  status: z.enum(statusValues),
  /** One plain sentence on what changed, e.g. "A draft Cabinet Order set the date." */
  note: z.string().min(10).max(240),
});

/**
 * One part of the system whose state changes over time (`content/status/<id>.yaml`): a pillar
 * of the laws, a body, a plan. Pages render its sentence from this data, so a planned date that
 * passes without a recorded confirmation shows as unconfirmed on its own.
 */
export const statusEntrySchema = z.object({
  /** Short name, e.g. "Police access and neutralization". */
  name: z.string().min(5).max(80),
  /** What it is, in one or two sentences. */
  what: z.string().min(30).max(300),
  /** The planned or actual date: `YYYY-MM-DD`, or `YYYY` for a planned year without a day. */
  plannedDate: z
    .string()
    .regex(/^\d{4}(?:-\d{2}-\d{2})?$/, "must be YYYY-MM-DD or YYYY")
    .optional(),
  /** The status as last recorded. */
  status: z.enum(statusValues),
  /** One sentence saying what is known, shown beside the status. */
  detail: z.string().min(20).max(320),
  /** The date this status was last checked against the sources, `YYYY-MM-DD`. */
  checked: isoDay,
  /** Order on the tracker (smaller first). */
  order: z.number().int().min(0),
  /** Earlier statuses, oldest first, each with what changed. */
  history: z.array(statusChangeSchema).min(1),
  /** Ids from the sources registry. */
  sources: z.array(z.string()).min(1),
});

export type StatusEntry = z.infer<typeof statusEntrySchema>;
