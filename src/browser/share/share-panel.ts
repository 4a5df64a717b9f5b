/**
 * Browser code of the share panel, loaded on first use (see share-boot.ts): it adds the
 * section picker, the copy buttons and the "Cite this" lines in four styles to the panel's
 * plain markup, which without it still shows every link, the embed code and a citation.
 */
import { formatCitations, type Citations } from "../../lib/cite";
import { embedCode } from "../../lib/embed-code";
import { sharePaths, type SharePaths } from "../../lib/share-urls";

export interface SharePanel {
  /** Shows the panel for one card (`""` for the whole explainer), placed after `anchor`. */
  show(card: string, anchor?: Element): void;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

const styles: [keyof Citations, string][] = [
  ["apa", "APA"],
  ["mla", "MLA"],
  ["chicago", "Chicago"],
  ["bibtex", "BibTeX"],
];

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function copyButton(kind: string, label: string, hiddenLabel = ""): HTMLButtonElement {
  const button = make(
    "button",
    "mt-1 min-h-8 rounded border border-rule px-2 text-sm hover:bg-panel",
    label,
  );
  button.type = "button";
  button.dataset["copy"] = kind;
  if (hiddenLabel) button.append(make("span", "sr-only", hiddenLabel));
  return button;
}

/**
 * Turns the panel's plain markup into the full panel: a picker built from the list of
 * sections (which it replaces), copy buttons beside each field, four citation styles.
 */
function enhance(panel: HTMLDetailsElement): HTMLSelectElement {
  const body = panel.querySelector<HTMLElement>("[data-share-body]");
  const sections = panel.querySelector<HTMLElement>("[data-share-sections]");
  const select = make("select", "ml-2 max-w-full rounded border p-1");
  select.id = "share-target";
  const whole = new Option("The whole explainer", "");
  whole.dataset["height"] = panel.dataset["height"] ?? "600";
  select.append(whole);
  for (const item of sections?.querySelectorAll<HTMLElement>("li[data-card]") ?? []) {
    const option = new Option(
      item.querySelector("a")?.textContent?.trim() ?? "",
      item.dataset["card"],
    );
    option.dataset["height"] = item.dataset["height"] ?? "600";
    select.append(option);
  }
  const label = make("label", "font-medium", "What to share");
  label.htmlFor = select.id;
  body?.prepend(make("p", "", label, select));
  if (sections) sections.hidden = true;

  panel.querySelector("[data-share-field=link]")?.after(copyButton("link", "Copy link"));
  panel.querySelector("[data-share-field=embed]")?.after(copyButton("embed", "Copy embed code"));
  panel
    .querySelector("[data-share-links]")
    ?.prepend(copyButton("newsletter", "Copy for newsletter"));
  panel.querySelector("[data-cites]")?.replaceChildren(
    make("h3", "font-medium", "Cite this"),
    ...styles.map(([key, name]) => {
      const text = make("pre", "mt-1 font-sans text-sm whitespace-pre-wrap");
      text.dataset["cite"] = key;
      return make(
        "div",
        "mt-2",
        make("span", "font-medium text-muted", `${name}: `),
        copyButton(key, "Copy", ` ${name} citation`),
        text,
      );
    }),
  );
  return select;
}

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
  const select = enhance(panel);
  const status = $<HTMLElement>("[data-share-status]");
  const field = (name: string) => $<Field>(`[data-share-field="${name}"]`);
  let paths: SharePaths = sharePaths({ slug });

  const update = () => {
    const option = select.selectedOptions[0];
    const card = select.value || undefined;
    paths = sharePaths({ slug, card });
    const name = card && option ? `${title}: ${option.text}` : title;
    const link = field("link");
    const embed = field("embed");
    if (link) link.value = base + paths.link;
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
          // The paste copy, not the email file: editors rebuild layout tables as real tables.
          "text/html": fetchBlob(paths.paste, "text/html"),
          "text/plain": fetchBlob(paths.pasteText, "text/plain"),
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
  select.addEventListener("change", update);
  update();

  return {
    show(card, anchor) {
      select.value = card;
      update();
      if (anchor) anchor.after(panel);
      panel.open = true;
      select.focus();
    },
  };
}
