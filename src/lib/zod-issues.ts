import type { FieldError } from "./problem.ts";

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/**
 * A union that matched no branch says only "Invalid input" at the union's path. Report the issues of
 * the branch that got furthest instead (its deepest issue; the last branch on a tie), so a metric
 * filter's bad code points at `/metric/numerator/educationAtLeast`, not at `/metric/numerator`.
 */
function unwrapUnions(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || !issue.errors?.length) return [issue];
    const depth = (xs: Issue[]) => Math.max(0, ...unwrapUnions(xs).map((x) => x.path.length));
    const best = issue.errors.reduce((a, b) => (depth(b) >= depth(a) ? b : a));
    return unwrapUnions(best.map((x) => ({ ...x, path: [...issue.path, ...x.path] })));
  });
}

/** Zod issues -> field errors: JSON pointers into the body, parameter names for the rest. */
export function issuesToFieldErrors(target: string, issues: readonly Issue[]): FieldError[] {
  return unwrapUnions(issues).map((issue) => {
    const path = issue.path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1"));
    if (target === "json" || target === "form") return { pointer: `/${path.join("/")}`, detail: issue.message };
    return { parameter: path[0] ?? target, detail: issue.message };
  });
}
