import { describe, expect, it } from "vitest";
import { END_REASONS } from "../../src/domain/periods.ts";
import { planBatch } from "../../src/domain/sync/plan.ts";
import { orderResults } from "../../src/domain/sync/results.ts";
import type { RecordCollection, StoredRecord, SyncFacts, TeacherRow, ValidatedBatch } from "../../src/domain/sync/rows.ts";

/** The plan on plain data: no database, ids from a counter, every expectation worked out by hand. */
const ids = () => {
  let n = 0;
  return { next: () => `new-${++n}` };
};

const teacherRow = (index: number, sourceKey: string, fields: Partial<TeacherRow["fields"]> = {}): TeacherRow => ({
  index,
  pointer: `/records/teachers/${index}`,
  sourceKey,
  fields: {
    name: `教师${sourceKey}`,
    gender: "female",
    birthDate: "1988-03-02",
    employmentCategory: "on_establishment",
    hireDate: "2012-09-01",
    ...fields,
  },
  postType: "teaching",
});

const empty = (): ValidatedBatch => ({
  teachers: [],
  records: { assignments: [], titles: [], education: [], credentials: [], designations: [] },
  claims: [],
  rejected: [],
});

function facts(over: Partial<SyncFacts> = {}, records: Partial<Record<RecordCollection, StoredRecord[]>> = {}): SyncFacts {
  const collections: RecordCollection[] = ["assignments", "titles", "education", "credentials", "designations"];
  return {
    today: "2025-09-01",
    schoolId: "school-1",
    actorId: "client-1",
    scope: "delta",
    confirmMassEnd: false,
    teacherKeys: new Map(),
    nationalIdOwners: new Map(),
    teachers: new Map(),
    employment: new Map(),
    records: Object.fromEntries(collections.map((c) => [c, { keys: new Map(), rows: records[c] ?? [] }])) as SyncFacts["records"],
    claims: { keys: new Map(), rows: new Map(), evidence: new Set() },
    staff: [],
    foreignAssignments: new Set(),
    foreignHomes: new Map(),
    vetoes: new Map(),
    ...over,
  };
}

const stored = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  name: `教师${id}`,
  gender: "female",
  birthDate: "1988-03-02",
  nationalId: null,
  staffNumber: null,
  employmentCategory: "on_establishment",
  hireDate: "2012-09-01",
  visible: true,
  ...fields,
});

