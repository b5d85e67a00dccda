import type { MiddlewareHandler } from "hono";
import { ApiError } from "./problem.ts";

/** Nesting depth of a parsed JSON value, counted without recursion (so no input can overflow the stack). */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d > max) max = d;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * Refuse a JSON body nested deeper than `max` before validation: the metric language is recursive, and
 * a body of a few kilobytes nested thousands deep would exhaust the validator's stack (a 500) long
 * before the definition's own depth limit could answer 422. Malformed JSON is left to the validator.
 */
export function limitJsonDepth(max: number): MiddlewareHandler {
  return async (c, next) => {
    if ((c.req.header("content-type") ?? "").includes("json")) {
      const body = await c.req.json().catch(() => undefined);
      if (body !== undefined && jsonDepth(body) > max) {
        throw ApiError.invalid(`The body is nested more than ${max} levels deep`, [
          { pointer: "", detail: `At most ${max} levels of nesting` },
        ]);
      }
    }
    await next();
  };
}
