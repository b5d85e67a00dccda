import { OpenAPIHono, type Hook, type RouteConfig } from "@hono/zod-openapi";
import type { Handler, MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.ts";
import { ApiError } from "./problem.ts";
import { issuesToFieldErrors } from "./zod-issues.ts";

type Issues = Parameters<typeof issuesToFieldErrors>[1];

/** The 422 a request part that fails its schema gets (the same for the framework's validators and our own). */
export function invalidInput(target: string, issues: Issues): ApiError {
  const errors = issuesToFieldErrors(target, issues);
  const where = target === "json" ? "body" : target;
  return ApiError.invalid(`${errors.length} ${where} field${errors.length === 1 ? " is" : "s are"} invalid`, errors);
}

const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw invalidInput(result.target, result.error.issues);
};

/** Every resource router is made here so validation errors are uniform problem+json. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

export type AppRouter = ReturnType<typeof createRouter>;

/**
 * A route whose JSON body its handler validates itself (a sync batch: row by row, so that one bad row
 * does not refuse the other 9,999). The contract documents the body as declared; the framework
 * validates everything else (parameters, headers) and no body, so the handler reads the text once.
 */
export function openapiOwnBody(router: AppRouter, route: RouteConfig, handler: Handler<AppEnv>): void {
  const { middleware, hide: _hide, ...documented } = route;
  router.openAPIRegistry.registerPath(documented);
  const { body: _body, ...request } = route.request ?? {};
  const register = router.openapi.bind(router) as unknown as (r: RouteConfig, h: Handler<AppEnv>) => void;
  register({ ...route, hide: true, request, middleware: middleware as MiddlewareHandler[] | undefined }, handler);
}

const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/** 415 unless the request declares a JSON body (what the framework's media-type check answers). */
export function requireJsonBody(contentType: string | undefined, hasBody: boolean): void {
  if (contentType ? !JSON_REQUEST.test(contentType) : hasBody)
    throw new ApiError("unsupported_media_type", "Send the body as application/json");
}
