/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) that the site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    opts?: { filters?: Record<string, string[]> },
  ): Promise<PagefindSearch | null>;
  debouncedSearch?(term: string): Promise<PagefindSearch | null>;
  preload(term: string): Promise<void>;
}
