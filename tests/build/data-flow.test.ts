// Each fact written once: the model agenda and the kits' pieces come from data/, so an edit there
// reaches the handbook and the kits together, and mistakes there are named by `npm run check`.
// Every address the tests look for comes from src/urls.ts, as the site's own templates do.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { urls } from "../../src/urls.ts";
import { allianceFile, makeFixtureSite, removeFixture, repoRoot, runScript } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";

const agendas = readFileSync(path.join(repoRoot, "data", "agendas.yaml"), "utf8");
const kits = readFileSync(path.join(repoRoot, "data", "kits.yaml"), "utf8");

let site: string;

before(() => {
  site = makeFixtureSite({
    alliances: {
      springfield: allianceFile({ events: "\n  - date: 2027-01-20T19:00\n    title: Talk on the Rome Statute" }),
    },
    files: {
      // One edit to the organizational meeting's agenda: a new first item.
      "data/agendas.yaml": agendas.replace(
        "    - minutes: 10\n      title: Welcome and introductions\n      detail: The host organization's leader",
        "    - minutes: 7\n      title: Coffee & name tags\n      detail: Everyone finds a seat *and* a <b>name tag</b>.\n    - minutes: 3\n      title: Welcome and introductions\n      detail: The host organization's leader",
      ),
    },
  });
  const result = runScript(site, "build.ts", ["--no-kits"]);
  assert.equal(result.status, 0, result.stderr + result.stdout);
});
after(() => removeFixture(site));

describe("the model agenda, written once in data/agendas.yaml", () => {
  it("is the handbook chapter's agenda, with its minutes added up and its text shown as written", () => {
    const $ = readPage(site, urls.chapter("organizational-meeting"));
    const items = $("#model-agenda").nextUntil("h2", "ol").first().children("li");
    assert.equal(items.first().text(), "Coffee & name tags (7 minutes). Everyone finds a seat *and* a <b>name tag</b>.");
    assert.equal(items.length, 9);
    assert.equal($("b").length, 0, "markup from data is text");
    assert.ok($("#model-agenda").nextUntil("h2", "p").text().includes("Total: 90 minutes."));
  });

  it("is the founder kit's agenda, with the same items and total", () => {
    const $ = readPage(site, urls.founderKitPrint());
    const rows = $(".kit-piece--agenda tbody tr");
    assert.equal(rows.length, 9);
    assert.deepEqual(
      rows.first().children("td").map((_, cell) => $(cell).text()).get(),
      ["7", "1. Coffee & name tags. Everyone finds a seat *and* a <b>name tag</b>."],
    );
    assert.match($(".kit-piece--agenda tfoot").text(), /Total: 90 minutes/);
  });

  it("fills an alliance's event into its packet's agenda and its kit description", () => {
    const $ = readPage(site, urls.alliancePacketPrint("springfield"));
    assert.equal($("#agenda-title").text(), "Agenda: Talk on the Rome Statute");
    const plan = JSON.parse(readFileSync(path.join(site, "_site", urls.kitPlan()), "utf8")) as { kits: { id: string; description: string }[] };
    const packet = plan.kits.find((kit) => kit.id === "springfield");
    assert.match(packet?.description ?? "", /the agenda of “Talk on the Rome Statute” \(Wednesday, January 20, 2027, 7:00 pm CT\)/);
  });
});

describe("mistakes in the kits' data", () => {
  it("names a placeholder an agenda cannot fill and a piece without a template, with file, line and field", () => {
    const broken = makeFixtureSite({
      files: {
        "data/agendas.yaml": agendas.replace("title: Model meeting agenda", "title: Model agenda for {event}"),
        "data/kits.yaml": kits.replace("  - id: flyer\n", "  - id: fact-sheet\n"),
      },
    });
    try {
      const result = runScript(broken, "check.ts");
      assert.equal(result.status, 1);
      const line = agendas.split("\n").findIndex((text) => text.includes("title: Model meeting agenda")) + 1;
      assert.ok(
        result.stderr.includes(`data/agendas.yaml:${line}: meeting.title: found "Model agenda for {event}"; expected text whose only placeholders are {alliance}, {meetings}`),
        result.stderr,
      );
      assert.match(result.stderr, /data\/kits\.yaml: pieces\[6\]\.id: found "fact-sheet", which has no template; expected a piece with a template: write layouts\/kits\/pieces\/fact-sheet\.njk, or use one of /);
    } finally {
      removeFixture(broken);
    }
  });
});
