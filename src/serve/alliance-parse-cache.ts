/**
 * Alliance files parsed once and kept while `npm start` serves: a rebuild after an edit parses only
 * the files whose bytes changed (and new ones), and reuses every other file's result, the same
 * object, so a changed alliance can be told from an unchanged one by identity (src/serve/dev-rebuild.ts).
 * The results hold for one vocabulary (states, counties, member kinds): `clear()` when data/ changes.
 */
import { readFileSync } from "node:fs";
import { parseAllianceFiles, type ParsedFile } from "../alliances/load.ts";
import type { Vocabulary } from "../alliances/schema.ts";
import type { AllianceParser } from "../check/check-site.ts";
import type { ProjectPaths } from "../project.ts";

interface Entry {
  bytes: Buffer;
  parsed: ParsedFile;
}

export class AllianceParseCache {
  #entries = new Map<string, Entry>();

  clear(): void {
    this.#entries.clear();
  }

  /** parseAllianceFiles, parsing only what is new; files gone from the folder are forgotten. */
  readonly parse: AllianceParser = (paths: ProjectPaths, vocabulary: Vocabulary, files: readonly string[]): ParsedFile[] => {
    const current = new Map<string, Buffer | undefined>();
    for (const file of files) {
      try {
        current.set(file, readFileSync(file));
      } catch {
        // Unreadable now: parsed afresh, so its problem is reported the usual way.
        current.set(file, undefined);
      }
    }
    const stale = files.filter((file) => {
      const bytes = current.get(file);
      const entry = this.#entries.get(file);
      return !bytes || !entry || !entry.bytes.equals(bytes);
    });
    const fresh = new Map(parseAllianceFiles(paths, vocabulary, stale).map((parsed) => [parsed.fullPath, parsed]));
    const next = new Map<string, Entry>();
    const out = files.map((file) => {
      const parsed = fresh.get(file) ?? this.#entries.get(file)!.parsed;
      const bytes = current.get(file);
      if (bytes) next.set(file, { bytes, parsed });
      return parsed;
    });
    this.#entries = next;
    return out;
  };
}
