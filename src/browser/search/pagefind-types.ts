/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) that the site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` count its words split at white space. */
  content: string;
  /** Word positions of the search's matches in `content`. */
  locations: number[];
  /** Elements with ids (headings) and the word where each starts. */
  anchors: { element: string; id: string; text: string; location: number }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  /** The same word positions as `data().locations`, known without loading the page's text. */
  words: number[];
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value within the current filters. */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value for the query regardless of filters. */
  totalFilters?: Record<string, Record<string, number>>;
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
  /** All filter values with their page counts; loading them makes searches report counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}
