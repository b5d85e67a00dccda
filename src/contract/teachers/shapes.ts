import type { z } from "@hono/zod-openapi";

/** PATCH bodies: any subset of the fields, but not none. */
export function atLeastOneField<T extends z.ZodObject>(schema: T) {
  return schema.refine((v) => Object.keys(v).length > 0, "Send at least one field to change");
}

/**
 * Rename the API's date fields to the table's validFrom / validTo (e.g. obtainedOn, or issuedOn and
 * expiresOn) on a partial input; absent fields stay absent so a PATCH changes only what was sent.
 */
export function renameDates(input: Record<string, unknown>, fromField: string, toField?: string): Record<string, unknown> {
  const { [fromField]: from, ...rest } = input;
  const out: Record<string, unknown> = from === undefined ? rest : { ...rest, validFrom: from };
  if (toField && toField in out) {
    const { [toField]: to, ...others } = out;
    return { ...others, validTo: to };
  }
  return out;
}

/** numeric columns come back as strings; the API speaks numbers with one decimal place. */
export function decimal(value: string | null): number | null {
  return value === null ? null : Number(value);
}
