import { defineCollection, reference } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";
import { explainerSchema } from "@/schemas/explainer";
import { glossaryTermSchema } from "@/schemas/glossary";
import { pageSchema } from "@/schemas/page";
import { searchNameSchema } from "@/schemas/search-name";
import { sourceSchema } from "@/schemas/source";
import { statusEntrySchema } from "@/schemas/status";
import { timelineEventSchema } from "@/schemas/timeline";

const sourceIds = z.array(reference("sources")).min(1);

const sources = defineCollection({
  loader: file("content/sources.yaml"),
  schema: sourceSchema,
});

const explainers = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "content/explainers" }),
  schema: explainerSchema.extend({
    sources: sourceIds,
    related: z.array(reference("explainers")).default([]),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "content/glossary" }),
  schema: glossaryTermSchema.extend({
    sources: sourceIds,
    definedIn: reference("explainers").optional(),
  }),
});

const timeline = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "content/timeline" }),
  schema: timelineEventSchema.extend({ sources: sourceIds }),
});

const status = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "content/status" }),
  schema: statusEntrySchema.extend({ sources: sourceIds }),
});

const pages = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "content/pages" }),
  schema: pageSchema,
});

/** Japanese names for search: actors' everyday names and glossary terms' readings. */
const searchNames = defineCollection({
  loader: file("content/search/japanese-names.yaml"),
  schema: searchNameSchema,
});

export const collections = { sources, explainers, glossary, timeline, status, pages, searchNames };
