/** Builds the Pagefind index of a rendered site folder through Pagefind's Node API. */
import path from "node:path";
import * as pagefind from "pagefind";

export interface IndexResult {
  pages: number;
  seconds: number;
}

export async function indexSite(outputDir: string): Promise<IndexResult> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await index.deleteIndex();
  }
}
