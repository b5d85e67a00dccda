import { Hono } from "hono";
import type { AppEnv } from "../../lib/context.ts";

/**
 * The docs UI (Scalar) served entirely from this service: bureau intranets are often offline, so the
 * bundle comes from the installed package (Node) or the Worker's static assets, never a CDN, and the
 * web fonts are switched off.
 */
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Shizi API</title>
</head>
<body>
  <div id="app"></div>
  <script src="/docs/scalar.js"></script>
  <script>
    Scalar.createApiReference('#app', {
      url: '/openapi.json',
      withDefaultFonts: false,
      hideClientButton: false,
      authentication: { preferredSecurityScheme: 'bearerAuth' },
    });
  </script>
</body>
</html>`;

export const docsRouter = new Hono<AppEnv>()
  .get("/docs", (c) => c.html(page))
  .get("/docs/scalar.js", async (c) => {
    const load = c.var.deps.docsScript;
    if (!load) {
      // Workers: the bundle is a static asset; normally served before the Worker runs, this covers the rest.
      const assets = (c.env as { ASSETS?: { fetch(r: Request): Promise<Response> } } | undefined)?.ASSETS;
      if (!assets) return c.notFound();
      const asset = await assets.fetch(c.req.raw);
      return new Response(asset.body, asset); // copy: asset responses have immutable headers
    }
    return c.body(await load(), 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    });
  });
