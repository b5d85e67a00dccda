import { OpenAPIHono, type Hook } from "@hono/zod-openapi";
import type { AppEnv } from "./context.ts";
import { ApiError, type FieldError } from "./problem.ts";

type Issue = { path: PropertyKey[]; message: string };

/** Zod issues -> field errors: JSON pointers into the body, parameter names for the rest. */
export function issuesToFieldErrors(target: string, issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1"));
    if (target === "json" || target === "form") return { pointer: `/${path.join("/")}`, detail: issue.message };
    return { parameter: path[0] ?? target, detail: issue.message };
  });
}

export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) {
    const errors = issuesToFieldErrors(result.target, result.error.issues);
    const where = result.target === "json" ? "body" : result.target;
    throw ApiError.invalid(`${errors.length} ${where} field${errors.length === 1 ? " is" : "s are"} invalid`, errors);
  }
};

/** Every resource router is made here so validation errors are uniform problem+json. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

export type AppRouter = ReturnType<typeof createRouter>;
