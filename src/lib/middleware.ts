import type { Context, MiddlewareHandler } from "hono";
import { authenticate } from "../auth/authenticate.ts";
import { claimKey, releaseClaim, retakeStaleClaim, storedKey, storeResponse } from "../db/idempotency/keys.ts";
import type { AppEnv } from "./context.ts";
import { uuidv7 } from "./ids.ts";
import { ApiError } from "./problem.ts";

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** X-Request-Id (echo a sane caller value, else a new UUIDv7) and one JSON log line per request. */
export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : uuidv7();
  c.set("requestId", requestId);
  const started = performance.now();
  await next();
  c.res.headers.set("X-Request-Id", requestId);
  c.var.deps.logger.log(c.res.status >= 500 ? "error" : "info", "request", {
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    requestId,
  });
};

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Claims older than this with no stored response are treated as abandoned (the process died). */
const STALE_CLAIM_SECONDS = 60;
const REPLAYED_HEADERS = ["content-type", "etag", "location"];

/**
 * Idempotency-Key on POST. The key is claimed first (insert-or-nothing), so two concurrent requests with
 * the same key cannot both run; the second gets 409 while the first is in progress. A completed key
 * replays the stored status, headers and body; a key reused with a different request is 422.
 * Server errors and 429s release the claim so the client may retry.
 *
 * Keys belong to the authenticated principal: this middleware runs before the route's own
 * authentication, so it authenticates bearer requests itself and scopes the key by principal id. A
 * request without a bearer token runs normally (no claim, no replay): otherwise anyone who learned a
 * key could read the stored response, or poison the key with a stored 401 before its owner used it.
 *
 * `replays` names routes whose 2xx response is the resource they stored (by path, e.g. a sync batch
 * and its 30,000-row result): the key keeps a reference, the Location, instead of a second copy of
 * the body (a null body), and a replay renders the resource from there again.
 */
export const idempotency =
  (replays: Record<string, Replay> = {}): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (c.req.method !== "POST" || key === undefined) return next();
    if (key.length < 1 || key.length > 255) {
      throw ApiError.invalid("Idempotency-Key must be 1–255 characters", [{ parameter: "idempotency-key", detail: "1–255 characters" }]);
    }
    if (!/^bearer\s/i.test(c.req.header("authorization") ?? "")) return next();
    const scope = (await authenticate(c)).id;
    const db = c.var.db;
    const body = await c.req.text();
    const requestHash = await sha256(`${c.req.method} ${c.req.path}\n${body}`);

    if (!(await claimKey(db, { scope, key, method: c.req.method, path: c.req.path, requestHash }))) {
      const stored = await storedKey(db, scope, key);
      if (!stored) return next(); // expired between the insert and the read; run normally
      if (stored.requestHash !== requestHash) {
        throw new ApiError("idempotency_key_reused", "This Idempotency-Key was already used for a different request");
      }
      if (stored.status === 0) {
        if (!(await retakeStaleClaim(db, scope, key, STALE_CLAIM_SECONDS)))
          throw new ApiError("idempotency_in_progress", "Retry when the first request has finished");
      } else {
        const headers = new Headers(stored.responseHeaders ?? {});
        headers.set("Idempotent-Replayed", "true");
        const render = replays[stored.path];
        const body =
          stored.responseBody === null && render ? await (await render(c, headers.get("location")!)).text() : stored.responseBody;
        return new Response(body, { status: stored.status, headers });
      }
    }

    try {
      await next();
    } catch (err) {
      await releaseClaim(db, scope, key);
      throw err;
    }
    if (c.res.status >= 500 || c.res.status === 429 || c.res.status === 401) {
      await releaseClaim(db, scope, key);
      return;
    }
    const responseHeaders: Record<string, string> = {};
    for (const h of REPLAYED_HEADERS) {
      const v = c.res.headers.get(h);
      if (v) responseHeaders[h] = v;
    }
    const byReference = c.res.ok && responseHeaders.location !== undefined && replays[c.req.path] !== undefined;
    const responseBody = byReference ? null : await c.res.clone().text();
    await storeResponse(db, scope, key, { status: c.res.status, responseHeaders, responseBody });
  };

/** Renders the stored resource at `location` as the route answered it. */
export type Replay = (c: Context<AppEnv>, location: string) => Promise<Response>;
