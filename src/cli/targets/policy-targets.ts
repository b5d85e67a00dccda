import type { z } from "@hono/zod-openapi";
import { unitOf } from "../../domain/metrics/targets.ts";
import { targetCreateSchema } from "../../contract/targets.ts";
import data from "./policy-targets.json" with { type: "json" };

/**
 * The numeric targets of the policy documents (domain.md §2) that the metric language can express,
 * as data: policy-targets.json, one entry per figure (T7 → T7a…T7d). The loader supplies the
 * jurisdiction. Each entry is checked against the public contract (targetCreateSchema without
 * jurisdictionId) and its unit against the unit its metric yields, so a bad file fails loudly with
 * the entry's code and the path of the offending field instead of loading half a plan.
 *
 * The JSON is imported with an import attribute (`with { type: "json" }`): tsx on Node ≥ 20.10,
 * vitest (vite) and wrangler's esbuild all inline it, so the same module runs in the CLI, the tests
 * and a Worker without touching the file system.
 */
export const policyTargetSchema = targetCreateSchema.omit({ jurisdictionId: true });
/** A target as the file states it (the create contract without the jurisdiction), after defaults. */
export type PolicyTarget = z.infer<typeof policyTargetSchema>;

export class PolicyTargetsError extends Error {
  constructor(readonly problems: string[]) {
    super(`policy-targets.json is invalid:\n  ${problems.join("\n  ")}`);
    this.name = "PolicyTargetsError";
  }
}

/** Validate raw entries; every problem of every entry is reported, each as "<code or #index> <path>: <message>". */
export function parsePolicyTargets(raw: unknown): PolicyTarget[] {
  if (!Array.isArray(raw)) throw new PolicyTargetsError(["the file must hold a JSON array of targets"]);
  const problems: string[] = [];
  const out: PolicyTarget[] = [];
  const seen = new Map<string, number>();
  raw.forEach((entry: unknown, i) => {
    const code =
      entry && typeof entry === "object" && typeof (entry as { code?: unknown }).code === "string"
        ? (entry as { code: string }).code
        : null;
    const label = code ? `${code} (#${i})` : `#${i}`;
    const parsed = policyTargetSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${label} ${issue.path.length ? issue.path.join(".") : "(entry)"}: ${issue.message}`);
      return;
    }
    const t = parsed.data;
    if (!t.code) problems.push(`${label} code: every policy target needs a code (the loader matches on it)`);
    else if (seen.has(t.code)) problems.push(`${label} code: duplicate of entry #${seen.get(t.code)}`);
    else seen.set(t.code, i);
    const unit = unitOf(t.metric);
    if (t.unit !== unit) problems.push(`${label} unit: "${t.unit}" but a ${t.metric.kind} metric yields "${unit}"`);
    if (t.comparator === "approx" && t.tolerance === null) problems.push(`${label} tolerance: approx (左右) needs a tolerance`);
    if (!t.source) problems.push(`${label} source: a policy target must cite its document and quote`);
    out.push(t);
  });
  if (problems.length) throw new PolicyTargetsError(problems);
  return out;
}

let cached: PolicyTarget[] | null = null;

/** The policy targets of policy-targets.json, validated (once). Throws PolicyTargetsError on a bad file. */
export function policyTargets(): PolicyTarget[] {
  cached ??= parsePolicyTargets(data);
  return cached.map((t) => structuredClone(t));
}
