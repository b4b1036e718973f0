/**
 * `npm run test:no-samples`: the whole `npm test` in a copy of the project whose content/alliances/
 * is empty, proving that no test depends on the sample alliances (founders delete them).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/run-cli.ts";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));

/** Not copied: dependencies are linked, and outputs, caches and history are not the project. */
const SKIPPED = new Set(["node_modules", ".git", "_site", ".cache", "bench-results"]);

await runCli(
  {
    name: "test:no-samples",
    summary: "Run `npm test` in a temporary copy of the project with every sample alliance deleted.",
    flags: {
      keep: { type: "boolean", description: "Keep the temporary copy (its path is printed)." },
    },
  },
  (values) => {
    const copy = mkdtempSync(path.join(tmpdir(), "alliance-no-samples-"));
    console.log(`test:no-samples: npm test in ${copy}, with content/alliances/ empty`);
    try {
      cpSync(repoRoot, copy, {
        recursive: true,
        filter: (source) => {
          const relative = path.relative(repoRoot, source);
          return !SKIPPED.has(relative.split(path.sep)[0]!) && !relative.startsWith(path.join("content", "alliances") + path.sep);
        },
      });
      mkdirSync(path.join(copy, "content", "alliances"), { recursive: true });
      symlinkSync(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"));
      const npm = process.platform === "win32" ? "npm.cmd" : "npm";
      const result = spawnSync(npm, ["test"], { cwd: copy, stdio: "inherit" });
      return result.status ?? 1;
    } finally {
      if (values.keep) console.log(`test:no-samples: kept ${copy}`);
      else rmSync(copy, { recursive: true, force: true });
    }
  },
);
