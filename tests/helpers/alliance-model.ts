/** Loaded alliances (what the check hands on) for unit tests of the pure modules that take them. */
import type { Alliance } from "../../src/alliances/load.ts";

/** A valid city alliance in Springfield, Illinois, named after its slug, with `fields` replaced. */
export function loadedAlliance(fields: Partial<Alliance> = {}): Alliance {
  const slug = fields.slug ?? "test";
  return {
    slug,
    file: `content/alliances/${slug}.md`,
    name: `${slug} alliance`,
    scope: "city",
    state: ["IL"],
    city: "Springfield",
    status: "active",
    summary: "A test alliance.",
    host: { name: "Host Club" },
    contact: { name: "Pat", email: "pat@example.org" },
    storyHtml: "",
    storyText: "",
    ...fields,
  };
}
