/**
 * Where a site's parts live. A site is a folder with content/, data/, layouts/ and assets/;
 * the build runs in it (the repository itself, or a test fixture).
 */
import path from "node:path";

export interface ProjectPaths {
  root: string;
  content: string;
  data: string;
  layouts: string;
  assets: string;
  handbook: string;
  news: string;
  alliances: string;
  output: string;
}

export function projectPaths(root = process.cwd(), output = path.join(root, "_site")): ProjectPaths {
  const content = path.join(root, "content");
  return {
    root,
    content,
    data: path.join(root, "data"),
    layouts: path.join(root, "layouts"),
    assets: path.join(root, "assets"),
    handbook: path.join(content, "handbook"),
    news: path.join(content, "news"),
    alliances: path.join(content, "alliances"),
    output,
  };
}

/** A path as a founder would type it: relative to the site's folder. */
export function displayPath(paths: ProjectPaths, file: string): string {
  return path.relative(paths.root, file) || file;
}