describe("sync planning (pure)", () => {
  it("creates a teacher with the batch's assignment (no default one), updates what changed, and refuses duplicates and out-of-scope matches", () => {
    const batch = empty();
    batch.teachers = [
      teacherRow(0, "T1"),
      teacherRow(1, "T2", { name: "改名" }),
      teacherRow(2, "T1"),
      teacherRow(3, "T3", { nationalId: "NID-3" }),
    ];
    batch.records.assignments = [
      {
        index: 0,
        pointer: "/records/assignments/0",
        sourceKey: "A1",
        collection: "assignments",
        teacherSourceKey: "T1",
        columns: { schoolId: "school-1", kind: "primary", postType: "teaching", validFrom: "2015-09-01", validTo: null },
      },
    ];
    const f = facts({
      teacherKeys: new Map([["T2", "t2"]]),
      nationalIdOwners: new Map([["NID-3", "t3"]]),
      teachers: new Map([
        ["t2", stored("t2")],
        ["t3", stored("t3", { visible: false })],
      ]),
    });
    const out = planBatch(batch, f, ids());
    if (!("plan" in out)) throw new Error("refused");
    const { plan } = out;
    expect(orderResults(plan.results).map((r) => [r.pointer, r.entity, r.outcome, r.id, r.refusal?.kind ?? null])).toEqual([
      ["/records/teachers/0", "teacher", "created", "new-1", null],
      ["/records/teachers/1", "teacher", "updated", "t2", null],
      ["/records/teachers/2", "teacher", "rejected", null, "conflict"],
      ["/records/teachers/3", "teacher", "rejected", null, "conflict"],
      ["/records/assignments/0", "assignment", "created", "new-2", null],
    ]);
    const outside = plan.results.find((r) => r.pointer === "/records/teachers/3")!.refusal!;
    expect(outside.detail).toContain("outside your scope");
    expect(outside.issues).toEqual([{ pointer: "/records/teachers/3/nationalId", detail: outside.detail }]);
    expect(plan.newTeachers).toEqual([
      {
        id: "new-1",
        name: "教师T1",
        gender: "female",
        birthDate: "1988-03-02",
        employmentCategory: "on_establishment",
        hireDate: "2012-09-01",
      },
    ]);
    expect(plan.teacherUpdates.map((u) => [u.id, u.change])).toEqual([["t2", { name: "改名" }]]);
    expect(plan.teacherKeys.map((k) => [k.sourceKey, k.entityId])).toEqual([["T1", "new-1"]]);
    expect(plan.records.assignments.inserts.map((r) => [r.id, r.teacherId, r.validFrom])).toEqual([["new-2", "new-1", "2015-09-01"]]);
    expect(plan.recordKeys.map((k) => [k.entity, k.sourceKey, k.entityId])).toEqual([["assignment", "A1", "new-2"]]);
  });

  it("a new title supersedes the open one on the day before; a created teacher without an assignment gets one from its hire date", () => {
    const batch = empty();
    batch.teachers = [teacherRow(0, "T9")];
    batch.records.titles = [
      {
        index: 0,
        pointer: "/records/titles/0",
        sourceKey: "TI2",
        collection: "titles",
        teacherSourceKey: "T2",
        columns: { level: "first_grade", validFrom: "2019-09-01", validTo: null },
      },
    ];
    const open: StoredRecord = {
      id: "title-1",
      teacherId: "t2",
      level: "second_grade",
      validFrom: "2013-09-01",
      validTo: null,
      endReason: null,
      version: 1,
    };
    const f = facts({ teacherKeys: new Map([["T2", "t2"]]), teachers: new Map([["t2", stored("t2")]]) }, { titles: [open] });
    const out = planBatch(batch, f, ids());
    if (!("plan" in out)) throw new Error("refused");
    const { plan } = out;
    expect(plan.records.titles.updates).toEqual([
      {
        id: "title-1",
        teacherId: "t2",
        before: open,
        change: { validTo: "2019-08-31", endReason: END_REASONS.superseded },
        outcome: "ended",
        note: { supersededBy: "new-2" },
      },
    ]);
    expect(plan.records.assignments.inserts).toEqual([
      {
        id: "new-3",
        teacherId: "new-1",
        version: 1,
        endReason: null,
        schoolId: "school-1",
        kind: "primary",
        postType: "teaching",
        validFrom: "2012-09-01",
        validTo: null,
      },
    ]);
    expect(plan.results.map((r) => [r.pointer, r.entity, r.outcome, r.id])).toEqual([
      ["/records/teachers/0", "teacher", "created", "new-1"],
      ["/records/titles/0", "title", "created", "new-2"],
      ["/records/teachers/0", "assignment", "created", "new-3"],
      [null, "title", "ended", "title-1"],
    ]);
  });

  it("a full batch ends the staff it does not name (not those named by a refused row) and refuses to end more than 20% unless confirmed", () => {
    const staff: StoredRecord[] = ["t1", "t2", "t3", "t4", "t5", "t6"].map((t, i) => ({
      id: `a${i + 1}`,
      teacherId: t,
      schoolId: "school-1",
      kind: "primary",
      validFrom: "2020-09-01",
      validTo: null,
    }));
    const teacherKeys = new Map(["t1", "t2", "t3", "t4", "t5", "t6"].map((t) => [`K${t}`, t]));
    const teachers = new Map([...teacherKeys.values()].map((t) => [t, stored(t)]));
    const batch = empty();
    batch.teachers = ["t1", "t2", "t3", "t4"].map((t, i) => teacherRow(i, `K${t}`));
    // t5's row was refused by its validator: named all the same, so t5 stays.
    batch.rejected = [
      {
        collection: "teachers",
        entity: "teacher",
        pointer: "/records/teachers/4",
        sourceKey: "Kt5",
        refusal: { kind: "rule_violation", detail: "1 field(s) invalid", issues: [] },
      },
    ];
    const f = facts({ scope: "full", staff, teacherKeys, teachers });
    const out = planBatch(batch, f, ids());
    if (!("plan" in out)) throw new Error("refused");
    expect(out.plan.records.assignments.updates).toEqual([
      {
        id: "a6",
        teacherId: "t6",
        before: staff[5],
        change: { validTo: "2025-08-31", endReason: END_REASONS.missingFromFullSync },
        outcome: "ended",
      },
    ]);
    expect(out.plan.results.filter((r) => r.outcome === "ended").map((r) => r.teacherId)).toEqual(["t6"]);
    // Naming only t1 and t2: 4 of 6 would leave (67%), refused unless confirmed.
    const few = empty();
    few.teachers = batch.teachers.slice(0, 2);
    const refused = planBatch(few, f, ids());
    expect(refused).toEqual({ refused: expect.stringContaining("4 of the school's 6") });
    const confirmed = planBatch(few, { ...f, confirmMassEnd: true }, ids());
    expect("plan" in confirmed && confirmed.plan.records.assignments.updates.map((u) => u.teacherId)).toEqual(["t3", "t4", "t5", "t6"]);
  });

  it("claims: evidence counts once per teacher, a verified claim is the bureau's, an unknown teacher is refused with the reason", () => {
    const batch = empty();
    const claim = (index: number, sourceKey: string, teacherSourceKey: string, evidenceRef: string | null, hours = "12.5") => ({
      index,
      pointer: `/records/trainingRecords/${index}`,
      sourceKey,
      teacherSourceKey,
      columns: {
        source: "external_course",
        title: "研修",
        category: "ethics",
        level: null,
        organiser: null,
        schoolBased: false,
        hours,
        completedOn: "2024-05-20",
        evidenceRef,
        note: null,
      },
    });
    batch.claims = [
      claim(0, "R1", "T2", "EV-1"),
      claim(1, "R2", "T2", "EV-HELD"),
      claim(2, "R3", "T2", "EV-3", "20.0"),
      claim(3, "R4", "NOPE", "EV-4"),
    ];
    const f = facts({
      teacherKeys: new Map([["T2", "t2"]]),
      teachers: new Map([["t2", stored("t2")]]),
      claims: {
        keys: new Map([["R3", "rec-3"]]),
        rows: new Map([["rec-3", { id: "rec-3", teacherId: "t2", status: "verified", ...claim(2, "R3", "T2", "EV-3").columns }]]),
        evidence: new Set(["t2|EV-HELD"]),
      },
    });
    const out = planBatch(batch, f, ids());
    if (!("plan" in out)) throw new Error("refused");
    expect(out.plan.results.map((r) => [r.sourceKey, r.outcome, r.refusal?.detail ?? null])).toEqual([
      ["R1", "created", null],
      ["R2", "rejected", "This evidence reference is already claimed for the teacher"],
      ["R3", "rejected", "The record is already verified; the bureau corrects it"],
      ["R4", "rejected", "No teacher with this sourceKey in the batch or sent earlier by this school"],
    ]);
    expect(out.plan.newClaims).toEqual([
      { id: "new-1", teacherId: "t2", ...claim(0, "R1", "T2", "EV-1").columns, status: "submitted", submittedBy: "client-1" },
    ]);
  });
  it("never ends or changes an assignment at a school outside the actor's scope, and refuses what an ethics veto blocks, row by row", () => {
    const batch = empty();
    const row = (i: number, key: string, collection: "assignments" | "titles", columns: Record<string, unknown>) => ({
      index: i,
      pointer: `/records/${collection}/${i}`,
      sourceKey: key,
      collection,
      teacherSourceKey: "T2",
      columns: columns as { validFrom: string; validTo: string | null },
    });
    batch.records.assignments = [
      row(0, "A1", "assignments", { schoolId: "school-1", kind: "primary", postType: "teaching", validFrom: "2024-09-01", validTo: null }),
      row(1, "A2", "assignments", {
        schoolId: "school-1",
        kind: "secondary",
        postType: "teaching",
        validFrom: "2024-09-01",
        validTo: null,
      }),
    ];
    batch.records.titles = [
      row(0, "TI1", "titles", { level: "first_grade", obtainedBy: "appraisal", validFrom: "2024-06-01", validTo: null }),
      row(1, "TI2", "titles", { level: "first_grade", obtainedBy: "appraisal", validFrom: "2025-03-01", validTo: null }),
    ];
    const home: StoredRecord = {
      id: "home",
      teacherId: "t2",
      schoolId: "school-y",
      kind: "primary",
      validFrom: "2015-09-01",
      validTo: null,
      version: 1,
      endReason: null,
    };
    const f = facts(
      {
        teacherKeys: new Map([["T2", "t2"]]),
        teachers: new Map([["t2", stored("t2")]]),
        foreignAssignments: new Set(["home"]),
        vetoes: new Map([["t2", [{ id: "e1", veto: true, vetoFrom: "2024-03-01", vetoTo: "2025-02-28" }]]]),
      },
      { assignments: [home] },
    );
    const out = planBatch(batch, f, ids());
    if (!("plan" in out)) throw new Error("refused");
    const { plan } = out;
    expect(
      orderResults(plan.results).map((r) => [r.pointer, r.outcome, r.refusal?.kind ?? null, r.refusal?.issues[0]?.pointer ?? null]),
    ).toEqual([
      ["/records/assignments/0", "rejected", "scope_violation", "/records/assignments/0/kind"],
      ["/records/assignments/1", "created", null, null],
      ["/records/titles/0", "rejected", "conflict", "/records/titles/0/obtainedOn"],
      ["/records/titles/1", "created", null, null],
    ]);
    expect(plan.results.find((r) => r.pointer === "/records/titles/0")!.refusal!.detail).toContain("e1 (2024-03-01 – 2025-02-28)");
    // The home assignment elsewhere is neither ended nor changed.
    expect(plan.records.assignments.updates).toEqual([]);
    // A key of this school naming a record now at another school: no change through the batch.
    const moved = planBatch(
      { ...empty(), records: { ...empty().records, assignments: [row(0, "AH", "assignments", { ...home, validTo: "2024-08-31" })] } },
      facts({ ...f, records: { ...f.records, assignments: { keys: new Map([["AH", "home"]]), rows: [home] } } }),
      ids(),
    );
    if (!("plan" in moved)) throw new Error("refused");
    expect(moved.plan.results.map((r) => [r.outcome, r.refusal?.kind])).toEqual([["rejected", "scope_violation"]]);
  });
});
