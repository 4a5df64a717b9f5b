import { expect, test } from "@playwright/test";
import { allPages } from "../support/pages";

for (const path of allPages) {
  test(`${path} has one h1, a skip link to main and a main landmark`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toHaveAttribute("href", "#main");
    await expect(page.getByRole("main")).toHaveCount(1);
  });
}

test("the theme toggle is remembered and applied before first paint", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.goto("/glossary/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // No flash: the script that applies the stored theme runs before any style in <head>.
  const order = await page.evaluate(() =>
    [...document.head.querySelectorAll("script, style, link[rel=stylesheet]")].map((el) =>
      el.tagName === "SCRIPT" && el.textContent?.includes("localStorage")
        ? "theme"
        : el.tagName.toLowerCase(),
    ),
  );
  expect(order[0]).toBe("theme");
});

test("an unknown address gets the helpful 404 page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await expect(page.getByRole("search")).toBeVisible();
});

// Reflow at 320 px and the print view are checked on every page in reflow.spec.ts and
// print.spec.ts.
