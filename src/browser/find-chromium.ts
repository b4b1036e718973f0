/**
 * Finds a Chromium for Playwright: CHROMIUM_PATH, then Playwright's own download, then a system
 * Chromium or Chrome. When none is found, the error says how to install one on each platform.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
];

export const INSTALL_HELP = `No Chromium was found. Install one, or point CHROMIUM_PATH at it:
  Debian/Ubuntu: sudo apt-get install chromium   (Ubuntu: sudo snap install chromium)
  macOS:         brew install --cask chromium, or install Google Chrome
  Windows:       install Google Chrome, or set CHROMIUM_PATH to chrome.exe
  Any platform:  npx playwright install chromium`;

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH: found "${fromEnv}", which does not exist; expected the path of a Chromium or Chrome executable.\n${INSTALL_HELP}`);
    return fromEnv;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's own browser is not installed: look for a system one.
  }
  const system = SYSTEM_BROWSERS.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(INSTALL_HELP);
}

/** Flags for a headless, sandbox-friendly Chromium that never reaches the network on its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, ...options });
}
