// The real Decap CMS at /admin/ in Chromium, against its local backend (decap-server) on
// 127.0.0.1: a staff member creates an alliance through the form and corrects another one; the
// files it writes pass `npm run check`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { parseMarkdownFile } from "../../src/content/front-matter.ts";
import { startDecapServer, type LocalCmsServer } from "../../src/cms/local-server.ts";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { openSession, type BrowserSession } from "../helpers/browser.ts";

const EXISTING = allianceFile({
  contact: '\n  name: Pat Doe # the founder\n  email: "pat@example.org"\n  phone: "217-555-0100"',
  meetings: "First Monday, 7 pm, Lincoln Library",
  founded: "2019",
});

let site: string;
let session: BrowserSession;
let cms: LocalCmsServer;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

before(async () => {
  site = makeFixtureSite({ alliances: { springfield: EXISTING } });
  const port = await freePort();
  const built = runScript(site, "build.ts", ["--no-kits"], { CMS_LOCAL_BACKEND: `http://127.0.0.1:${port}/api/v1` });
  assert.equal(built.status, 0, built.stderr + built.stdout);
  cms = await startDecapServer(site, port);
  session = await openSession(path.join(site, "_site"));
});
after(async () => {
  await session?.close();
  await cms?.close();
  removeFixture(site);
});

async function openAdmin(hash: string): Promise<Page> {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(new URL("/admin/", session.server.url).href);
  await page.getByRole("button", { name: "Login" }).click();
  await page.goto(new URL(`/admin/${hash}`, session.server.url).href);
  return page;
}

/** Decap's selects are react-select comboboxes: type to filter, Enter to pick. */
async function choose(page: Page, id: string, text: string): Promise<void> {
  const input = page.locator(`[id^="${id}-field-"]`).first();
  await input.click();
  await input.fill(text);
  await input.press("Enter");
}

async function publish(page: Page, file: string): Promise<string> {
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  try {
    await page.getByText(/^Changes saved$/i).waitFor();
  } catch (error) {
    throw new Error(`Decap did not publish ${file}:\n${await page.locator("body").innerText()}`, { cause: error });
  }
  return readFileSync(file, "utf8");
}

describe("Decap CMS at /admin/", () => {
  it("creates an alliance through the form; the file passes check", async () => {
    const page = await openAdmin("#/collections/alliances/new");
    await page.locator('[id^="name-field-"]').first().fill("Sangamon County Alliance for the ICC");
    await choose(page, "scope", "county");
    await choose(page, "state", "Illinois");
    await page.getByRole("button", { name: /Add county/i }).click();
    await page.locator('[id^="county-field-"] input, input[id^="county-field-"]').last().fill("Sangamon");
    await choose(page, "status", "forming");
    await page.locator('[id^="summary-field-"]').fill("Congregations and veterans in Sangamon County who support cooperation with the Court.");
    await page.getByLabel("Name", { exact: true }).nth(1).fill("Sangamon Civic League");
    await page.getByLabel("Name", { exact: true }).nth(2).fill("Robin Roe");
    await page.locator('[id^="email-field-"]').fill("robin@example.org");
    await page.getByRole("button", { name: /Add members/i }).click();
    await page.getByLabel("Name", { exact: true }).nth(3).fill("First Church of Springfield");
    await choose(page, "kind", "Faith");
    await page.getByRole("button", { name: /Add events/i }).click();
    await page.locator('[id^="date-field-"]').fill("2027-02-10T19:00");
    await page.locator('[id^="title-field-"]').fill("Founding meeting");
    const file = path.join(site, "content", "alliances", "sangamon-county-alliance-for-the-icc.md");
    const text = await publish(page, file);
    await page.context().close();

    const data = parseMarkdownFile(text, file).data as Record<string, unknown>;
    assert.deepEqual(
      { scope: data.scope, state: data.state, county: data.county, status: data.status, host: data.host, contact: data.contact },
      { scope: "county", state: ["IL"], county: ["Sangamon"], status: "forming", host: { name: "Sangamon Civic League" }, contact: { name: "Robin Roe", email: "robin@example.org" } },
    );
    assert.deepEqual(data.members, [{ name: "First Church of Springfield", kind: "faith" }]);
    assert.deepEqual(data.events, [{ date: "2027-02-10T19:00", title: "Founding meeting" }]);
    const check = runScript(site, "check.ts");
    assert.equal(check.status, 0, `${check.stderr}\n${text}`);
  });

  it("changes an existing alliance's meeting time: the diff is that line", async () => {
    const page = await openAdmin("#/collections/alliances/entries/springfield");
    const meetings = page.locator('[id^="meetings-field-"]');
    await meetings.fill("First Monday, 6:30 pm, Lincoln Library");
    const file = path.join(site, "content", "alliances", "springfield.md");
    const text = await publish(page, file);
    await page.context().close();

    // The whole file after the edit: the new meeting time, plus what Decap rewrites on every save
    // (README, "What the editor rewrites"): keys in the form's order (`founded` moves up), one
    // state code as a list of one (the picker allows several, for regions), text over 80
    // characters folded onto the next line, comments and quotes YAML does not need dropped.
    // The story is untouched.
    assert.equal(
      text,
      [
        "---",
        "name: Springfield Alliance for the ICC",
        "scope: city",
        "state:",
        "  - IL",
        "city: Springfield",
        "status: active",
        "founded: 2019",
        "summary: Congregations and civic clubs in Springfield working for U.S.",
        "  cooperation with the Court.",
        "host:",
        "  name: Springfield Civic League",
        "contact:",
        "  name: Pat Doe",
        "  email: pat@example.org",
        "  phone: 217-555-0100",
        "meetings: First Monday, 6:30 pm, Lincoln Library",
        "---",
        "Our alliance meets monthly.",
        "",
      ].join("\n"),
    );
    assert.equal(EXISTING.split("\n").filter((line) => line.startsWith("meetings:")).join(), "meetings: First Monday, 7 pm, Lincoln Library");
    assert.equal(runScript(site, "check.ts").status, 0);
  });
});
