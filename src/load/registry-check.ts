/**
 * Consistency checks over the entity registry files once each has passed its schema (which
 * already rejects unknown types): an id defined twice in one rules folder, and a name or alias
 * that two entities of the same type claim (the registry would silently pick one). A later
 * folder may redefine an id of an earlier one (that is how a user overrides a built-in entry),
 * so aliases are checked on the entries in force after those overrides.
 */
import type { EntityDef } from "../normalize/entities.js";
import { stemKey } from "../text/fold.js";

/** An entry and where it was written. */
export interface LocatedEntity {
  def: EntityDef;
  file: string;
  /** Index in the file's `entities` array. */
  index: number;
  /** The rules folder the file belongs to. */
  dir: string;
}

/** A problem found, as rules.ts turns it into a ConfigError. */
export interface RegistryProblem {
  code: "duplicate-id" | "duplicate-alias";
  file: string;
  pointer: string;
  message: string;
}

/** The key the registry indexes a written form under (see EntityRegistry.add). */
function formKey(form: string): string {
  const plain = form.replace(/['’]s(?=\s)/gu, "");
  const exact = plain.length <= 3 || (/^[\p{Lu}.]+$/u.test(plain) && plain.length <= 5);
  return exact ? plain.replace(/\.$/, "") : stemKey(plain);
}

/** Every problem of the registry at once, in file order. */
export function checkRegistry(entries: LocatedEntity[]): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const firstById = new Map<string, LocatedEntity>();
  const inForce = new Map<string, LocatedEntity>();
  for (const entry of entries) {
    const key = `${entry.dir}\u0000${entry.def.id}`;
    const first = firstById.get(key);
    if (first) {
      problems.push({
        code: "duplicate-id",
        file: entry.file,
        pointer: `/entities/${entry.index}/id`,
        message: `entity id "${entry.def.id}" is already defined at ${first.file} /entities/${first.index}; ids must be unique within a rules folder.`,
      });
      continue;
    }
    firstById.set(key, entry);
    inForce.set(entry.def.id, entry);
  }
  const claimed = new Map<string, { entry: LocatedEntity; pointer: string }>();
  for (const entry of inForce.values()) {
    const forms: Array<[string, string]> = [[entry.def.name, "name"]];
    (entry.def.aliases ?? []).forEach((alias, i) => forms.push([alias, `aliases/${i}`]));
    const seenHere = new Set<string>();
    for (const [form, where] of forms) {
      const key = `${entry.def.type}\u0000${formKey(form)}`;
      if (seenHere.has(key)) continue;
      seenHere.add(key);
      const other = claimed.get(key);
      const pointer = `/entities/${entry.index}/${where}`;
      if (!other) {
        claimed.set(key, { entry, pointer });
        continue;
      }
      problems.push({
        code: "duplicate-alias",
        file: entry.file,
        pointer,
        message: `"${form}" names ${entry.def.type} "${entry.def.id}" but also "${other.entry.def.id}" (${other.entry.file} ${other.pointer}); a name may belong to one ${entry.def.type} only.`,
      });
    }
  }
  return problems;
}
