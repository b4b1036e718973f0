/**
 * The printer: one Chromium, the site folder served on 127.0.0.1, and a pool of reused pages
 * (a new page per document costs several times more than the print itself), each replaced after
 * RECYCLE_AFTER documents so Chromium's renderers do not grow with the number of kits. Every
 * request to another origin fails (Chromium resolves no other host) and fails the kit, so a PDF
 * never depends on the network. No request is intercepted: interception would turn off the HTTP
 * cache, and every packet would fetch the same stylesheets and fonts again.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ParseSpeeds, PDFDocument } from "pdf-lib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CHROMIUM_ARGS, launchChromium } from "../browser/find-chromium.ts";
import { serveFolder } from "../serve/static-server.ts";
import { writeFileAtomic } from "./atomic-file.ts";
import { buildToday } from "../dates/dates.ts";
import { setMetadata, type PdfMetadata } from "./metadata.ts";
import { renumberStructureIds } from "./structure-ids.ts";
import { escapeHtml } from "../text/escape.ts";
import { outputFile } from "../urls.ts";
import { pagesForHeadings, readOutline, repairOutlineTitles } from "./outline.ts";
import type { Paper } from "./plan.ts";
import { footerTemplate, PAGE_SIZES, PRINT_SETTINGS } from "./print-settings.ts";

/**
 * Documents a pooled page prints before it is closed and replaced. A reused renderer keeps
 * growing (to ~0.9 GB each after 500 packets); a new page costs ~0.2 s, so every 200 documents
 * that is 1 ms a packet.
 */
const RECYCLE_AFTER = 200;

/**
 * Only 127.0.0.1 (the printer's own server) resolves; any other host, named or numeric, fails
 * before a connection is made. The printer reports such a request as the kit's failure.
 */
const OFFLINE_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];

/** The table of contents may push pages around once its numbers are in; it settles within a few prints. */
const MAX_TOC_PASSES = 3;

export interface PrintRequest {
  printPath: string;
  paper: Paper;
  metadata: PdfMetadata;
  /** "Page {page} of {pages}" in the kit's language. */
  pageOf: string;
  /** Absolute path of the PDF to write. */
  target: string;
}

export interface Printed {
  pages: number;
  bytes: number;
  /** The print page's text, for search records. */
  text: string;
  /** Time spent printing it (not waiting for a page). */
  seconds: number;
}

export interface CaptureRequest {
  /** The print page that lays out every image, root-relative. */
  printPath: string;
  /** What the page's fillPreview() draws. */
  entry: Record<string, string>;
  size: { width: number; height: number };
  /** Absolute path of the PNG to write. */
  target: string;
}

export interface Printer {
  print(request: PrintRequest): Promise<Printed>;
  /** Takes a picture (PNG) of a print page filled with one entry: the link previews. */
  capture(request: CaptureRequest): Promise<{ bytes: number }>;
  close(): Promise<void>;
}

interface PoolPage {
  page: Page;
  /** Documents printed or pictures taken on it so far. */
  uses: number;
  /** The print page it holds, once it has been to the printer's server (later ones are written into it). */
  showing: string | undefined;
  /** What the current document asked for that it must not have: other origins, missing files. */
  problems: string[];
}

/**
 * Fills the table of contents (`<span data-toc-page="heading-id">`) with the page each heading
 * landed on, read from the PDF's bookmarks, and prints again until the numbers stop moving.
 */
async function numberContents(
  page: Page,
  first: Buffer,
  targets: { id: string; text: string }[],
  print: () => Promise<Buffer>,
): Promise<Buffer> {
  let pdf = first;
  for (let pass = 1; pass <= MAX_TOC_PASSES; pass++) {
    const { pages, missing } = pagesForHeadings(await readOutline(pdf), targets);
    if (missing.length) throw new Error(`the table of contents has no bookmark for ${missing.map((text) => `"${text}"`).join(", ")}`);
    const changed = await page.$$eval(
      "[data-toc-page]",
      (elements, numbers) => {
        let changes = 0;
        for (const element of elements) {
          const number = String(numbers[(element as HTMLElement).dataset.tocPage ?? ""] ?? "");
          if (element.textContent !== number) {
            element.textContent = number;
            changes++;
          }
        }
        return changes;
      },
      pages,
    );
    if (!changed) return pdf;
    pdf = await print();
  }
  throw new Error(`the table of contents' page numbers did not settle after ${MAX_TOC_PASSES} prints`);
}

