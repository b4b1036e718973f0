// The printable kits of a founder's own site: what each PDF says and how it is made, incremental
// printing, the kits command's options, and what happens when a kit cannot be printed.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import jsQRModule from "jsqr";
import { PNG } from "pngjs";
import type { Manifest } from "../../src/kits/manifest.ts";
import { piecesOf } from "../../src/kits/pieces.ts";
import type { KitPlan } from "../../src/kits/plan.ts";
import { loadData } from "../../src/data/load-data.ts";
import { projectPaths } from "../../src/project.ts";
import { urls } from "../../src/urls.ts";
import { guardedPage, openSession, type BrowserSession } from "../helpers/browser.ts";
import { allianceFile, makeFixtureSite, removeFixture, repoRoot, runScript, type RunResult } from "../helpers/fixture-site.ts";
import { readPage } from "../helpers/html.ts";
import { readPdf } from "../helpers/pdf.ts";

// jsqr is CommonJS typed as an ES module: under NodeNext its function is the default's `default`.
const jsQR = jsQRModule.default;

const SITE_URL = "https://example.org";
const env = { SITE_URL };

const alliances = {
  springfield: allianceFile({
    sample: "true",
    meetings: "First Monday, 7 pm, Lincoln Library",
    contact: '\n  name: Pat Doe\n  email: pat@example.org\n  phone: "217-555-0199"',
    members: "\n  - name: First Church\n    kind: faith",
    events: "\n  - date: 2027-01-20T19:00\n    title: Talk on the Rome Statute\n    place: Lincoln Library\n  - date: 2025-03-01\n    title: Old film night",
  }),
  "twin-ports": allianceFile({
    name: "Twin Ports Alliance",
    scope: "region",
    region: "Twin Ports",
    city: "",
    state: "[MN, WI]",
    status: "forming",
    host: "\n  name: Duluth Civic Forum",
    contact: "\n  name: Lee Park\n  email: lee@example.org",
  }),
  "dane-county": allianceFile({ name: '"Dane County Friends & <b>Neighbors</b>"', scope: "county", county: "Dane", city: "", state: "WI" }),
};
const KIT_COUNT = Object.keys(alliances).length + 2;
const PIECES = [
  "An invitation to join",
  "The ICC in brief",
  "Common ground: talking points",
  "Agenda",
  "Sign-up sheet",
  "Join",
];

let site: string;
let first: RunResult;
const output = () => path.join(site, "_site");
const kitFile = (id: string) => path.join(output(), "kits", `${id}.pdf`);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(output(), file), "utf8")) as T;
const output2 = (result: RunResult) => result.stdout + result.stderr;
const SUMMARY = /^kits: (\d+) printed, (\d+) unchanged, (\d+) failed \(\d+\.\d s\)/m;

function summary(result: RunResult): { printed: number; unchanged: number; failed: number } {
  const match = SUMMARY.exec(result.stdout);
  assert.ok(match, `no summary line in:\n${output2(result)}`);
  return { printed: Number(match[1]), unchanged: Number(match[2]), failed: Number(match[3]) };
}

/** Every file under the site's output with its size and modification time, to show nothing changed. */
function snapshot(): string[] {
  return (readdirSync(output(), { recursive: true }) as string[])
    .sort()
    .map((file) => {
      const stat = statSync(path.join(output(), file));
      return `${file} ${stat.size} ${stat.mtimeMs}`;
    });
}

function setFounderTemplate(text: string): void {
  writeFileSync(path.join(site, "content", "kits", "founder-kit.njk"), text);
}

before(() => {
  site = makeFixtureSite({ alliances });
  first = runScript(site, "build.ts", [], env);
  assert.equal(first.status, 0, output2(first));
});
after(() => removeFixture(site));

