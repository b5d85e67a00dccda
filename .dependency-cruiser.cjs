/**
 * The layering rules (ARCHITECTURE.md, "Dependency rules"), checked by `npm run deps:check` in CI.
 * Dependencies point down: routes -> services -> domain, db; db -> domain; domain -> nothing of the app.
 */
const app = "^src/";
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "src/domain holds pure rules: it imports nothing else of the app (no SQL, no HTTP, no services).",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: app, pathNot: "^src/domain/" },
    },
    {
      name: "domain-has-no-framework",
      comment: "Pure rules know no web framework and no database driver.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { dependencyTypes: ["npm"], path: "node_modules/(hono|drizzle-orm|postgres|@electric-sql)/" },
    },
    {
      name: "db-below-services",
      comment: "src/db is called by services and routes, never the other way; it throws domain errors, not problems.",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/(routes|services|contract|cli)/|^src/lib/(problem|errors|router|middleware|http|csv|tabular)" },
    },
    {
      name: "services-free-of-http",
      comment: "Use cases take an Actor, not a request: no routes, no Hono, no HTTP helpers.",
      severity: "error",
      from: { path: "^src/services/" },
      to: { path: "^src/(routes|cli)/|^src/lib/(errors|router|middleware|http|csv|tabular|context)|node_modules/hono/" },
    },
    {
      name: "no-hono-below-routes",
      comment: "Only routes, lib and the entries speak HTTP.",
      severity: "error",
      from: { path: "^src/(db|services|domain|contract)/" },
      to: { path: "node_modules/hono/" },
    },
    {
      name: "contract-is-shapes",
      comment: "The public schemas and their mappers: no routes, services or queries (table types only).",
      severity: "error",
      from: { path: "^src/contract/" },
      to: { path: "^src/(routes|services|cli)/|^src/db/(?!schema/)" },
    },
    {
      name: "routes-do-not-reach-across",
      comment: "routes/X imports no routes/Y: what two resources share lives in contract, services or db.",
      severity: "error",
      from: { path: "^src/routes/([^/]+)/" },
      to: { path: "^src/routes/([^/]+)/", pathNot: "^src/routes/$1/" },
    },
    {
      name: "sql-lives-in-db",
      comment: "Routes and services build no queries: every query is a function in src/db/<aggregate>/.",
      severity: "error",
      from: { path: "^src/(routes|services)/" },
      to: { path: "node_modules/drizzle-orm/|^src/db/schema/" },
    },
    {
      name: "nothing-imports-routes",
      comment: "Only the app assembles routes.",
      severity: "error",
      from: { path: app, pathNot: "^src/(routes|app\\.ts)" },
      to: { path: "^src/routes/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: { path: app },
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".js", ".mjs", ".json"] },
    exclude: { path: "src/client/schema\\.ts" },
  },
};
