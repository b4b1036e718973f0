/** One Chromium and one static server per test file, and a guard that no request leaves the origin. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../src/browser/find-chromium.ts";
import { serveFolder, type RunningServer } from "../../src/serve/static-server.ts";

export interface BrowserSession {
  browser: Browser;
  server: RunningServer;
  close(): Promise<void>;
}

/** `basePath`: serve the folder under a path, as a GitHub Pages project site is (e.g. /alliance-handbook). */
export async function openSession(siteOutput: string, basePath = ""): Promise<BrowserSession> {
  const [browser, server] = await Promise.all([launchChromium(), serveFolder(siteOutput, 0, basePath)]);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A page whose requests to any other origin are recorded (and blocked). */
export async function guardedPage(
  session: BrowserSession,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[] }> {
  const context = await session.browser.newContext(options);
  const foreignRequests: string[] = [];
  const origin = new URL(session.server.url).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  return { context, page, foreignRequests };
}
