import type { z } from "@hono/zod-openapi";

/** PATCH bodies: any subset of the fields, but not none. */
export function atLeastOneField<T extends z.ZodObject>(schema: T) {
  return schema.refine((v) => Object.keys(v).length > 0, "Send at least one field to change");
}

/** Rename an API date field to the table's validFrom (e.g. obtainedOn, completedOn) on a partial input. */
export function renameFrom(input: Record<string, unknown>, field: string): Record<string, unknown> {
  const { [field]: from, ...rest } = input;
  return from === undefined ? rest : { ...rest, validFrom: from };
}

/** numeric columns come back as strings; the API speaks numbers with one decimal place. */
export function decimal(value: string | null): number | null {
  return value === null ? null : Number(value);
}
