/** The data an explainer (or one card of it) is written out from, by every format of the email copy. */
import type { RootContent } from "hast";

/** A source in a list at the end, with its number on the full page. */
export interface NumberedSource {
  n: number;
  title: string;
  publisher: string;
  /** Formatted date, e.g. "23 December 2025", or "undated". */
  date: string;
  url: string;
  lang: string;
}

/** One block of content: the In short box, the introduction or a section. */
export interface EmailPart {
  /** Heading of the part; none for an introduction. */
  title?: string;
  /** The page's rendered HTML of the part (without its heading). */
  html: string;
  /** The same HTML parsed, when the caller has it (read, never changed); saves parsing again. */
  nodes?: RootContent[];
  /** Shown as a shaded box (the In short card). */
  boxed?: boolean;
  /** Levels to lift the part's headings by (a section's `###` follows the `<h1>`). Default 0. */
  promote?: number;
}

export interface EmailDoc {
  lang: string;
  siteTitle: string;
  /** Absolute URL of the home page. */
  siteUrl: string;
  /** The headline: the explainer's or the section's title. */
  title: string;
  /** For a section: the explainer it comes from. */
  from?: { title: string; url: string } | undefined;
  /** A one-sentence standfirst under the headline. */
  dek?: string | undefined;
  /** "25 November 2026". */
  updated: string;
  /** Absolute URL of the full page (with the section anchor for a section). */
  url: string;
  parts: EmailPart[];
  /** Sources cited in the parts, by their number on the full page. */
  sources: NumberedSource[];
  /**
   * The copy's own citation number for each number on the full page, when they differ (a
   * section's paste copy counts from 1); `sources` then carry the copy's numbers.
   */
  numbers?: ReadonlyMap<number, number> | undefined;
  licence: { name: string; url: string };
}
