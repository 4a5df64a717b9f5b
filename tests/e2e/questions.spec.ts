import { expect, test } from "@playwright/test";

// The questions page: every question is a heading with its own anchor, a cited answer and a link
// to the section that goes deeper; its FAQPage data (schema.org) says exactly what the page shows.
test("the questions page carries FAQPage data that matches its visible questions and answers", async ({
  page,
}) => {
  await page.goto("/questions/");
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  const faq = blocks.map((b) => JSON.parse(b)).find((d) => d["@type"] === "FAQPage");
  expect(faq, "a FAQPage JSON-LD block").toBeTruthy();
  expect(faq["@context"]).toBe("https://schema.org");
  const entities = faq.mainEntity as {
    "@type": string;
    name: string;
    acceptedAnswer: { "@type": string; text: string };
  }[];
  expect(entities.length).toBeGreaterThanOrEqual(25);

  const visible = await page.locator("main .prose h3").evaluateAll((hs) =>
    hs.map((h) => {
      // The answer: the paragraphs up to the next heading, less citation marks and the link.
      const paras: string[] = [];
      let links = 0;
      let cites = 0;
      for (
        let el = h.nextElementSibling;
        el && !/^H[1-3]$/.test(el.tagName);
        el = el.nextElementSibling
      ) {
        const copy = el.cloneNode(true) as HTMLElement;
        cites += copy.querySelectorAll("sup.cite").length;
        copy.querySelectorAll("sup.cite, button").forEach((c) => c.remove());
        const onlyLink =
          copy.children.length === 1 &&
          copy.firstElementChild?.tagName === "A" &&
          copy.textContent?.trim() === copy.firstElementChild.textContent?.trim();
        if (onlyLink) links++;
        else paras.push(copy.textContent ?? "");
      }
      return {
        id: h.id,
        text: h.textContent?.trim() ?? "",
        answer: paras.join(" ").replace(/\s+/g, " ").trim(),
        links,
        cites,
      };
    }),
  );
  expect(visible.map((v) => v.text)).toEqual(entities.map((e) => e.name));
  for (const [i, e] of entities.entries()) {
    const v = visible[i]!;
    expect(e["@type"]).toBe("Question");
    expect(e.acceptedAnswer["@type"]).toBe("Answer");
    expect(e.acceptedAnswer.text.replace(/\s+/g, " ")).toBe(v.answer);
    expect(v.id, `${v.text}: an anchor`).toMatch(/^[a-z0-9-]+$/);
    expect(v.cites, `${v.text}: citations`).toBeGreaterThan(0);
    expect(v.links, `${v.text}: a link to go deeper`).toBe(1);
    // Two to four sentences.
    const sentences = v.answer.split(/(?<=[.?!])\s+(?=[A-Z"“])/).length;
    expect(sentences, `${v.text}: ${sentences} sentences`).toBeGreaterThanOrEqual(2);
    expect(sentences, `${v.text}: ${sentences} sentences`).toBeLessThanOrEqual(4);
  }
  expect(new Set(visible.map((v) => v.id)).size).toBe(visible.length);
});

test("each question's anchor opens the page at that question", async ({ page }) => {
  await page.goto("/questions/");
  const first = page.getByRole("navigation", { name: "Questions" }).getByRole("link").nth(1);
  const name = (await first.textContent())?.trim() ?? "";
  await first.click();
  await expect(page).toHaveURL(/#[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 3, name })).toBeInViewport();
});
