import type { Element } from "hast";

/** The "Share this section" button (browser/share/share-boot.ts wires it; hidden when scripts are off). */
export function sectionShareButton(): Element {
  return {
    type: "element",
    tagName: "button",
    properties: {
      type: "button",
      dataShareSection: "",
      dataNeedsJs: "",
      dataPrint: "hide",
      dataPagefindIgnore: "",
      className: [
        "not-prose",
        "mb-2",
        "min-h-8",
        "rounded",
        "border",
        "border-rule",
        "px-2",
        "text-sm",
        "text-muted",
        "hover:bg-panel",
      ],
    },
    children: [{ type: "text", value: "Share this section" }],
  };
}
