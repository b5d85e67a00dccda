import type * as s from "../../db/schema/index.ts";
import { addDays, addYears, createRandom } from "./random.ts";

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];
type Teacher = Row<typeof s.teachers> & { id: string };
type Period = Row<typeof s.teacherEmployment>;

/**
 * The teachers' employment periods (domain.md §1.3), as the register would hold them: a first period
 * since the start and, for an ended teacher, one with the end status from the day after. A few
 * histories show the dated facts: contract teachers converted to the establishment (合同转正) two to
 * four years after hire, and leaves (病假 / 产假 / 借调) around the reference date that end. An own PRNG
 * (seeded from the dataset's), so the rest of the dataset stays byte-identical.
 */
export function employmentPeriods(teachers: Teacher[], ref: string, seed: number, idSeed?: number): Period[] {
  const r = createRandom(seed ^ 0x2545f491);
  // A load with its own id stream (tests on a shared database) draws the ids from it; the content's draws stay the same.
  const ids = idSeed === undefined ? undefined : createRandom(idSeed ^ 0x2545f491);
  const nextId = () => {
    const own = r.id();
    return ids ? ids.id() : own;
  };
  const out: Period[] = [];
  const period = (t: Teacher, p: Partial<Period>): Period => ({
    id: nextId(),
    teacherId: t.id,
    employmentCategory: t.employmentCategory,
    onEstablishmentNotAtPost: t.onEstablishmentNotAtPost ?? false,
    status: "active",
    reason: null,
    validFrom: null,
    validTo: null,
    ...p,
  });
  for (const t of teachers) {
    const ended = t.status !== undefined && t.status !== "active";
    const last = ended ? (t.endedOn ?? null) : null;
    const hire = t.hireDate ?? null;
    const converted = !ended && hire && t.employmentCategory === "on_establishment" && hire < addYears(ref, -6) && r.chance(0.04);
    const leave = !ended && !converted && r.chance(0.015);
    if (converted) {
      const on = addYears(hire, r.int(2, 4));
      out.push(period(t, { employmentCategory: "contract", onEstablishmentNotAtPost: false, validTo: addDays(on, -1) }));
      out.push(period(t, { validFrom: on, reason: "合同转正" }));
    } else if (leave) {
      const from = addDays(ref, -r.int(30, 150));
      const to = addDays(ref, r.int(30, 120));
      out.push(period(t, { validTo: addDays(from, -1) }));
      out.push(period(t, { status: "on_leave", reason: r.pick(["病假", "产假", "借调"]), validFrom: from, validTo: to }));
      out.push(period(t, { validFrom: addDays(to, 1) }));
    } else out.push(period(t, { validTo: last }));
    if (ended) out.push(period(t, { status: t.status, reason: t.endReason ?? null, validFrom: last ? addDays(last, 1) : null }));
  }
  return out;
}
