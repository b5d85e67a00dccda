import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { requirePermission } from "./authenticate.ts";
import { rolesWith, type Permission } from "./policy.ts";

export { PERMISSIONS, type Permission } from "./policy.ts";

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
  return createRoute({
    ...config,
    description: config.description ? `${config.description}\n\n${access}` : access,
    security: config.security ?? [{ bearerAuth: [] }],
    middleware,
  });
}

function toArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
