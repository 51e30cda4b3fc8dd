/**
 * Registry files are checked together: an id defined twice in a folder, a name or alias that two
 * entities of one type claim, and an unknown type are configuration errors, all listed at once
 * with file and JSON pointer; a user folder may still redefine a built-in id.
 */
import { describe, it, expect } from "@jest/globals";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadRuleSet } from "../../src/load/rules.js";
import { checkRegistry, type LocatedEntity } from "../../src/load/registry-check.js";
import type { EntityDef } from "../../src/normalize/entities.js";
import { tempDir } from "../helpers/tmp.js";

function entitiesFolder(files: Record<string, unknown[]>): string {
  const dir = tempDir("crosscheck-registry-");
  mkdirSync(path.join(dir, "entities"));
  for (const [name, entities] of Object.entries(files)) writeFileSync(path.join(dir, "entities", name), JSON.stringify({ entities }));
  return dir;
}

const at = (def: EntityDef, index: number, file = "a.json", dir = "d"): LocatedEntity => ({ def, file, index, dir });

describe("registry checks", () => {
  it.each<[string, LocatedEntity[], string[]]>([
    ["distinct entries", [at({ id: "a", type: "place", name: "Alpha" }, 0), at({ id: "b", type: "place", name: "Beta" }, 1)], []],
    [
      "an id twice in one folder",
      [at({ id: "a", type: "place", name: "Alpha" }, 0), at({ id: "a", type: "place", name: "Alpha Town" }, 0, "b.json")],
      ["duplicate-id b.json /entities/0/id"],
    ],
    ["an id redefined by a later folder", [at({ id: "a", type: "place", name: "Alpha" }, 0), at({ id: "a", type: "place", name: "Alpha" }, 0, "u.json", "user")], []],
    [
      "an alias claimed by two places, in another case form",
      [at({ id: "a", type: "place", name: "Sopot" }, 0), at({ id: "b", type: "place", name: "Resort", aliases: ["Sopotu"] }, 1)],
      ["duplicate-alias a.json /entities/1/aliases/0"],
    ],
    ["one name for a place and an organisation", [at({ id: "a", type: "place", name: "Sopot" }, 0), at({ id: "b", type: "organization", name: "Sopot" }, 1)], []],
    ["an alias repeating the entry's own name", [at({ id: "a", type: "place", name: "Sopot", aliases: ["Sopot"] }, 0)], []],
  ])("%s", (_name, entries, expected) => {
    expect(checkRegistry(entries).map((p) => `${p.code} ${p.file} ${p.pointer}`)).toEqual(expected);
  });

  it("lists every problem of a folder at once, with file and pointer", async () => {
    const dir = entitiesFolder({
      "a.json": [
        { id: "jan-kowal", type: "person", name: "Jan Kowal", surname: ["Kowal"] },
        { id: "sopot-town", type: "place", name: "Sopot" },
        { id: "seaside", type: "place", name: "Seaside resort", aliases: ["Sopot"] },
        { id: "acme", type: "company", name: "Acme" },
      ],
      "b.json": [{ id: "jan-kowal", type: "person", name: "Johann Kowal" }],
    });
    const { errors } = await loadRuleSet([dir], { builtIn: false });
    expect(errors.map(String)).toEqual([
      expect.stringMatching(/a\.json \/entities\/3\/type \[unknown-type\]: "company" is not an entity type\. Expected one of: person, place, organization, event\./),
      expect.stringMatching(/b\.json \/entities\/0\/id \[duplicate-id\]: entity id "jan-kowal" is already defined at .*a\.json \/entities\/0/),
      expect.stringMatching(/a\.json \/entities\/2\/aliases\/0 \[duplicate-alias\]: "Sopot" names place "seaside" but also "sopot-town"/),
    ]);
  });

  it("finds nothing wrong with the built-in registry", async () => {
    expect((await loadRuleSet()).errors).toEqual([]);
  });
});
