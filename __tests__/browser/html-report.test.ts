/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Chromium from the system, driven by puppeteer-core): what it
 * shows for the samples, its filters and search, the keyboard, contrast, a phone-width window,
 * and that a hostile article stays text: no script runs, no request leaves the page, no console
 * error. Screenshots go to artifacts/screenshots/ (not committed). Run with `npm run test:browser`.
 */
import { describe, it, expect, beforeAll, afterAll } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { tempDir } from "../helpers/tmp.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
const SHOTS = path.resolve("artifacts/screenshots");

let browser: Browser;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("no Chromium found: install the Debian package `chromium` or set CHROMIUM_PATH");
  mkdirSync(SHOTS, { recursive: true });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Writes the HTML report of `inputs` with the built CLI and returns its path. */
function htmlReport(inputs: string[], dir: string): string {
  const out = path.join(dir, "report.html");
  execFileSync(process.execPath, ["dist/src/bin.js", "report", ...inputs, "--format", "html", "--output", out, "--quiet"]);
  return out;
}

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

/** Opens a file with every request, console error, page error and dialog recorded. */
async function open(file: string, width = 1280, height = 900): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const watched: Watched = { page, requests: [], errors: [], dialogs: [] };
  const self = pathToFileURL(file).href;
  page.on("request", (r) => {
    if (r.url() !== self) watched.requests.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") watched.errors.push(m.text());
  });
  page.on("pageerror", (e) => watched.errors.push(String(e)));
  page.on("dialog", async (d) => {
    watched.dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(self, { waitUntil: "load" });
  return watched;
}

const visibleEvents = (page: Page) => page.$$eval("article.event", (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent ?? ""));

describe("the samples' HTML report", () => {
  let file: string;
  let watched: Watched;

  beforeAll(async () => {
    file = htmlReport(["samples"], tempDir("cc-html-"));
    watched = await open(file);
  }, 60_000);

  afterAll(async () => {
    await watched.page.close();
  });

  it("shows the summary, the conflicts first, and both sides of each with quotes and sources", async () => {
    const { page } = watched;
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("crosscheck report");
    expect(await page.$eval(".summary", (p) => p.textContent)).toMatch(/5 documents, \d+ claims: \d+ conflicts?, \d+ agreements?/);
    const verdicts = await page.$$eval("article.event", (els) => els.map((e) => e.getAttribute("data-verdict")));
    expect(verdicts[0]).toBe("conflict");
    expect(verdicts.indexOf("agree")).toBeGreaterThan(verdicts.lastIndexOf("conflict"));
    const first = await page.$("article.event");
    expect(await first!.$$eval(".position", (els) => els.length)).toBeGreaterThanOrEqual(2);
    expect(await first!.$$eval("blockquote", (els) => els.length)).toBeGreaterThanOrEqual(2);
    expect(await page.$$eval("#documents tbody tr", (rows) => rows.length)).toBe(5);
    await page.screenshot({ path: path.join(SHOTS, "samples-desktop.png") });
  });

  it("marks the words that state a value inside their quote", async () => {
    const marks = await watched.page.$$eval("mark", (els) => els.map((e) => e.textContent ?? ""));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.trim().length > 0)).toBe(true);
  });

  it("filters to conflicts, by aspect, by severity, by source and by words", async () => {
    const { page } = watched;
    const all = (await visibleEvents(page)).length;
    await page.click("#conflicts-only");
    const sections = await page.$$eval("section.aspect", (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute("data-verdict")));
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections)).toEqual(new Set(["conflict"]));
    const conflicts = (await visibleEvents(page)).length;
    expect(conflicts).toBeLessThan(all);
    expect(await page.$eval("#shown", (p) => p.textContent)).toBe(`${conflicts} event${conflicts === 1 ? "" : "s"} shown`);
    await page.click("#conflicts-only");

    await page.select("#aspect", "location");
    const aspects = await page.$$eval("section.aspect", (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute("data-aspect")));
    expect(new Set(aspects)).toEqual(new Set(["location"]));
    await page.select("#aspect", "");

    await page.select("#severity", "warning");
    const severities = await page.$$eval("section.aspect", (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute("data-severity")));
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(["warning"]));
    await page.select("#severity", "");

    const source = await page.$eval("#source option:nth-child(2)", (o) => (o as HTMLOptionElement).value);
    await page.select("#source", source);
    for (const text of await visibleEvents(page)) expect(text).toContain(source);
    await page.select("#source", "");

    await page.type("#search", "Moscow");
    const found = await visibleEvents(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all);
    for (const text of found) expect(text.toLowerCase()).toContain("moscow");
    await page.$eval("#search", (i) => ((i as HTMLInputElement).value = ""));
    await page.type("#search", "no event has these words");
    expect(await visibleEvents(page)).toEqual([]);
    expect(await page.$eval("#shown", (p) => p.textContent)).toBe("0 events shown");
  });

  it("works with the keyboard alone", async () => {
    const fresh = await open(file);
    const { page } = fresh;
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("conflicts-only");
    await page.keyboard.press("Space");
    expect(await page.$eval("#conflicts-only", (i) => (i as HTMLInputElement).checked)).toBe(true);
    await page.keyboard.press("Space");
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      ids.push(await page.evaluate(() => document.activeElement?.id ?? ""));
    }
    expect(ids).toEqual(["aspect", "severity", "source", "search"]);
    await page.keyboard.type("Moscow");
    expect((await visibleEvents(page)).length).toBeGreaterThan(0);
    expect(fresh.errors).toEqual([]);
    await page.close();
  });

  it("has text of sufficient contrast (WCAG AA, 4.5:1)", async () => {
    const ratios = await watched.page.evaluate(() => {
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const background = luminance(getComputedStyle(document.body).backgroundColor === "rgba(0, 0, 0, 0)" ? "rgb(255,255,255)" : getComputedStyle(document.body).backgroundColor);
      const selectors = ["body", ".muted", ".badge.conflict", ".badge.agree", ".qualifier", "mark", "figcaption", "a"];
      return selectors.flatMap((sel) => {
        const el = document.querySelector(sel);
        if (!el) return [];
        const fg = luminance(getComputedStyle(el).color);
        const bgCss = getComputedStyle(el).backgroundColor;
        const bg = bgCss === "rgba(0, 0, 0, 0)" ? background : luminance(bgCss);
        const [hi, lo] = fg > bg ? [fg, bg] : [bg, fg];
        return [{ sel, ratio: (hi + 0.05) / (lo + 0.05) }];
      });
    });
    expect(ratios.length).toBeGreaterThan(4);
    for (const r of ratios) expect(r).toEqual({ sel: r.sel, ratio: expect.any(Number) });
    expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([]);
  });

  it("fits a phone-width window", async () => {
    const phone = await open(file, 390, 844);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: path.join(SHOTS, "samples-phone.png") });
    expect(phone.requests).toEqual([]);
    expect(phone.errors).toEqual([]);
    await phone.page.close();
  });

  it("made no request and logged no error", () => {
    expect(watched.requests).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  });
});

