import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { problemResponses } from "../lib/problem.ts";
import { requirePermission } from "./authenticate.ts";
import { rolesWith, type Permission } from "./policy.ts";

export type { Permission } from "./policy.ts";

type Declared = { "x-permission": Permission; operationId: string; summary: string; tags: string[] };

/**
 * createRoute for every operation. It refuses (at compile time) a route without a permission,
 * operationId, summary and tags, and it is the one place authorisation is attached: a non-public
 * route gets the bearer security requirement, the permission middleware (which runs before input
 * validation, so an anonymous caller learns nothing from 422s) and a line in its description naming
 * the roles that hold the permission.
 */
export function defineRoute<P extends string, R extends Omit<RouteConfig, "path"> & { path: P } & Declared>(config: R) {
  const permission = config["x-permission"];
  if (permission === "public") return createRoute({ ...config, security: config.security ?? [] });
  const roles = rolesWith(permission).join(", ");
  const access = `**Access:** \`${permission}\` (${roles}); records outside the caller's org subtree answer 404.`;
  const middleware = [requirePermission(permission) as MiddlewareHandler, ...toArray(config.middleware)];
  // Every authenticated operation can answer 401/403 (auth), 429 (per-client rate limit); one with a
  // body also 413 (body limit) and 415. The route's own entries win.
  const standard = problemResponses([401, 403, 429, ...(config.request?.body ? [413, 415] : [])]);
  return createRoute({
    ...config,
    responses: { ...standard, ...config.responses },
    description: config.description ? `${config.description}\n\n${access}` : access,
    security: config.security ?? [{ bearerAuth: [] }],
    middleware,
  });
}

function toArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
