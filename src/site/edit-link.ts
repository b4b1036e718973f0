/** "Edit this page": the address of a page's source file in the site's repository (GitHub's form). */
import type { SiteConfig } from "./schema.ts";

export function editUrl(file: string, repository: SiteConfig["repository"]): string | undefined {
  if (!repository) return undefined;
  const relative = file.replace(/\\/g, "/").replace(/^\.\//, "");
  const encoded = relative.split("/").map(encodeURIComponent).join("/");
  return `${repository.url.replace(/\/+$/, "")}/edit/${repository.branch.split("/").map(encodeURIComponent).join("/")}/${encoded}`;
}