describe("printed kits", () => {
  it("prints every kit in the build and says so in one summary line", () => {
    assert.deepEqual(summary(first), { printed: KIT_COUNT, unchanged: 0, failed: 0 });
    for (const id of ["handbook", "founder-kit", ...Object.keys(alliances)]) assert.ok(existsSync(kitFile(id)), `${id}.pdf`);
    assert.equal(readJson<Manifest>("kits/manifest.json").kits.length, KIT_COUNT);
  });

  it("an alliance's packet has its details, and each of the six pieces on its own page", async () => {
    const pdf = await readPdf(kitFile("springfield"));
    assert.equal(pdf.pages.length, 6);
    const [letter, facts, points, agenda, signUp, flyer] = pdf.pages as [string, string, string, string, string, string];
    for (const expected of ["Springfield Alliance for the ICC", "Springfield Civic League", "Pat Doe", "pat@example.org", "217-555-0199", "First Monday, 7 pm, Lincoln Library", "First Church"]) {
      assert.ok(letter.includes(expected), `the cover letter says ${expected}`);
    }
    assert.match(facts, /The ICC in brief .*Rome Statute was adopted in Rome on 17 July 1998/);
    assert.match(points, /Common ground: talking points .*Veterans and military families/);
    assert.match(agenda, /Agenda: Talk on the Rome Statute Wednesday, January 20, 2027, 7:00 pm CT · Lincoln Library/);
    const rows = /Name Organization Email Phone Interests ((?:\d+ )+)/.exec(signUp)?.[1]?.trim().split(" ").map(Number) ?? [];
    assert.ok(rows.length >= 15, `the sign-up sheet has ${rows.length} rows`);
    assert.deepEqual(rows, rows.map((_, index) => index + 1));
    assert.match(flyer, /Join Springfield Alliance for the ICC .*NEXT EVENT Talk on the Rome Statute/);
    assert.ok(flyer.includes(`${SITE_URL}/alliances/springfield/`), "the flyer prints the page's address");
    pdf.pages.forEach((page, index) => {
      assert.match(page, /^Sample\. /, `page ${index + 1} says it is a sample`);
      assert.ok(page.includes(`Page ${index + 1} of 6`), `page ${index + 1} has its number in the footer`);
    });
    assert.deepEqual(
      pdf.bookmarks.map((bookmark) => [bookmark.page, PIECES.find((piece) => bookmark.title.startsWith(piece))]),
      PIECES.map((piece, index) => [index + 1, piece]),
    );
  });

  it("every PDF is US Letter, tagged, with an outline, metadata, embedded fonts and selectable text", async () => {
    const plan = readJson<KitPlan>("kits/plan.json");
    for (const kit of plan.kits) {
      const pdf = await readPdf(kitFile(kit.id));
      assert.ok(pdf.sizes.every(([width, height]) => width === 612 && height === 792), `${kit.id} is on Letter paper`);
      assert.equal(pdf.info.Title, kit.title);
      assert.equal(pdf.info.Author, kit.author);
      assert.equal(pdf.info.Subject, kit.description);
      assert.equal(pdf.info.Keywords, kit.keywords.join(", "));
      assert.equal(pdf.info.Language, "en-US");
      assert.ok(pdf.tagged, `${kit.id} is tagged`);
      assert.ok(pdf.bookmarks.length > 0, `${kit.id} has bookmarks`);
      assert.deepEqual(pdf.unembeddedFonts, [], `${kit.id} embeds its fonts`);
      assert.ok(pdf.pages.every((page) => page.length > 100), `${kit.id} has text on every page`);
    }
    const packet = plan.kits.find((kit) => kit.id === "springfield");
    assert.equal(packet?.title, "Springfield Alliance for the ICC: recruitment packet (sample)");
  });

  it("without an upcoming event, the packet has a model meeting agenda; a name is printed as written", async () => {
    const twin = await readPdf(kitFile("twin-ports"));
    assert.match(twin.pages[3] ?? "", /Model meeting agenda/);
    assert.ok(twin.pages.every((page) => !page.includes("Sample")), "a real alliance's packet does not say Sample");
    assert.ok(twin.pages[0]?.includes("Lee Park"));
    const dane = await readPdf(kitFile("dane-county"));
    assert.ok(dane.pages[0]?.includes("Dane County Friends & <b>Neighbors</b>"), dane.pages[0]);
  });

  it("the founder kit has the founding checklist, then every piece with blanks to fill in", async () => {
    const pdf = await readPdf(kitFile("founder-kit"));
    const checklist = readFileSync(path.join(site, "data", "founding-checklist.yaml"), "utf8");
    const tasks = [...checklist.matchAll(/^- task: (.+)$/gm)].map((match) => match[1]!);
    const firstPage = pdf.pages[0] ?? "";
    assert.match(firstPage, /^FOR THE FOUNDER Founding checklist/);
    for (const task of tasks.slice(0, 3)) assert.ok(firstPage.includes(task), task);
    assert.ok(pdf.pages.join(" ").includes(tasks.at(-1)!), "the last task is printed too");
    const bookmarks = pdf.bookmarks.map((bookmark) => bookmark.title);
    assert.equal(bookmarks[0], "Founding checklist");
    const pieces = PIECES.map((piece) => (piece === "Agenda" ? "Model agenda: the organizational meeting" : piece));
    for (const piece of pieces) assert.ok(bookmarks.some((title) => title.startsWith(piece)), `${piece} in ${bookmarks.join(" | ")}`);
    const text = pdf.pages.join(" ");
    for (const blank of ["name of the alliance", "host organization", "contact person", "day and date"]) assert.ok(text.includes(blank), `a blank for ${blank}`);
    assert.ok(pdf.pages.at(-1)?.includes(`${SITE_URL}/`));
  });

  it("the handbook PDF has a table of contents with page numbers and a bookmark for every chapter", async () => {
    const pdf = await readPdf(kitFile("handbook"));
    const chapters = readdirSync(path.join(site, "content", "handbook"))
      .filter((name) => name.endsWith(".md"))
      .map((name) => /^title: "?(.+?)"?$/m.exec(readFileSync(path.join(site, "content", "handbook", name), "utf8"))![1]!);
    assert.ok(chapters.length >= 5);
    const contents = pdf.pages[1] ?? "";
    assert.match(contents, /^Contents /);
    for (const title of chapters) {
      const bookmark = pdf.bookmarks.find((candidate) => candidate.title === title);
      assert.ok(bookmark, `a bookmark for "${title}"`);
      assert.ok(bookmark.children.length > 0, `"${title}" has its sections under it`);
      assert.ok(pdf.pages[bookmark.page - 1]?.includes(title), `"${title}" starts on page ${bookmark.page}`);
      assert.ok(contents.includes(`${title} ${bookmark.page} `), `the contents give "${title}" page ${bookmark.page}`);
    }
    assert.ok(pdf.pages.at(-1)?.includes(`Page ${pdf.pages.length} of ${pdf.pages.length}`));
  });

  it("/kits/ lists every kit with its description, page count and size, and alliance pages link their packet", () => {
    const $ = readPage(site, "/kits/");
    const manifest = readJson<Manifest>("kits/manifest.json");
    for (const kit of manifest.kits) {
      const item = $(`a[href="${kit.url}"]`).closest("li");
      assert.equal(item.length, 1, kit.url);
      assert.ok(item.text().includes(kit.description));
      const facts = item.find(`[data-kit-facts="${kit.id}"]`).text();
      assert.match(facts, new RegExp(`^PDF, ${kit.pages} pages, \\d+ KB$`));
    }
    assert.equal($("[data-pagefind-body]").attr("data-pagefind-filter"), "type:Kit");
    const alliance = readPage(site, "/alliances/springfield/");
    assert.ok(existsSync(path.join(output(), alliance('a[href="/kits/springfield.pdf"]').attr("href")!)));
  });

  it("prints every piece data/kits.yaml declares, in its order, in the packets that have it, and /kits/ describes each", () => {
    const pieces = loadData(projectPaths(site), env).data!.kits.pieces;
    const printed = (address: string) => {
      const $ = readPage(site, address);
      return $(".kit-piece").map((_, section) => /kit-piece--([a-z0-9-]+)/.exec($(section).attr("class") ?? "")?.[1]).get();
    };
    assert.deepEqual(printed(urls.founderKitPrint()), piecesOf(pieces, "founder").map((piece) => piece.id));
    assert.deepEqual(printed(urls.alliancePacketPrint("springfield")), piecesOf(pieces, "alliance").map((piece) => piece.id));
    assert.equal(PIECES.length, piecesOf(pieces, "alliance").length, "a bookmark expected for each piece of a packet");
    const $ = readPage(site, urls.kits());
    const described = $(".kit-pieces dt").map((_, term) => [[$(term).text(), $(term).next("dd").text()]]).get() as unknown as [string, string][];
    assert.equal(described.length, pieces.length);
    pieces.forEach((piece, index) => {
      assert.ok(described[index]![0].startsWith(piece.title), piece.id);
      assert.equal(described[index]![1], piece.description);
    });
  });

  it("print pages stay out of search and the sitemap", () => {
    const print = readPage(site, "/kits/print/alliances/springfield/");
    assert.equal(print("[data-pagefind-body]").length, 0);
    assert.ok(!readFileSync(path.join(output(), "sitemap.xml"), "utf8").includes("/kits/print/"));
  });

  describe("in a browser", () => {
    let session: BrowserSession;
    before(async () => {
      session = await openSession(output());
    });
    after(() => session.close());

    it("the flyer's QR code opens the alliance's page", async () => {
      const { page, foreignRequests } = await guardedPage(session);
      await page.goto(`${session.server.url}/kits/print/alliances/springfield/`);
      const png = PNG.sync.read(await page.locator(".flyer__qr svg").screenshot());
      assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, `${SITE_URL}/alliances/springfield/`);
      assert.deepEqual(foreignRequests, []);
    });

    it("the fill-in page writes what a founder types into the kit's blanks, and prints without the form", async () => {
      const { page, foreignRequests } = await guardedPage(session);
      await page.goto(`${session.server.url}/kits/fill-in/`);
      await page.getByLabel("Name", { exact: true }).fill("Peoria Alliance for the ICC");
      await page.getByLabel("Your name").fill("Sam Lee");
      await page.getByLabel("Day and date").fill("Tuesday, March 2");
      const letter = page.locator(".kit-piece--cover-letter");
      assert.match(await letter.innerText(), /We are forming Peoria Alliance for the ICC, a coalition/);
      assert.match(await letter.innerText(), /Sam Lee\s*on behalf of/);
      assert.match(await page.locator(".kit-piece--agenda").innerText(), /Date: Tuesday, March 2\s*Time:/);
      await page.getByLabel("Your name").fill("");
      assert.match(await letter.innerText(), /your name\s*on behalf of/, "an emptied field gives the blank back");
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.locator("form.fill-in").isVisible(), false);
      assert.deepEqual(foreignRequests, []);
    });
  });

  it("a second build with nothing changed prints nothing and keeps the same PDFs", () => {
    const before = readFileSync(kitFile("springfield"));
    const again = runScript(site, "build.ts", [], env);
    assert.equal(again.status, 0, output2(again));
    assert.deepEqual(summary(again), { printed: 0, unchanged: KIT_COUNT, failed: 0 });
    assert.ok(readFileSync(kitFile("springfield")).equals(before));
    assert.match(readPage(site, "/kits/")('[data-kit-facts="springfield"]').text(), /^PDF, 6 pages, \d+ KB$/);
  });
});

