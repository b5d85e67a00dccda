import type { ResolvedTeachers, TeacherRef } from "../../db/training/teacher-refs.ts";
import { Conflict, RuleViolation, type Issue } from "../../domain/errors.ts";

/**
 * Row errors of the enrollment writes. A single write (row null) points at `/<field>` of its body; a
 * bulk write at `/<row>/<field>`, and refuses the whole batch when any row fails.
 */
export function at(row: number | null, field: string): string {
  return row === null ? `/${field}` : `/${row}/${field}`;
}

const byRow = (a: Issue, b: Issue) => Number(a.pointer?.split("/")[1] ?? 0) - Number(b.pointer?.split("/")[1] ?? 0);

/** The refusal of the whole batch (nothing has been written, or the transaction rolls back); `rows` null for a single write. */
export function rowsRejected(errors: Issue[], rows: number | null): RuleViolation {
  errors.sort(byRow);
  if (rows === null) return new RuleViolation(errors[0]!.detail, errors);
  const failed = new Set(errors.map((e) => e.pointer?.split("/")[1])).size;
  return new RuleViolation(`${failed} of ${rows} rows cannot be applied; nothing was written`, errors);
}

/** Conflicts (state, capacity) are 409 for a single write (thrown at once) and a row error in a batch. */
export function conflictOrRow(detail: string, pointer: string, row: number | null): Issue {
  if (row === null) throw new Conflict(detail, [{ pointer, detail }]);
  return { pointer, detail };
}

/** The teacher a row names, or the row's error. */
export function lookupTeacher(resolved: ResolvedTeachers, ref: TeacherRef, row: number | null): { id: string } | Issue {
  if (!ref.teacherId === !ref.nationalId) return { pointer: at(row, "teacherId"), detail: "Give exactly one of teacherId and nationalId" };
  const t = ref.teacherId ? resolved.byId.get(ref.teacherId) : resolved.byNationalId.get(ref.nationalId!.toUpperCase());
  const field = ref.teacherId ? "teacherId" : "nationalId";
  if (!t) return { pointer: at(row, field), detail: "No teacher with this identifier in the caller's scope" };
  if (!t.underOwner) return { pointer: at(row, field), detail: "The teacher does not serve under the programme's owner" };
  return { id: t.id };
}

export function isIssue(x: { id: string } | Issue): x is Issue {
  return "detail" in x;
}
