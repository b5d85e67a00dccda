import { createRoute, type RouteConfig } from "@hono/zod-openapi";

/**
 * Every operation declares the permission it needs (`x-permission`, also published in the OpenAPI
 * document). The policy module (identity issue) decides which roles hold which permission; routes never
 * decide for themselves. `public` marks the few unauthenticated operations (health, docs, token).
 */
export const PERMISSIONS = [
  "public",
  "org.read",
  "org.write",
  "teachers.read",
  "teachers.write",
  /** Ethics (师德) and annual-appraisal records: restricted personal data. */
  "teachers.restricted.read",
  "teachers.restricted.write",
  "vocabularies.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

type Declared = { "x-permission": Permission; operationId: string; summary: string; tags: string[] };

/** createRoute that refuses (at compile time) a route without a permission, operationId, summary and tags. */
export function defineRoute<P extends string, R extends Omit<RouteConfig, "path"> & { path: P } & Declared>(config: R) {
  return createRoute(config);
}