/** `sitePath`: the path the host serves the site under (kits/plan.json); the printer serves it there too, so the pages' links resolve. */
export async function openPrinter(siteFolder: string, concurrency: number, sitePath: string): Promise<Printer> {
  // The PDFs' dates: BUILD_DATE when set, as for the site's own "today" (reproducible builds).
  const buildDate = buildToday();
  // Nothing in the folder changes while printing: the pages may keep its files in their cache.
  const server = await serveFolder(siteFolder, 0, sitePath, { cacheable: true });
  let browser: Browser;
  try {
    browser = await launchChromium({ args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS] });
  } catch (error) {
    await server.close();
    throw error;
  }
  const origin = new URL(server.url).origin;
  /** The site's address on the printer's server: print paths are relative to the output folder. */
  const site = server.url;
  const context: BrowserContext = await browser.newContext();
  const idle: PoolPage[] = [];
  const waiting: (() => void)[] = [];
  let free = concurrency;

  const newPage = async (): Promise<PoolPage> => {
    const page = await context.newPage();
    const pooled: PoolPage = { page, uses: 0, showing: undefined, problems: [] };
    page.on("request", (request) => {
      const url = request.url();
      if (!/^(?:data|blob):/.test(url) && new URL(url).origin !== origin) pooled.problems.push(`requested another origin: ${url}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== "document") {
        pooled.problems.push(`could not load ${new URL(response.url()).pathname} (HTTP ${response.status()})`);
      }
    });
    return pooled;
  };

  /** Runs `work` on a pooled page once one of the `concurrency` slots is free. */
  const withPage = async <T>(work: (pooled: PoolPage) => Promise<T>): Promise<T> => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      const pooled = idle.pop() ?? (await newPage());
      pooled.problems = [];
      try {
        const result = await work(pooled);
        if (++pooled.uses < RECYCLE_AFTER) idle.push(pooled);
        else await pooled.page.close();
        return result;
      } catch (error) {
        // A page that failed may be stuck mid-navigation: replace it rather than reuse it.
        void pooled.page.close().catch(() => undefined);
        throw error;
      }
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };

  const missing = (printPath: string, answer: string) => new Error(`its print page ${printPath} ${answer}; render the site first (npm run build:site)`);

  /** Navigates a pooled page to a print page on the printer's server. */
  const visit = async (pooled: PoolPage, printPath: string): Promise<void> => {
    const response = await pooled.page.goto(`${site}${printPath}`, { waitUntil: "load" });
    if (!response || response.status() !== 200) throw missing(printPath, `answered ${response?.status() ?? "nothing"}`);
    pooled.showing = printPath;
  };

  /**
   * Puts a print page into a pooled page: the first by navigating to it, each next one by writing
   * it into the same document (Playwright's setContent: no navigation and no request for the HTML,
   * a third less of Chromium's time a packet), with a <base> so that its addresses resolve as at its own.
   */
  const load = async (pooled: PoolPage, printPath: string): Promise<void> => {
    if (pooled.showing === undefined) return visit(pooled, printPath);
    let html: string;
    try {
      html = readFileSync(path.join(siteFolder, outputFile(printPath)), "utf8");
    } catch {
      throw missing(printPath, "is not in the site");
    }
    const base = `<base href="${escapeHtml(`${site}${printPath}`)}">`;
    pooled.showing = undefined;
    await pooled.page.setContent(/<head(?:\s[^>]*)?>/i.test(html) ? html.replace(/<head(?:\s[^>]*)?>/i, (head) => `${head}${base}`) : `${base}${html}`, { waitUntil: "load" });
    pooled.showing = printPath;
  };

  const render = async (pooled: PoolPage, request: PrintRequest): Promise<Printed> => {
    const { page } = pooled;
    const started = performance.now();
    await load(pooled, request.printPath);
    // One round trip to the page for everything the printer needs from it before printing.
    const readPage = (pageSize: string | undefined) =>
      page.evaluate(async (pageSize) => {
        // The page names its paper for people printing from a browser; the printer's choice wins here.
        if (pageSize) {
          const style = document.createElement("style");
          style.textContent = `@page { size: ${pageSize}; }`;
          document.head.append(style);
        }
        await document.fonts.ready;
        return {
          targets: [...document.querySelectorAll<HTMLElement>("[data-toc-page]")].map((element) => {
            const id = element.dataset.tocPage ?? "";
            return { id, text: document.getElementById(id)?.textContent ?? id };
          }),
          text: document.body.innerText,
          headings: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => heading.textContent ?? ""),
        };
      }, pageSize);
    let { targets, text, headings } = await readPage(PAGE_SIZES[request.paper].css);
    const options = { ...PRINT_SETTINGS, footerTemplate: footerTemplate(request.pageOf), format: PAGE_SIZES[request.paper].format };
    let pdf = await page.pdf(options);
    if (targets.length) {
      pdf = await numberContents(page, pdf, targets, () => page.pdf(options));
      // The contents' page numbers are part of the text now.
      ({ text, headings } = await readPage(undefined));
    }

    if (pooled.problems.length) throw new Error(pooled.problems.join("; "));
    // updateMetadata: false: pdf-lib stamps no fields of its own; setMetadata writes the dates.
    // Fastest / Infinity: no pause between objects for other work (the same bytes, sooner).
    const finished = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    repairOutlineTitles(finished, headings);
    renumberStructureIds(finished);
    setMetadata(finished, request.metadata, buildDate);
    const bytes = await finished.save({ objectsPerTick: Infinity });
    writeFileAtomic(request.target, bytes);
    return {
      pages: finished.getPageCount(),
      bytes: bytes.length,
      text: text.replace(/[ \t]+/g, " ").replace(/\s*\n\s*/g, "\n").trim(),
      seconds: (performance.now() - started) / 1000,
    };
  };

  const capture = async (pooled: PoolPage, request: CaptureRequest): Promise<{ bytes: number }> => {
    const { page } = pooled;
    await page.setViewportSize(request.size);
    // One visit per pooled page: later images only refill it, which costs far less than loading it again.
    if (pooled.showing !== request.printPath) await visit(pooled, request.printPath);
    const fill = await page.evaluate((entry) => {
      const fillPreview = (window as unknown as { fillPreview?: (entry: unknown) => { fits: boolean } }).fillPreview;
      return fillPreview ? fillPreview(entry) : undefined;
    }, request.entry);
    if (!fill) throw new Error(`the print page ${request.printPath} has no fillPreview(): its script did not load`);
    if (!fill.fits) throw new Error("its text does not fit the image even at the smallest size");
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (pooled.problems.length) throw new Error(pooled.problems.join("; "));
    const png = await page.screenshot({ type: "png", clip: { x: 0, y: 0, ...request.size }, animations: "disabled" });
    mkdirSync(path.dirname(request.target), { recursive: true });
    writeFileAtomic(request.target, png);
    return { bytes: png.length };
  };

  return {
    print: (request) => withPage((pooled) => render(pooled, request)),
    capture: (request) => withPage((pooled) => capture(pooled, request)),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
