// The components writers use in MDX: `import { Cite, Quote, Q, Term } from "@/components/mdx";`
export { default as Cite } from "./Cite.astro";
export { default as Q } from "./Q.astro";
export { default as Quote } from "./Quote.astro";
export { default as Term } from "./Term.astro";
export { default as Timeline } from "./Timeline.astro";
export { default as AcdDiagram } from "./AcdDiagram.astro";
export { default as EditionsFigure } from "./EditionsFigure.astro";
export { default as StatusTable } from "./StatusTable.astro";
export { default as ReportNotes } from "./ReportNotes.astro";
export { default as CoverageFlow } from "./CoverageFlow.astro";
export { default as DecisionChain } from "./DecisionChain.astro";
export { default as ComparisonTable } from "./ComparisonTable.astro";
export { default as StatusNote } from "./StatusNote.astro";
