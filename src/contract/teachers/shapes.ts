import { z } from "@hono/zod-openapi";

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

/**
 * On the writes an ethics veto blocks (domain.md §3.3): a bureau_admin's reason to write anyway,
 * audited as an `ethics_override` event naming the veto. Anyone else sending it during a veto gets 403.
 */
export const ethicsOverrideField = {
  ethicsOverride: z
    .object({ reason: z.string().trim().min(1).max(500).openapi({ example: "经复核，师德问题已查实不成立" }) })
    .optional()
    .openapi("EthicsOverride", {
      description:
        "Write what an applying ethics veto (一票否决) blocks; bureau_admin only, audited with the reason. Ignored when no veto applies.",
    }),
};
