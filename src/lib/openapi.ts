import { problemCatalogue } from "./problem.ts";
import type { AppRouter } from "./router.ts";

/** The OpenAPI document's info and tags, and its builder: the app serves it (routes/docs), the contract CLI snapshots it. */
const API_VERSION = "0.1.0";

const description = `Shizi (师资) is the teaching-staff register an education bureau runs: teachers and their records,
schools and the administrative tree, as of any date.

**Conventions.** Business dates are \`YYYY-MM-DD\`; instants are RFC 3339 UTC. Lists are cursor-paged
(\`limit\`, \`cursor\` → \`nextCursor\`). Reads return an \`ETag\`; send it back as \`If-Match\` on PATCH to avoid
overwriting someone else's change (412 if it moved). POSTs accept an \`Idempotency-Key\` so retries are safe.
Every response carries \`X-Request-Id\`. National ID numbers are stored but returned masked.

**Errors** are RFC 9457 \`application/problem+json\`. Validation failures are 422 with \`errors[]\`, each a JSON
pointer into the body (\`pointer\`) or the name of a parameter (\`parameter\`).

| type | status | meaning |
|---|---|---|
${problemCatalogue()}
`;

export const openApiConfig = {
  openapi: "3.1.0",
  info: { title: "Shizi API", version: API_VERSION, description },
  tags: [
    { name: "System", description: "Health and contract" },
    { name: "Auth", description: "Tokens (OAuth 2.0 client credentials), keys and the calling principal" },
    { name: "Clients", description: "API clients and their roles (bureau_admin)" },
    { name: "Audit", description: "The append-only audit trail" },
    { name: "Vocabularies", description: "Code lists with zh-CN and en labels" },
    { name: "Jurisdictions", description: "The administrative tree (province → township)" },
    { name: "Schools", description: "Schools, their stages and classification" },
    { name: "Teachers", description: "The teacher record" },
    { name: "Teacher records", description: "Effective-dated sub-records of a teacher: assignments, titles, education, credentials, ..." },
    { name: "Training programmes", description: "Programmes (培训项目), enrolments, 上站, results and 单科结业" },
    { name: "Training records", description: "Training hours (学时): programme completions and claims, verified by clerks" },
    { name: "Training rules", description: "Versioned continuing-education cycle rules, inherited down the jurisdiction tree" },
    { name: "Training compliance", description: "Cycle compliance per teacher and per school or jurisdiction, and transcripts" },
    { name: "Sync", description: "For school staff systems: the change feed (and batch push)" },
    { name: "Training statistics", description: "Programme statistics and roll-ups by jurisdiction and year (aggregates only)" },
    {
      name: "Targets",
      description:
        "Numeric plan targets (as data, in a declarative metric language), their evaluation as of any date, drill-down and trend",
    },
    { name: "Reports", description: "Bureau reports (aggregates only) as JSON, CSV or XLSX; small cells suppressed for reporters" },
  ],
};

/** The OpenAPI document as the running code describes it (used by the snapshot and client generator). */
export function buildOpenApiDocument(app: AppRouter) {
  return app.getOpenAPI31Document(openApiConfig);
}
