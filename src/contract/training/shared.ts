import { z } from "@hono/zod-openapi";
import { fromTenths, hasOneDecimal, toTenths } from "../../domain/training/hours.ts";

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
