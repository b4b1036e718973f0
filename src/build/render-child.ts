/**
 * The child process of render-process.ts: renders the site it is sent and replies with the
 * result, then exits, handing its memory back.
 */
import { siteModel } from "../site/model.ts";
import type { RenderReply, RenderRequest } from "./render-process.ts";
import { renderSite } from "./render-site.ts";

process.once("message", async (message) => {
  const { paths, output, checked } = message as RenderRequest;
  let reply: RenderReply;
  try {
    reply = { ok: true, rendered: await renderSite(paths, output, siteModel(checked)) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  // Exits once the reply is sent: whatever Eleventy left open must not keep the child alive.
  process.send!(reply, () => process.exit(reply.ok ? 0 : 1));
});
