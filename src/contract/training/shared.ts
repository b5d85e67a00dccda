import { z } from "@hono/zod-openapi";
import { fromTenths, hasOneDecimal, toTenths } from "../../domain/training/hours.ts";
import { knownAtParam } from "../../lib/http.ts";

/** OpenAPI tags of the training operations. */
export const TAGS = {
  programs: "Training programmes",
  records: "Training records",
  rules: "Training rules",
  compliance: "Training compliance",
  statistics: "Training statistics",
} as const;

/** Hours (学时): positive, at most one decimal place, stored as numeric(6,1). */
export const hoursSchema = z
  .number()
  .positive()
  .max(9999.9)
  .refine(hasOneDecimal, "At most one decimal place (a multiple of 0.1)")
  .openapi({ description: "Hours (学时), a multiple of 0.1", example: 24.5 });

/** A numeric column (string) or tenths as the API's number with one decimal place. */
export function hoursOut(value: string | number): number {
  return typeof value === "string" ? fromTenths(toTenths(value)) : fromTenths(value);
}

export function hoursOrNull(value: string | null): number | null {
  return value === null ? null : hoursOut(value);
}

/** Hours for a numeric(6,1) column. */
export function hoursIn(value: number): string {
  return fromTenths(toTenths(value)).toFixed(1);
}

/** `knownAt` on the training reads: what the register showed at that instant (recorded times). */
export const knownAtQuery = knownAtParam.optional().openapi({
  description:
    "Knowledge time (ISO 8601 instant, default now): evaluate the register as it stood then, from recorded times: only records " +
    "submitted by that instant, each with the status recorded by then (a verification or rejection recorded later has not happened " +
    "yet, whatever its decision date). With a fixed knownAt the answer never changes, for appraisal gates and disputes",
});
