/** The email-safe HTML document: the shell (header, parts, button, sources, licence) around the styled parts. */
import type { ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import {
  a,
  colour,
  darkClasses,
  darkStyles,
  emailStyles,
  p,
  sans,
  serif,
  sourceItems,
  styled,
  table,
} from "./blocks.ts";
import { element, text, toPortable } from "./reduce.ts";
import type { EmailDoc } from "./types";

/** The email-safe HTML document for `doc` (see the module comment for the rules it keeps). */
export function toEmailHtml(doc: EmailDoc): string {
  const small = (margin: string) =>
    `margin:${margin};font-family:${sans};font-size:13px;line-height:18px;color:${colour.muted};`;
  const body: ElementContent[] = [];
  body.push(
    p(small("0"), [a(doc.siteUrl, doc.siteTitle, `color:${colour.muted};text-decoration:none;`)]),
  );
  if (doc.from) {
    body.push(
      p(
        `margin:16px 0 0 0;font-family:${sans};font-size:14px;line-height:20px;color:${colour.muted};`,
        [text("From "), a(doc.from.url, doc.from.title)],
      ),
    );
  }
  body.push(
    element(
      "h1",
      {
        style: `margin:${doc.from ? 4 : 16}px 0 12px 0;font-family:${serif};font-size:30px;line-height:36px;font-weight:bold;color:${colour.ink};`,
      },
      [text(doc.title)],
    ),
  );
  if (doc.dek)
    body.push(
      p(
        `margin:0 0 12px 0;font-family:${sans};font-size:18px;line-height:26px;color:${colour.muted};`,
        [text(doc.dek)],
      ),
    );
  body.push(p(small("0 0 20px 0"), [text(`Updated ${doc.updated}`)]));

  for (const part of doc.parts) {
    const content = toPortable(part, doc.url).map((c) => styled(c));
    const heading = part.title
      ? [element("h2", { style: emailStyles["h2"] ?? "" }, [text(part.title)])]
      : [];
    if (part.boxed) {
      const h = part.title
        ? [
            p(
              `margin:0 0 8px 0;font-family:${sans};font-size:13px;line-height:18px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;color:${colour.accent};`,
              [text(part.title)],
            ),
          ]
        : [];
      body.push(
        table({ style: `border-collapse:collapse;margin:0 0 20px 0;` }, [
          {
            props: {
              className: [darkClasses.box],
              bgColor: colour.panel,
              style: `padding:16px 20px;background-color:${colour.panel};border:1px solid ${colour.rule};`,
            },
            children: [...h, ...content],
          },
        ]),
      );
    } else body.push(...heading, ...content);
  }

  body.push(
    table({ width: "auto", style: "border-collapse:collapse;margin:8px 0 24px 0;" }, [
      {
        props: {
          className: [darkClasses.button],
          bgColor: colour.accent,
          style: `padding:12px 20px;background-color:${colour.accent};`,
        },
        children: [
          a(
            doc.url,
            doc.from ? "Read the full explainer" : "Read it on the web",
            `font-family:${sans};font-size:16px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;`,
          ),
        ],
      },
    ]),
  );
  if (doc.sources.length) {
    body.push(element("h2", { style: emailStyles["h2"] ?? "" }, [text("Sources")]));
    body.push(sourceItems(doc.sources, (style) => ({ style })));
  }
  body.push(
    p(`${small("24px 0 0 0")}padding:16px 0 0 0;border-top:1px solid ${colour.rule};`, [
      text("From "),
      a(doc.siteUrl, doc.siteTitle),
      text(". Text under "),
      a(doc.licence.url, doc.licence.name),
      text(": share it with credit and a link to the page."),
    ]),
  );

  const tree: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      element("html", { lang: doc.lang }, [
        element("head", {}, [
          element("meta", { charSet: "utf-8" }, []),
          element("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }, []),
          // Light and dark: clients that honour these keep the file's own dark colours
          // instead of inverting the light ones.
          element("meta", { name: "color-scheme", content: "light dark" }, []),
          element("meta", { name: "supported-color-schemes", content: "light dark" }, []),
          element("title", {}, [text(doc.title)]),
          element("style", {}, [text(darkStyles)]),
        ]),
        element(
          "body",
          {
            className: [darkClasses.doc],
            style: `margin:0;padding:0;background-color:${colour.paper};`,
          },
          [
            table({ bgColor: colour.paper, className: [darkClasses.doc] }, [
              {
                props: { align: "center", style: "padding:16px 12px;" },
                children: [
                  table(
                    { width: "600", style: "border-collapse:collapse;width:100%;max-width:600px;" },
                    [{ props: { align: "left" }, children: body }],
                  ),
                ],
              },
            ]),
          ],
        ),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}
