/**
 * Browser code of the share panel, loaded on first use (see share-boot.ts):
 * the section picker, the copy buttons and the "Cite this" lines. Without it
 * the panel still shows every link and the embed code as text.
 */
import { formatCitations, type Citations } from "./cite";
import { embedCode } from "./embed-code";
import { sharePaths, type SharePaths } from "./share-urls";

export interface SharePanel {
  /** Shows the panel for one card (`""` for the whole explainer), placed after `anchor`. */
  show(card: string, anchor?: Element): void;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Wires the panel and returns its controller. */
export function startSharePanel(panel: HTMLDetailsElement): SharePanel {
  const data = panel.dataset;
  const [base = "/", root = "/", slug = "", title = "", site = "", updated = ""] = [
    data["base"],
    data["root"],
    data["slug"],
    data["title"],
    data["site"],
    data["updated"],
  ];
  const $ = <T extends Element>(selector: string) => panel.querySelector<T>(selector);
  const select = $<HTMLSelectElement>("[data-share-target]");
  const status = $<HTMLElement>("[data-share-status]");
  const field = (name: string) => $<Field>(`[data-share-field="${name}"]`);
  let paths: SharePaths = sharePaths({ slug });

  const update = () => {
    const option = select?.selectedOptions[0];
    const card = select?.value || undefined;
    paths = sharePaths({ slug, card });
    const name = card && option ? `${title}: ${option.text}` : title;
    const link = field("link");
    const embed = field("embed");
    if (link) link.value = base + paths.page;
    if (embed)
      embed.value = embedCode({
        src: base + paths.embed,
        title: name,
        height: Number(option?.dataset["height"] ?? 600),
      });
    for (const a of panel.querySelectorAll<HTMLAnchorElement>("[data-share-href]"))
      a.href = root + paths[a.dataset["shareHref"] as keyof SharePaths];
    const cites = formatCitations({
      title: name,
      siteTitle: site,
      url: base + paths.page,
      updated,
      key: card ? `${slug}-${card}` : slug,
    });
    for (const el of panel.querySelectorAll<HTMLElement>("[data-cite]"))
      el.textContent = cites[el.dataset["cite"] as keyof Citations];
  };

  const announce = (message: string) => {
    if (!status) return;
    status.textContent = "";
    setTimeout(() => (status.textContent = message), 50);
  };

  const fetchBlob = async (path: string, type: string) => {
    const response = await fetch(root + path);
    if (!response.ok) throw new Error(`${response.status} ${path}`);
    return new Blob([await response.text()], { type });
  };

  const copiers: Record<string, () => Promise<string>> = {
    link: async () => {
      await navigator.clipboard.writeText(field("link")?.value ?? "");
      return "Link copied";
    },
    embed: async () => {
      await navigator.clipboard.writeText(field("embed")?.value ?? "");
      return "Embed code copied";
    },
    newsletter: async () => {
      // Promises in the ClipboardItem keep the click's permission while the files load (Safari).
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": fetchBlob(paths.email, "text/html"),
          "text/plain": fetchBlob(paths.text, "text/plain"),
        }),
      ]);
      return "Copied for your newsletter: paste it into your email editor";
    },
  };

  panel.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("[data-copy]");
    const kind = button?.dataset["copy"];
    if (!kind) return;
    const copy =
      copiers[kind] ??
      (async () => {
        const text = button.closest("div")?.querySelector("[data-cite]")?.textContent ?? "";
        await navigator.clipboard.writeText(text);
        return "Citation copied";
      });
    copy().then(announce, () => {
      const target = kind === "newsletter" ? undefined : field(kind);
      target?.select();
      announce(
        target
          ? "Could not copy automatically: the text is selected, press Ctrl+C or ⌘C"
          : kind === "newsletter"
            ? "Could not copy: use the Email HTML link instead"
            : "Could not copy: select the text and copy it",
      );
    });
  });
  select?.addEventListener("change", update);
  for (const el of panel.querySelectorAll<HTMLElement>("[data-share-js]")) el.hidden = false;
  for (const el of panel.querySelectorAll<HTMLElement>("[data-share-nojs]")) el.hidden = true;

  return {
    show(card, anchor) {
      if (select) select.value = card;
      update();
      if (anchor) anchor.after(panel);
      panel.open = true;
      select?.focus();
    },
  };
}