describe("a hostile article", () => {
  it("shows its markup as text: no script runs, no request is made", async () => {
    const dir = tempDir("cc-hostile-");
    const articles = path.join(dir, "articles");
    mkdirSync(articles);
    const hostile = [
      "---",
      "published: 2026-05-12",
      "lang: en",
      'source: "<b onmouseover=alert(1)>Evil Wire</b>"',
      'url: "javascript:alert(2)"',
      "---",
      "Anna Kowalczyk met Piotr Nowak in Warsaw on Monday. The talks lasted two hours <script>window.pwned = 1; alert(3)</script> and ended without a deal.",
      "",
    ].join("\n");
    const plain = [
      "---",
      "published: 2026-05-12",
      "lang: en",
      "source: Quiet Daily",
      "url: https://quiet.example/story",
      "---",
      'Anna Kowalczyk met Piotr Nowak in Warsaw on Monday. The talks lasted five hours <img src="https://tracker.example/x.png" onerror="window.pwned = 2"> in the end.',
      "",
    ].join("\n");
    writeFileSync(path.join(articles, "hostile.md"), hostile);
    writeFileSync(path.join(articles, "plain.md"), plain);
    const file = htmlReport([articles], dir);
    const watched = await open(file);
    const { page } = watched;
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const text = await page.$eval("body", (b) => b.textContent ?? "");
    expect(text).toContain("<script>window.pwned = 1; alert(3)</script>");
    expect(text).toContain("<b onmouseover=alert(1)>Evil Wire</b>");
    expect(await page.$$eval("script", (s) => s.length)).toBe(1);
    expect(await page.$$eval("img", (s) => s.length)).toBe(0);
    expect(await page.$$eval("a", (links) => links.map((a) => a.getAttribute("href")))).toEqual(expect.not.arrayContaining([expect.stringMatching(/^javascript:/)]));
    expect(await page.$$eval("a", (links) => links.map((a) => a.getAttribute("href")))).toContain("https://quiet.example/story");
    await page.screenshot({ path: path.join(SHOTS, "hostile-desktop.png") });
    expect(watched.requests).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.dialogs).toEqual([]);
    await page.close();
  });
});
