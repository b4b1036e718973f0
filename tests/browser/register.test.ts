// /alliances/register/ in Chromium: the same messages as `npm run check`, a downloaded file that
// passes it byte for byte, axe, keyboard only, and the form without JavaScript.
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { guardedPage, openSession, type BrowserSession } from "../helpers/browser.ts";

const REPOSITORY = "https://github.com/example/alliances";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let site: string;
let session: BrowserSession;

before(async () => {
  const siteYaml = readFileSync(path.join(import.meta.dirname, "..", "..", "data", "site.yaml"), "utf8");
  site = makeFixtureSite({ files: { "data/site.yaml": `${siteYaml.trimEnd()}\nrepository:\n  url: ${REPOSITORY}\n` } });
  const built = runScript(site, "build.ts", ["--no-kits"]);
  assert.equal(built.status, 0, built.stderr + built.stdout);
  session = await openSession(path.join(site, "_site"));
});
after(async () => {
  await session?.close();
  removeFixture(site);
});

/** What `npm run check` says about a file, one line per problem, as it prints them. */
function checkLines(slug: string, text: string): { status: number | null; lines: string[] } {
  const file = path.join(site, "content", "alliances", `${slug}.md`);
  writeFileSync(file, text);
  try {
    const result = runScript(site, "check.ts");
    return { status: result.status, lines: result.stderr.split("\n").filter((line) => line.startsWith("  ")).map((line) => line.trim()) };
  } finally {
    rmSync(file);
  }
}

async function openForm(options: Parameters<typeof guardedPage>[1] = {}) {
  const opened = await guardedPage(session, options);
  await opened.page.goto(new URL("/alliances/register/", session.server.url).href);
  return opened;
}

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const control = page.locator(`#${id}`);
    if ((await control.evaluate((e) => e.tagName)) === "SELECT") await control.selectOption(value);
    else await control.fill(value);
  }
}

