/**
 * Walking inputs: ids unique by construction (a repeated file name gets its path from the folder
 * given), symbolic links to folders followed, and a link back to a parent walked once.
 */
import { describe, it, expect } from "@jest/globals";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expandPaths, loadArticles } from "../../src/load/articles.js";
import { tempDir } from "../helpers/tmp.js";

function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = tempDir("crosscheck-paths-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    symlinkSync(target, path.join(root, name));
  }
  return root;
}

const article = (place: string) => `---\nlang: en\npublished: 2026-01-21\n---\nThe minister met the mayor in ${place} on Tuesday.\n`;

describe("document ids", () => {
  it("a file name used once is the id; a repeated one gets its path from the folder given", async () => {
    const root = tree({ "news/a/index.md": article("Paris"), "news/b/index.md": article("Rome"), "news/c/story.md": article("Oslo") });
    const { articles, problems } = await loadArticles([path.join(root, "news")]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(["a/index", "b/index", "story"]);
  });

  it("the same relative path under two folders given keeps the path as given", async () => {
    const root = tree({ "x/index.md": article("Paris"), "y/index.md": article("Rome") });
    const { ids } = await expandPaths([path.join(root, "x"), path.join(root, "y")]);
    expect([...ids.values()]).toEqual([`${root}/x/index`, `${root}/y/index`].map((p) => p.split(path.sep).join("/")));
  });

  it("an id from front matter still wins", async () => {
    const root = tree({ "a/index.md": article("Paris").replace("lang: en", "id: paris-story\nlang: en"), "b/index.md": article("Rome") });
    const { articles } = await loadArticles([root]);
    expect(articles.map((a) => a.id)).toEqual(["paris-story", "b/index"]);
  });
});

describe("symbolic links", () => {
  it("follows a linked folder", async () => {
    const root = tree({ "elsewhere/far.md": article("Lima"), "news/near.md": article("Quito") }, { "news/linked": "../elsewhere" });
    const { articles, problems } = await loadArticles([path.join(root, "news")]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id).sort()).toEqual(["far", "near"]);
  });

  it("walks a folder once when a link points back to a parent", async () => {
    const root = tree({ "news/sub/one.md": article("Lima") }, { "news/sub/up": "..", "news/self": "." });
    const { files, problems } = await expandPaths([path.join(root, "news")]);
    expect(problems).toEqual([]);
    expect(files.map((f) => path.basename(f))).toEqual(["one.md"]);
  });

  it("reads a file once when it is reached twice", async () => {
    const root = tree({ "news/one.md": article("Lima") }, { "news/again.md": "one.md" });
    const { files } = await expandPaths([path.join(root, "news"), path.join(root, "news", "one.md")]);
    expect(files).toHaveLength(1);
  });
});