describe("npm run kits", () => {
  it("takes its share of the kits with --shard", () => {
    // Shard 2 of 2 is every second kit: 2 of 5 (tests/unit/kits-plan.test.ts checks the split itself).
    assert.deepEqual(summary(runScript(site, "kits.ts", ["--shard", "2/2"], env)), { printed: 0, unchanged: 2, failed: 0 });
  });

  it("reprints one kit on A4 paper with --only and --paper, in place", async () => {
    const other = readFileSync(kitFile("springfield"));
    const result = runScript(site, "kits.ts", ["--only", "twin-ports", "--paper", "a4"], env);
    assert.equal(result.status, 0, output2(result));
    assert.deepEqual(summary(result), { printed: 1, unchanged: 0, failed: 0 });
    const pdf = await readPdf(kitFile("twin-ports"));
    assert.ok(pdf.sizes.every(([width, height]) => width === 595 && height === 842), JSON.stringify(pdf.sizes));
    assert.ok(readFileSync(kitFile("springfield")).equals(other), "other kits are left alone");
    assert.equal(readJson<Manifest>("kits/manifest.json").kits.length, KIT_COUNT);
    assert.deepEqual(summary(runScript(site, "kits.ts", ["--only", "twin-ports", "--paper", "a4", "--force"], env)), { printed: 1, unchanged: 0, failed: 0 });
  });

  it("explains wrong options and a missing site", () => {
    const unknown = runScript(site, "kits.ts", ["--only", "springfeld"], env);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /--only: found "springfeld", which is not one of the 5 kits; .*\(did you mean "springfield"\?\)/);
    const shard = runScript(site, "kits.ts", ["--shard", "3/2", "--paper", "b5"], env);
    assert.equal(shard.status, 2);
    assert.match(shard.stderr, /option --shard: found "3\/2"; expected i\/n with whole numbers 1 ≤ i ≤ n/);
    assert.match(shard.stderr, /option --paper: found "b5"; expected letter or a4/);
    const unbuilt = makeFixtureSite({ alliances });
    try {
      const missing = runScript(unbuilt, "kits.ts");
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /no rendered site in .*_site; run `npm run build:site` first/);
    } finally {
      removeFixture(unbuilt);
    }
  });
});

