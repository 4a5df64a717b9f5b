import { devQueries } from "./dev-queries.ts";
import { heldOutQueries } from "./held-out-queries.ts";
import type { QualityQuery } from "./queries.ts";

/**
 * The held-out queries whose text no development query repeats. Readers writing blind type
 * the same short queries (警察庁, "jieitai"), so some development queries have exactly the
 * text of a held-out one, and tuning on them touches the held-out set. This subset is the
 * fairer measure of the search; it is reported beside the whole set, not enforced.
 */
const devTexts = new Set(devQueries.map((q) => q.query.trim().toLowerCase()));
export const heldOutUnshared: QualityQuery[] = heldOutQueries.filter(
  (q) => !devTexts.has(q.query.trim().toLowerCase()),
);
