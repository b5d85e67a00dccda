import type { AppRouter } from "../../lib/router.ts";
import { openApiConfig } from "../../lib/openapi.ts";
import { docsRouter } from "./index.ts";

/** Registers /openapi.json, /docs and the security scheme on the root app. */
export function configureOpenApi(app: AppRouter) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "An access token from POST /v1/oauth/token",
  });
  app.doc31("/openapi.json", openApiConfig);
  app.route("/", docsRouter);
}