describe("a kit that cannot be printed", () => {
  const original = readFileSync(path.join(repoRoot, "content", "kits", "founder-kit.njk"), "utf8");
  // A realistic mistake: a logo from a CDN. Printing never reaches another origin.
  const withRemoteLogo = original.replace(
    /\{% set packet = none \| packet\(site, agendas\) %\}\n?$/,
    `{% set packet = none | packet(site, agendas) %}\n{% block body %}<img src="https://cdn.example.com/logo.png" alt="Coalition logo">{{ super() }}{% endblock %}\n`,
  );
  after(() => setFounderTemplate(original));

  it("fails the build, named with its reason, and leaves _site as it was", () => {
    assert.notEqual(withRemoteLogo, original);
    setFounderTemplate(withRemoteLogo);
    const before = snapshot();
    const result = runScript(site, "build.ts", [], env);
    assert.equal(result.status, 1, output2(result));
    assert.equal(summary(result).failed, 1);
    assert.match(result.stdout, /; failed: kits\/founder-kit\.pdf \(requested another origin: https:\/\/cdn\.example\.com\/logo\.png\)$/m);
    assert.match(result.stderr, /build: failed; .*_site was left as it was/);
    assert.deepEqual(snapshot(), before);
    assert.deepEqual(readdirSync(site).filter((name) => name.startsWith("_site.")), []);
  });

  it("in place, the others are printed and no PDF or temporary file is left for it", () => {
    const render = runScript(site, "build.ts", ["--no-kits"], env);
    assert.equal(render.status, 0, output2(render));
    const result = runScript(site, "kits.ts", [], env);
    assert.equal(result.status, 1, output2(result));
    assert.deepEqual(summary(result), { printed: KIT_COUNT - 1, unchanged: 0, failed: 1 });
    assert.ok(!existsSync(kitFile("founder-kit")));
    assert.deepEqual(readdirSync(path.join(output(), "kits")).filter((name) => name.includes(".tmp-")), []);
    const manifest = readJson<Manifest>("kits/manifest.json");
    assert.deepEqual(manifest.kits.map((kit) => kit.id).sort(), ["dane-county", "handbook", "springfield", "twin-ports"]);
    assert.equal(readPage(site, "/kits/")('[data-kit-facts="founder-kit"]').text(), "PDF");
  });

  it("a template that does not render stops the build before printing, with the template named", () => {
    setFounderTemplate(original.replace('{% extends "kits/packet.njk" %}', '{% extends "kits/no-such-layout.njk" %}'));
    const before = snapshot();
    const result = runScript(site, "build.ts", [], env);
    assert.equal(result.status, 1, output2(result));
    assert.match(result.stderr, /content\/kits\/founder-kit\.njk/);
    assert.match(result.stderr, /template not found: kits\/no-such-layout\.njk/);
    assert.doesNotMatch(result.stdout, SUMMARY);
    assert.deepEqual(snapshot(), before);
    assert.deepEqual(readdirSync(site).filter((name) => name.startsWith("_site.")), []);
  });
});