describe("register page", () => {
  it("gives the messages `npm run check` gives, for the same bad answers", async () => {
    const { context, page, foreignRequests } = await openForm();
    await fill(page, {
      name: "Springfield Alliance for the ICC",
      scope: "city",
      state: "ZZ",
      status: "active",
      summary: "Short",
      "host-name": "X",
      "contact-name": "Pat Doe",
      "contact-email": "pat@",
      "members-0-name": "First Church",
      "events-0-date": "2027-02-30",
      "events-0-title": "Founding meeting",
    });
    await page.getByRole("button", { name: "Check my alliance" }).click();
    const shown = await page.locator("#register-problems li").allTextContents();
    const text = await page.locator("#register-preview").textContent();
    const checked = checkLines("springfield-alliance-for-the-icc", text ?? "");
    assert.equal(checked.status, 1);
    assert.ok(shown.length >= 6, shown.join("\n"));
    assert.deepEqual(shown, checked.lines);
    assert.ok(shown.some((line) => line.includes("city: found nothing; expected a city when scope is city")), shown.join("\n"));
    assert.equal(await page.locator("#contact-email").getAttribute("aria-invalid"), "true");
    assert.match((await page.locator("#contact-email-error").textContent()) ?? "", /expected an email address such as name@example.org/);
    assert.equal(await page.locator("#register-result").isHidden(), true, "no file is offered while there are problems");
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  it("checks as you type, only the fields already touched", async () => {
    const { context, page } = await openForm();
    await page.locator("#summary").fill("Short");
    assert.match((await page.locator("#summary-error").textContent()) ?? "", /found 5 characters; expected at least 10 characters/);
    assert.equal(await page.locator("#name-error").textContent(), "");
    await page.locator("#summary").fill("Congregations and civic clubs in Springfield.");
    assert.equal(await page.locator("#summary-error").textContent(), "");
    await context.close();
  });

  it("by keyboard alone, makes a file that passes check byte for byte as downloaded", async () => {
    const { context, page, foreignRequests } = await openForm({ acceptDownloads: true });
    await page.locator("#name").focus();
    const typeInto = async (text: string) => {
      await page.keyboard.type(text);
      await page.keyboard.press("Tab");
    };
    await typeInto("Springfield Alliance for the ICC"); // name
    await page.keyboard.press("ArrowDown"); // scope: city
    await page.keyboard.press("Tab");
    await typeInto("IL"); // state
    await typeInto("Springfield"); // city
    await page.keyboard.press("Tab"); // county
    await page.keyboard.press("Tab"); // region
    await page.keyboard.press("ArrowDown"); // status: forming
    await page.keyboard.press("Tab");
    await typeInto("2026"); // founded
    await typeInto("Congregations and civic clubs in Springfield working for U.S. cooperation with the Court."); // summary
    await page.keyboard.press("Tab"); // website
    await typeInto("Second Tuesday, 7 pm, Lincoln Library"); // meetings
    await page.keyboard.press("Tab"); // time zone
    await typeInto("Springfield Civic League"); // host
    await page.keyboard.press("Tab"); // host url
    await typeInto("Pat Doe"); // contact
    await typeInto("pat@example.org"); // email
    await page.keyboard.press("Tab"); // phone
    await page.keyboard.press("Tab"); // contact page
    await typeInto("First Church of Springfield"); // member 1
    await page.keyboard.type("faith"); // kind (type-ahead in the list)
    assert.equal(await page.locator("#members-0-kind").inputValue(), "faith");
    await page.locator("#register-form button[type=submit]").focus();
    await page.keyboard.press("Enter");

    await page.locator("#register-result").waitFor();
    assert.ok(await page.locator("#register-result").evaluate((e) => e === document.activeElement), "focus moves to the result");
    await page.keyboard.press("Tab");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    assert.equal(download.suggestedFilename(), "springfield-alliance-for-the-icc.md");
    const downloaded = readFileSync((await download.path())!, "utf8");
    assert.equal(downloaded, await page.locator("#register-preview").textContent());
    assert.match(downloaded, /\nmembers:\n {2}- name: First Church of Springfield\n {4}kind: faith\n/);
    const checked = checkLines("springfield-alliance-for-the-icc", downloaded);
    assert.deepEqual(checked, { status: 0, lines: [] });

    const mail = new URL((await page.locator("#register-email").getAttribute("href"))!);
    assert.equal(mail.protocol, "mailto:");
    assert.equal(new URLSearchParams(mail.search).get("body"), downloaded);
    const issue = new URL((await page.locator("#register-issue").getAttribute("href"))!);
    assert.equal(`${issue.origin}${issue.pathname}`, `${REPOSITORY}/issues/new`);
    assert.equal(issue.searchParams.get("template"), "new-alliance.yml");
    assert.equal(issue.searchParams.get("city"), "Springfield");
    assert.equal(issue.searchParams.get("members"), "First Church of Springfield | faith");
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), []);
    assert.deepEqual(foreignRequests, [], "nothing leaves the browser");
    await context.close();
  });

  it("without JavaScript, is a printable form listing every field with its rules", async () => {
    const { context, page } = await openForm({ javaScriptEnabled: false });
    await page.emulateMedia({ media: "print" });
    for (const label of ["Name of the alliance", "Scope", "State", "City", "County", "Region", "Status", "Summary", "Host organization", "Contact email", "Member organization", "Your story"]) {
      assert.ok(await page.getByLabel(new RegExp(`^${label} \\(`)).first().isVisible(), label);
    }
    assert.match((await page.locator("#summary-rules").textContent()) ?? "", /10–300 characters/);
    assert.match((await page.locator("#city-rules").textContent()) ?? "", /required when scope is city/);
    assert.equal(await page.getByRole("button", { name: "Check my alliance" }).isVisible(), false);
    assert.match(await page.locator(".register-note").innerText(), /Print this form/);
    // axe needs script in the page, so it checks this markup in the tests above (same HTML).
    await context.close();
  });
});
