import type { z } from "@hono/zod-openapi";
import { SYNC_CLAIM_SCHEMA, SYNC_RECORD_SHAPES, syncClaimColumns, syncDecisionColumns } from "../../contract/sync-rows.ts";
import { syncTeacherSchema } from "../../contract/sync.ts";
import { type Refusal, refusal } from "../../domain/errors.ts";
import { CLAIMS, ENTITY_OF, RECORD_COLLECTIONS } from "../../domain/sync/collections.ts";
import type { Columns, RecordCollection, RecordRow, RejectedRow, ValidatedBatch } from "../../domain/sync/rows.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import { issuesToFieldErrors } from "../../lib/zod-issues.ts";

/**
 * One validator per row, everything that depends on the row alone: its collection's schema (the
 * contract's), then the rules its resource applies to a single record (a teacher's national ID against
 * birth date and gender; a record's dates in order; a designation complete). What depends on other
 * rows or on the register (duplicates, matching, the one-at-a-time rule) is the plan's.
 */
export function validateBatch(records: Record<string, unknown[]>, schoolId: string, may: { import: boolean }): ValidatedBatch {
  const out: ValidatedBatch = {
    teachers: [],
    records: Object.fromEntries(RECORD_COLLECTIONS.map((c) => [c.collection, []])) as unknown as ValidatedBatch["records"],
    claims: [],
    rejected: [],
  };
  each(records.teachers, "teachers", (row, ref) => {
    const parsed = parse(syncTeacherSchema, row, ref.pointer);
    if ("refusal" in parsed) return reject(out, "teachers", ref, parsed.refusal);
    const {
      sourceKey,
      postType,
      assignmentStart,
      employmentFrom,
      schoolId: _none,
      ...fields
    } = parsed.data as z.infer<typeof syncTeacherSchema> & { schoolId?: never };
    const nationalId = fields.nationalId ? fields.nationalId.toUpperCase() : fields.nationalId;
    const issues = checkTeacherCore({ ...fields, nationalId });
    if (issues.length) {
      return reject(
        out,
        "teachers",
        ref,
        {
          kind: "rule_violation",
          detail: `${issues.length} field(s) inconsistent`,
          issues: issues.map((i) => ({ pointer: `${ref.pointer}/${i.field}`, detail: i.detail })),
        },
        { nationalId },
      );
    }
    out.teachers.push({ ...ref, sourceKey, fields: { ...fields, nationalId }, postType, assignmentStart, employmentFrom });
  });
  for (const shape of SYNC_RECORD_SHAPES) {
    const rules = RECORD_COLLECTIONS.find((c) => c.collection === shape.collection)!;
    each(records[shape.collection], shape.collection, (row, ref) => {
      const parsed = parse(shape.schema, row, ref.pointer);
      if ("refusal" in parsed) return reject(out, shape.collection, ref, parsed.refusal);
      const data = parsed.data as Record<string, unknown> & { sourceKey: string; teacherSourceKey: string };
      const mapped = shape.toColumns(data, schoolId);
      const columns = { ...mapped, validTo: (mapped.validTo as string | null | undefined) ?? null } as Columns;
      const named = { teacherSourceKey: data.teacherSourceKey };
      if (columns.validTo && columns.validTo < columns.validFrom) {
        return reject(
          out,
          shape.collection,
          ref,
          refusal("rule_violation", "The record would end before it starts", `${ref.pointer}/${rules.endField}`),
          named,
        );
      }
      const incomplete = rules.check?.(columns) ?? [];
      if (incomplete.length) {
        return reject(
          out,
          shape.collection,
          ref,
          {
            kind: "rule_violation",
            detail: "The record is incomplete",
            issues: incomplete.map(([f, detail]) => ({ pointer: `${ref.pointer}/${f}`, detail })),
          },
          named,
        );
      }
      (out.records[shape.collection as RecordCollection] as RecordRow[]).push({
        ...ref,
        sourceKey: data.sourceKey,
        collection: shape.collection,
        teacherSourceKey: data.teacherSourceKey,
        columns,
      });
    });
  }
  each(records[CLAIMS.collection], CLAIMS.collection, (row, ref) => {
    const parsed = parse(SYNC_CLAIM_SCHEMA, row, ref.pointer);
    if ("refusal" in parsed) return reject(out, CLAIMS.collection, ref, parsed.refusal);
    const decision = syncDecisionColumns(parsed.data);
    if (decision && !may.import)
      return reject(
        out,
        CLAIMS.collection,
        ref,
        refusal("scope_violation", "Importing a decided record needs training.import", `${ref.pointer}/status`),
      );
    out.claims.push({
      ...ref,
      sourceKey: parsed.data.sourceKey,
      teacherSourceKey: parsed.data.teacherSourceKey,
      columns: syncClaimColumns(parsed.data),
      decision,
    });
  });
  return out;
}

type Ref = { index: number; pointer: string; sourceKey: string | null };

function each(rows: unknown[] | undefined, collection: string, visit: (row: unknown, ref: Ref) => void): void {
  (rows ?? []).forEach((row, index) => {
    const key =
      row && typeof row === "object" && typeof (row as { sourceKey?: unknown }).sourceKey === "string"
        ? (row as { sourceKey: string }).sourceKey
        : null;
    visit(row, { index, pointer: `/records/${collection}/${index}`, sourceKey: key });
  });
}

export function parse<T>(schema: z.ZodType<T>, row: unknown, pointer: string): { data: T } | { refusal: Refusal } {
  const result = schema.safeParse(row);
  if (result.success) return { data: result.data };
  const issues = issuesToFieldErrors("json", result.error.issues).map((e) => ({
    pointer: `${pointer}${e.pointer ?? ""}`,
    detail: e.detail,
  }));
  return { refusal: { kind: "rule_violation", detail: `${issues.length} field(s) invalid`, issues } };
}

function reject(
  out: ValidatedBatch,
  collection: string,
  ref: Ref,
  why: Refusal,
  named: Pick<RejectedRow, "nationalId" | "teacherSourceKey"> = {},
): void {
  out.rejected.push({ collection, entity: ENTITY_OF[collection]!, pointer: ref.pointer, sourceKey: ref.sourceKey, refusal: why, ...named });
}
