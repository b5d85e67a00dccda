import { bodyLimit } from "hono/body-limit";
import { createAuthService } from "./auth/service.ts";
import { parseEnv } from "./env.ts";
import type { AppDeps } from "./lib/context.ts";
import { notFound, onError, problemResponse } from "./lib/errors.ts";
import { idempotency, requestContext } from "./lib/middleware.ts";
import { ApiError } from "./lib/problem.ts";
import { SYNC_MAX_BODY_BYTES } from "./contract/sync.ts";
import { createRouter } from "./lib/router.ts";
import { auditRouter } from "./routes/audit/index.ts";
import { changesRouter } from "./routes/changes/index.ts";
import { clientsRouter } from "./routes/clients/index.ts";
import { configureOpenApi } from "./routes/docs/openapi.ts";
import { healthRouter } from "./routes/health/index.ts";
import { jurisdictionsRouter } from "./routes/jurisdictions/index.ts";
import { meRouter } from "./routes/me/index.ts";
import { metricsRouter } from "./routes/metrics/index.ts";
import { reportsRouter } from "./routes/reports/index.ts";
import { jwksRouter, oauthRouter } from "./routes/oauth/index.ts";
import { replaySyncBatch } from "./routes/sync/get.ts";
import { syncRouter } from "./routes/sync/index.ts";
import { schoolsRouter } from "./routes/schools/index.ts";
import { targetsRouter } from "./routes/targets/index.ts";
import { teachersRouter } from "./routes/teachers/index.ts";
import { trainingRouter } from "./routes/training/index.ts";
import { vocabulariesRouter } from "./routes/vocabularies/index.ts";

/** The Shizi API. No runtime-specific imports: Node and Workers entries pass their own deps. */
export function createApp(appDeps: AppDeps) {
  const deps = { ...appDeps, auth: appDeps.auth ?? createAuthService(parseEnv({})) };
  const app = createRouter();

  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use("*", requestContext);
  app.use("*", async (c, next) => {
    c.set("db", deps.getDb(c.env));
    await next();
  });
  // Sync batches carry up to 10,000 rows, so they get a larger body limit than everything else.
  const limit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => problemResponse(c, new ApiError("payload_too_large", `The limit is ${maxSize} bytes`)) });
  const ordinary = limit(deps.maxBodyBytes);
  const sync = limit(Math.max(deps.maxBodyBytes, SYNC_MAX_BODY_BYTES));
  app.use("/v1/*", (c, next) => (c.req.path === "/v1/sync/batches" ? sync(c, next) : ordinary(c, next)));
  app.use("/v1/*", idempotency({ "/v1/sync/batches": replaySyncBatch }));

  app.route("/", healthRouter);
  app.route("/", jwksRouter);
  app.route("/v1", oauthRouter);
  app.route("/v1", meRouter);
  app.route("/v1", clientsRouter);
  app.route("/v1", auditRouter);
  app.route("/v1", vocabulariesRouter);
  app.route("/v1", jurisdictionsRouter);
  app.route("/v1", schoolsRouter);
  app.route("/v1", teachersRouter);
  app.route("/v1", trainingRouter);
  app.route("/v1", changesRouter);
  app.route("/v1", syncRouter);
  app.route("/v1", targetsRouter);
  app.route("/v1", metricsRouter);
  app.route("/v1", reportsRouter);

  configureOpenApi(app);

  const patterns = app.routes
    .filter((r) => r.method !== "ALL")
    .map((r) => ({ method: r.method, re: new RegExp(`^${r.path.replace(/:[^/]+/g, "[^/]+")}/?$`) }));
  app.notFound((c) => {
    const allowed = [...new Set(patterns.filter((p) => p.re.test(c.req.path)).map((p) => p.method))];
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      const res = problemResponse(
        c,
        new ApiError("method_not_allowed", `${c.req.method} is not supported here; use ${allowed.join(", ")}`),
      );
      res.headers.set("Allow", allowed.join(", "));
      return res;
    }
    return notFound(c);
  });
  app.onError(onError);
  return app;
}
