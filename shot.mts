import { launchChromium } from "/work/main/src/browser/find-chromium.ts";
import { serveFolder } from "/work/main/src/serve/static-server.ts";
const server = await serveFolder("/work/main/_site");
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
for (const [u, f] of [["/handbook/organizational-meeting/", "ch"], ["/alliances/", "dir"], ["/alliances/cook-county/", "al"], ["/", "home"]]) {
  await page.goto(server.url + u);
  await page.screenshot({ path: `/tmp/${f}.png`, fullPage: false });
}
await browser.close(); await server.close();
