// The site in real Chromium: accessibility (axe, WCAG 2.2 AA), keyboard, no JavaScript, print,
// "near me", and script injected through alliance data that must never run.
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { allianceFile, makeFixtureSite, removeFixture, runScript } from "../helpers/fixture-site.ts";
import { guardedPage, openSession, type BrowserSession } from "../helpers/browser.ts";

const EVIL = `<script>window.__pwned = 1</script><img src=x onerror='window.__pwned = 2'>`;

let site: string;
let session: BrowserSession;

before(async () => {
  site = makeFixtureSite({
    keepSampleAlliances: true,
    alliances: {
      "zz-injection-test": allianceFile(
        {
          name: `"Injection ${EVIL}"`,
          summary: `"Summary ${EVIL}"`,
          meetings: `"${EVIL}"`,
          members: `\n  - name: "${EVIL}"\n    kind: civic`,
          events: `\n  - date: 2027-05-05\n    title: "${EVIL}"\n    place: "${EVIL}"`,
          concerns: `["${EVIL}"]`,
          host: `\n  name: "${EVIL}"`,
        },
        `Story ${EVIL}\n\n<iframe src="https://tracker.example.net/"></iframe>\n\n[x](javascript:window.__pwned=3)`,
      ),
    },
  });
  const result = runScript(site, "build.ts", ["--no-kits"]);
  assert.equal(result.status, 0, result.stderr + result.stdout);
  session = await openSession(path.join(site, "_site"));
});
after(async () => {
  await session?.close();
  removeFixture(site);
});

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

describe("accessibility", () => {
  for (const url of ["/", "/handbook/", "/handbook/organizational-meeting/", "/handbook/all/", "/alliances/", "/states/il/", "/states/gu/", "/alliances/cook-county/", "/alliances/cook-county/card/", "/kits/fill-in/", "/news/", "/404.html"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`axe finds nothing on ${url} (${colorScheme})`, async () => {
        const { context, page, foreignRequests } = await guardedPage(session, { colorScheme });
        await page.goto(session.server.url + url);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        assert.deepEqual(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
          [],
        );
        assert.deepEqual(foreignRequests, [], "no request leaves the origin");
        await context.close();
      });
    }
  }

  it("moves focus to the content with the skip link", async () => {
    const { context, page } = await guardedPage(session);
    await page.goto(`${session.server.url}/handbook/organizational-meeting/`);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    await page.keyboard.press("Tab");
    const next = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    assert.ok(next, "the next Tab stays in the content");
    await context.close();
  });

  it("fits a 320 px wide screen without horizontal scrolling", async () => {
    const { context, page } = await guardedPage(session, { viewport: { width: 320, height: 640 } });
    for (const url of ["/", "/handbook/organizational-meeting/", "/alliances/", "/alliances/cook-county/"]) {
      await page.goto(session.server.url + url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${url} overflows by ${overflow}px`);
    }
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("reads the handbook and lists every alliance", async () => {
    const { context, page } = await guardedPage(session, { javaScriptEnabled: false });
    await page.goto(`${session.server.url}/handbook/organizational-meeting/`);
    assert.ok((await page.locator("article").innerText()).split(/\s+/).length > 400);
    await page.goto(`${session.server.url}/alliances/`);
    assert.ok(await page.locator(".alliance-card").count() >= 15);
    assert.equal(await page.locator("[data-near-me]").isVisible(), false, "near me needs JavaScript, so it stays hidden");
    await context.close();
  });
});

describe("print", () => {
  it("hides navigation and spells out external links", async () => {
    const { context, page } = await guardedPage(session);
    await page.goto(`${session.server.url}/handbook/icc-in-brief/`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".sidebar", ".toc", ".pager", ".site-footer", ".breadcrumbs"]) {
      assert.equal(await page.locator(selector).first().isVisible(), false, selector);
    }
    const after = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('article a[href^="http"]');
      return link ? getComputedStyle(link, "::after").content : "none";
    });
    assert.match(after, /https?:\/\//);
    await context.close();
  });
});

describe("near me", () => {
  it("lists the nearest sample alliance for a ZIP code", async () => {
    const { context, page, foreignRequests } = await guardedPage(session);
    await page.goto(`${session.server.url}/alliances/`);
    await page.getByLabel("ZIP code").fill("60601");
    await page.getByRole("button", { name: "Find nearest" }).click();
    const first = page.locator(".near-me__list li").first();
    await first.waitFor();
    assert.match(await first.innerText(), /^(Cook County|Evanston)/);
    await page.getByLabel("ZIP code").fill("98101");
    await page.getByRole("button", { name: "Find nearest" }).click();
    await page.waitForFunction(() => document.querySelector(".near-me__list li")?.textContent?.startsWith("King County"));
    await page.getByLabel("ZIP code").fill("00000");
    await page.getByRole("button", { name: "Find nearest" }).click();
    await page.getByText("We do not know the ZIP code 00000").waitFor();
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  it("uses the browser's location only when asked", async () => {
    const { context, page } = await guardedPage(session, { geolocation: { latitude: 44.98, longitude: -93.27 }, permissions: ["geolocation"] });
    await page.goto(`${session.server.url}/alliances/`);
    assert.equal(await page.locator(".near-me__list").count(), 0);
    await page.getByRole("button", { name: "Use my location" }).click();
    await page.waitForFunction(() => document.querySelector(".near-me__list li")?.textContent?.startsWith("Twin Cities"));
    await context.close();
  });
});

describe("injected script", () => {
  it("never runs from any text field, member name or story", async () => {
    const { context, page, foreignRequests } = await guardedPage(session);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const url of ["/alliances/zz-injection-test/", "/alliances/", "/states/il/", "/"]) {
      await page.goto(session.server.url + url);
      await page.waitForLoadState("load");
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, url);
    }
    await page.goto(`${session.server.url}/alliances/zz-injection-test/`);
    assert.match(await page.locator("h1").innerText(), /<script>window.__pwned = 1<\/script>/);
    assert.equal(await page.locator("article iframe").count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });
});
