/**
 * `npm start`'s dev server on a fixture site: edits to alliance files rebuild only their pages
 * (src/serve/dev-rebuild.ts), and the served site shows every edit, a new alliance, a deleted
 * one's pages gone, and a bad edit's problems (without a stack trace) while it keeps serving the
 * last good pages.
 */
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import * as cheerio from "cheerio";
import { httpGet, startDevServer, until, untilServing, type DevServer } from "../../src/bench/serve-edit.ts";
import { allianceFile, makeFixtureSite, removeFixture } from "../helpers/fixture-site.ts";

const SPRINGFIELD = "Congregations and civic clubs in Springfield working for U.S. cooperation with the Court.";
const EDITED = "Edited under the dev server: Springfield now meets at the public library.";

describe("npm start's dev server after alliance edits", () => {
  let site: string;
  let server: DevServer;
  const get = async (address: string) => {
    const { status, body } = await httpGet(`http://127.0.0.1:${server.port}${address}`);
    return { status, html: body };
  };
  /** Waits until the page at `address` answers as `check` wants (each rebuild takes a moment). */
  const untilPage = (what: string, address: string, check: (page: { status: number; html: string }) => boolean) =>
    withServerOutput(until(what, 60_000, async () => check(await get(address))));
  /** A failed wait says what the server printed. */
  const withServerOutput = (waiting: Promise<void>) =>
    waiting.catch((error: Error) => {
      throw new Error(`${error.message}\n${server.lines.slice(-20).map((entry) => entry.line).join("\n")}`);
    });
  const write = (slug: string, text: string) => writeFileSync(path.join(site, "content", "alliances", `${slug}.md`), text);
  const summaryOn = (html: string) => cheerio.load(html)("main").text();

  before(async () => {
    site = makeFixtureSite({
      alliances: {
        springfield: allianceFile(),
        madison: allianceFile({ name: "Madison Alliance for the ICC", state: "WI", city: "Madison", summary: "Neighbors in Madison for the Court, meeting monthly downtown." }),
      },
    });
    server = await startDevServer(site, { ...process.env, BUILD_DATE: "2026-11-26" });
    await untilServing(server, `http://127.0.0.1:${server.port}/alliances/springfield/`, 240_000);
  });
  after(async () => {
    await server?.stop();
    removeFixture(site);
  });

  it("serves an edited summary on the alliance's page, in both languages, and on its state's page", { timeout: 120_000 }, async () => {
    assert.match(summaryOn((await get("/alliances/springfield/")).html), new RegExp(SPRINGFIELD.replace(/\./g, "\\.")));
    write("springfield", allianceFile({ summary: JSON.stringify(EDITED) }));
    await untilPage("the edited alliance page", "/alliances/springfield/", (page) => summaryOn(page.html).includes(EDITED));
    for (const address of ["/es/alliances/springfield/", "/states/il/", "/alliances/"]) {
      const page = await get(address);
      assert.equal(page.status, 200, address);
      assert.ok(summaryOn(page.html).includes(EDITED), `${address} shows the edit`);
    }
    // Another alliance's page was not rendered again, and still reads as before.
    assert.match(summaryOn((await get("/alliances/madison/")).html), /Neighbors in Madison for the Court/);
  });

  it("serves a new alliance's pages and lists it on its state's page", { timeout: 120_000 }, async () => {
    write("peoria", allianceFile({ name: "Peoria Alliance for the ICC", city: "Peoria", summary: JSON.stringify("Peoria's libraries and clubs, together for the Court.") }));
    await untilPage("the new alliance's page", "/alliances/peoria/", (page) => page.status === 200);
    assert.match(cheerio.load((await get("/alliances/peoria/")).html)("h1").text(), /Peoria Alliance for the ICC/);
    // The cards and print pages are written after Eleventy's pages, in the same rebuild (src/build/alliance-files.ts).
    await untilPage("the new alliance's card", "/alliances/peoria/card/", (page) => page.status === 200);
    assert.match(cheerio.load((await get("/alliances/peoria/card/")).html)("h1").text(), /Peoria Alliance for the ICC/);
    assert.equal((await get("/kits/print/alliances/peoria/")).status, 200);
    const state = cheerio.load((await get("/states/il/")).html);
    assert.deepEqual(
      state(".alliance-card .card__title a").map((_, link) => state(link).text()).get().sort(),
      ["Peoria Alliance for the ICC", "Springfield Alliance for the ICC"],
    );
  });

  it("stops serving a deleted alliance's pages and drops it from its state's page", { timeout: 120_000 }, async () => {
    rmSync(path.join(site, "content", "alliances", "madison.md"));
    await untilPage("the deleted alliance's page to go", "/alliances/madison/", (page) => page.status === 404);
    for (const address of ["/es/alliances/madison/", "/alliances/madison/card/", "/kits/print/alliances/madison/"]) assert.equal((await get(address)).status, 404, address);
    assert.doesNotMatch(summaryOn((await get("/states/wi/")).html), /Madison Alliance/);
    assert.doesNotMatch(summaryOn((await get("/alliances/")).html), /Madison Alliance/);
  });

  it("reports every problem of a bad edit with its file and line, and keeps serving the last good page", { timeout: 120_000 }, async () => {
    const shown = server.lines.length;
    write("springfield", allianceFile({ summary: JSON.stringify("Bad edit: this text must never be served."), state: "ZZ", status: "sleeping" }));
    const problem = (pattern: RegExp) => server.lines.slice(shown).some((entry) => pattern.test(entry.line.trim()));
    await withServerOutput(until("the bad edit's problems", 60_000, () => problem(/^(\[11ty\] +)?content\/alliances\/springfield\.md:\d+: state: found "ZZ"; expected/) && problem(/^(\[11ty\] +)?content\/alliances\/springfield\.md:\d+: status: found "sleeping"; expected/)));
    // The problems alone, as `npm run check` prints them: no stack trace after them.
    await withServerOutput(until("the failed rebuild's end", 60_000, () => problem(/^(\[11ty\] +)?Wrote \d+ files/)));
    const trace = server.lines.slice(shown).filter((entry) => /Original error stack trace|^(\[11ty\] +)?at /.test(entry.line.trim()));
    assert.deepEqual(trace.map((entry) => entry.line), [], "no stack trace");
    const page = await get("/alliances/springfield/");
    assert.equal(page.status, 200);
    assert.ok(summaryOn(page.html).includes(EDITED), "the last good page");
    assert.ok(!page.html.includes("Bad edit"));
  });
});
