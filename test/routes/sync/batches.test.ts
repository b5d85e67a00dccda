import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "../../../src/db/schema/index.ts";
import { syncBatchSchema } from "../../../src/contract/sync.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, nationalIdFor, uniqueCode } from "../../support/factories.ts";
import { client, type Client } from "../../support/http.ts";

const ctx = useTestApp();
const root = () => client(ctx);
type Batch = ReturnType<typeof syncBatchSchema.parse>;

async function setup() {
  const county = await makeJurisdiction(root(), { level: "county" });
  const school = await makeSchool(root(), county.id);
  const other = await makeSchool(root(), county.id);
  const api = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
  return { county, school, other, api };
}

function teacher(key: string, extra: Record<string, unknown> = {}) {
  return {
    sourceKey: key,
    name: `教师${key}`,
    gender: "female",
    birthDate: "1988-03-02",
    employmentCategory: "on_establishment",
    hireDate: "2012-09-01",
    ...extra,
  };
}

async function push(api: Client, body: Record<string, unknown>, key = uniqueCode("K")) {
  const res = await api.post("/v1/sync/batches", { mode: "apply", scope: "delta", ...body }, { "idempotency-key": key });
  return { res, key, batch: res.status === 200 ? syncBatchSchema.parse(res.body) : undefined };
}

const outcomes = (b: Batch) => b.results.map((r) => [r.pointer, r.entity, r.outcome]);
const b2o = outcomes;

/** The teachers the school has now (an open assignment there). */
async function staff(schoolId: string) {
  const rows = await ctx.db
    .select({ teacherId: schema.teacherAssignments.teacherId })
    .from(schema.teacherAssignments)
    .where(
      sql`${schema.teacherAssignments.schoolId} = ${schoolId} and (${schema.teacherAssignments.validTo} is null or ${schema.teacherAssignments.validTo} >= current_date)`,
    );
  return new Set(rows.map((r) => r.teacherId));
}

describe("sync batches", () => {
  it("creates teachers and assignments referring to each other in any order, with a result per row; a replay returns the stored result", async () => {
    const { school, api } = await setup();
    const body = {
      schoolId: school.id,
      records: {
        assignments: [{ sourceKey: "A1", teacherSourceKey: "T1", kind: "primary", postType: "teaching", validFrom: "2015-09-01" }],
        teachers: [teacher("T1"), teacher("T2", { staffNumber: "S-2" })],
      },
    };
    const first = await push(api, body);
    expect(first.res.status, JSON.stringify(first.res.body)).toBe(200);
    const b = first.batch!;
    expect(b.outcome).toBe("applied");
    expect(outcomes(b)).toEqual([
      ["/records/teachers/0", "teacher", "created"],
      ["/records/teachers/1", "teacher", "created"],
      ["/records/teachers/1", "assignment", "created"], // T2 had no assignment row: a primary one from its hire date
      ["/records/assignments/0", "assignment", "created"],
    ]);
    expect(b.counts).toMatchObject({ created: 4, updated: 0, unchanged: 0, ended: 0, rejected: 0 });
    expect(await staff(school.id)).toEqual(new Set([b.results[0]!.id, b.results[1]!.id]));
    const t1 = await api.get(`/v1/teachers/${b.results[0]!.id}?include=assignments`);
    expect(t1.body.included.assignments.map((a: { validFrom: string }) => a.validFrom)).toEqual(["2015-09-01"]);

    // Replay: same key, same body -> the stored answer, nothing applied again.
    const replay = await push(api, body, first.key);
    expect(replay.res.status).toBe(200);
    expect(replay.batch).toEqual(b); // rendered from the stored batch (the key keeps its Location)
    expect(
      (
        await ctx.db.select({ n: sql<number>`count(*)::int` }).from(schema.syncBatches).where(eq(schema.syncBatches.schoolId, school.id))
      )[0]!.n,
    ).toBe(1);
    // Same key, another body -> 422.
    const reused = await push(api, { ...body, records: { teachers: [teacher("T3")] } }, first.key);
    expect(reused.res.status).toBe(422);
    // Stored and listed.
    expect(syncBatchSchema.parse((await api.get(`/v1/sync/batches/${b.id}`)).body)).toEqual(b);
    expect((await api.get(`/v1/sync/batches?schoolId=${school.id}`)).body.items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    // And the change feed names the school system's keys.
    const feed = await api.get("/v1/changes?entities=teacher,assignment&limit=1000");
    const keys = feed.body.items
      .filter((c: { teacherId: string }) => c.teacherId === b.results[0]!.id)
      .map((c: { sourceKey: string | null }) => c.sourceKey);
    expect(keys).toEqual(expect.arrayContaining(["T1", "A1"]));
  });

  it("updates what changed, leaves the rest unchanged, and matches an existing teacher by national ID", async () => {
    const { school, api } = await setup();
    const nationalId = nationalIdFor("1988-03-02", "female");
    const registered = await makeTeacher(root(), { schoolId: school.id, nationalId, birthDate: "1988-03-02", name: "李老师" });
    await push(api, { schoolId: school.id, records: { teachers: [teacher("T1"), teacher("T2")] } });
    const second = (
      await push(api, {
        schoolId: school.id,
        records: { teachers: [teacher("T1"), teacher("T2", { name: "改名" }), teacher("T9", { nationalId, name: "李老师" })] },
      })
    ).batch!;
    expect(second.results.map((r) => [r.sourceKey, r.outcome, r.matchedBy])).toEqual([
      ["T1", "unchanged", "source_key"],
      ["T2", "updated", "source_key"],
      ["T9", "updated", "national_id"],
    ]);
    expect(second.results[2]!.id).toBe(registered.id);
    const renamed = await api.get(`/v1/teachers/${second.results[1]!.id}`);
    expect([renamed.body.name, renamed.body.version]).toEqual(["改名", 2]);
    const third = (
      await push(api, {
        schoolId: school.id,
        records: { teachers: [teacher("T9", { nationalId, name: "李老师", hireDate: "2012-09-01" })] },
      })
    ).batch!;
    expect(third.results.map((r) => [r.outcome, r.matchedBy, r.id])).toEqual([["unchanged", "source_key", registered.id]]);
  });

  it("audits every record a batch writes, attributed to the school system and its request (national IDs masked)", async () => {
    const { school, api } = await setup();
    const nationalId = nationalIdFor("1988-03-02", "female");
    const first = (
      await push(api, {
        schoolId: school.id,
        records: {
          teachers: [teacher("T1", { nationalId })],
          credentials: [{ sourceKey: "C1", teacherSourceKey: "T1", kind: "teacher_certificate", issuedOn: "2010-07-01" }],
        },
      })
    ).batch!;
    const teacherId = first.results[0]!.id!;
    await push(api, { schoolId: school.id, records: { teachers: [teacher("T1", { nationalId, staffNumber: "S-9" })] } });
    const history = await root().get(`/v1/teachers/${teacherId}/history?limit=100`);
    expect(history.status).toBe(200);
    type Event = {
      action: string;
      entity: string;
      entityId: string;
      actorRole: string;
      requestId: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    };
    const all = history.body.items as Event[];
    expect(all.map((e) => `${e.action} ${e.entity} ${e.actorRole}`)).toEqual([
      "create Teacher school_sync",
      "create TeacherEmployment school_sync", // the first employment period
      "create TeacherAssignment school_sync", // the primary assignment a created teacher gets
      "create TeacherCredential school_sync",
      "update Teacher school_sync",
    ]);
    expect(all[1]!.after).toMatchObject({
      teacherId,
      employmentCategory: "on_establishment",
      status: "active",
      validFrom: null,
      validTo: null,
    });
    const events = all.filter((e) => e.entity !== "TeacherEmployment");
    expect(
      events
        .slice(0, 3)
        .map((e) => e.entityId)
        .sort(),
    ).toEqual(first.results.map((r) => r.id).sort());
    expect(new Set(events.slice(0, 3).map((e) => e.requestId)).size).toBe(1); // one request: the first batch
    expect(events[1]!.after).toMatchObject({
      teacherId,
      schoolId: school.id,
      kind: "primary",
      postType: "teaching",
      validFrom: "2012-09-01",
    });
    expect(events[2]!.after).toEqual({
      id: first.results.find((r) => r.entity === "credential")!.id,
      teacherId,
      kind: "teacher_certificate",
      validFrom: "2010-07-01",
      validTo: null,
      endReason: null,
    });
    expect(events[0]!.after!.nationalId).toBe(`${nationalId.slice(0, 3)}${"*".repeat(11)}${nationalId.slice(-4)}`);
    expect(JSON.stringify(history.body)).not.toContain(nationalId);
    expect([events[3]!.before, events[3]!.after]).toEqual([{ staffNumber: null }, { staffNumber: "S-9" }]);
  });

  it("rejects bad rows with pointers into the batch and applies the rest; duplicates and dangling references too", async () => {
    const { school, api } = await setup();
    const b = (
      await push(api, {
        schoolId: school.id,
        records: {
          teachers: [
            teacher("T1"),
            teacher("T1", { name: "又一个" }),
            teacher("T3", { birthDate: "1988-02-30" }),
            teacher("T4", { nationalId: "110105198803020000" }),
          ],
          assignments: [
            { sourceKey: "A1", teacherSourceKey: "T3", validFrom: "2015-09-01" },
            { sourceKey: "A2", teacherSourceKey: "NOPE", validFrom: "2015-09-01" },
            { sourceKey: "A3", teacherSourceKey: "T1", validFrom: "2016-09-01", validTo: "2016-01-01" },
          ],
        },
      })
    ).batch!;
    const byPointer = Object.fromEntries(
      b.results.filter((r) => r.outcome === "rejected").map((r) => [r.pointer, r.problem!.errors?.map((e) => e.pointer)]),
    );
    expect(byPointer).toEqual({
      "/records/teachers/1": ["/records/teachers/1/sourceKey"],
      "/records/teachers/2": ["/records/teachers/2/birthDate"],
      "/records/teachers/3": ["/records/teachers/3/nationalId"],
      "/records/assignments/0": ["/records/assignments/0/teacherSourceKey"],
      "/records/assignments/1": ["/records/assignments/1/teacherSourceKey"],
      "/records/assignments/2": ["/records/assignments/2/validTo"],
    });
    expect(b.counts).toMatchObject({ created: 2, rejected: 6 }); // T1 and its default assignment
    expect(b.results.find((r) => r.pointer === "/records/assignments/0")!.problem!.detail).toContain("/records/teachers/2");
  });

  it("carries titles, education, credentials and designations with their resources' rules", async () => {
    const { school, api } = await setup();
    const first = (
      await push(api, {
        schoolId: school.id,
        records: {
          titles: [{ sourceKey: "TI1", teacherSourceKey: "T1", level: "second_grade", obtainedOn: "2013-09-01" }],
          education: [
            {
              sourceKey: "E1",
              teacherSourceKey: "T1",
              level: "bachelor",
              institution: "辽宁师范大学",
              mode: "full_time",
              degreeAwarded: true,
              completedOn: "2012-07-01",
            },
          ],
          credentials: [
            { sourceKey: "C1", teacherSourceKey: "T1", kind: "teacher_certificate", issuedOn: "2012-08-01" },
            {
              sourceKey: "C2",
              teacherSourceKey: "T1",
              kind: "occupational_qualification",
              occupation: "电工 三级",
              issuedOn: "2019-05-01",
              expiresOn: "2030-04-30",
            },
          ],
          designations: [
            { sourceKey: "D1", teacherSourceKey: "T1", type: "backbone", level: "county", awardedOn: "2020-09-10", status: "active" },
            { sourceKey: "D2", teacherSourceKey: "T1", type: "other", level: "school", awardedOn: "2021-09-10", status: "active" },
          ],
          teachers: [teacher("T1")],
        },
      })
    ).batch!;
    expect(b2o(first)).toEqual([
      ["/records/teachers/0", "teacher", "created"],
      ["/records/teachers/0", "assignment", "created"],
      ["/records/titles/0", "title", "created"],
      ["/records/education/0", "education", "created"],
      ["/records/credentials/0", "credential", "created"],
      ["/records/credentials/1", "credential", "created"],
      ["/records/designations/0", "designation", "created"],
      ["/records/designations/1", "designation", "rejected"],
    ]);
    expect(first.results.at(-1)!.problem!.errors!.map((e) => e.pointer)).toEqual(["/records/designations/1/typeName"]);
    const id = first.results[0]!.id!;
    const read = await api.get(`/v1/teachers/${id}?asOf=2025-08-31`);
    expect(read.body).toMatchObject({ title: "second_grade", highestEducation: "bachelor", dualQualified: true });
    // A promotion: the new title ends the one held the day before, as POST /titles does.
    const second = (
      await push(api, {
        schoolId: school.id,
        records: { titles: [{ sourceKey: "TI2", teacherSourceKey: "T1", level: "first_grade", obtainedOn: "2019-09-01" }] },
      })
    ).batch!;
    expect(second.results.map((r) => [r.entity, r.outcome, r.sourceKey])).toEqual([
      ["title", "created", "TI2"],
      ["title", "ended", null],
    ]);
    const titles = (await api.get(`/v1/teachers/${id}/titles`)).body.items.map(
      (t: { level: string; obtainedOn: string; validTo: string | null }) => [t.level, t.validTo],
    );
    expect(titles).toEqual([
      ["second_grade", "2019-08-31"],
      ["first_grade", null],
    ]);
    // Unknown collections are refused with a pointer.
    const unknown = await push(api, { schoolId: school.id, records: { salaries: [] } });
    expect(unknown.res.status).toBe(422);
    expect(unknown.res.body.errors[0].pointer).toBe("/records/salaries");
  });

  it("carries training claims, submitted for a clerk to verify; evidence counts once; a verified claim is the bureau's to change", async () => {
    const { county, school, api } = await setup();
    const claim = (key: string, extra: Record<string, unknown> = {}) => ({
      sourceKey: key,
      teacherSourceKey: "T1",
      source: "external_course",
      title: "师德专题网络研修",
      category: "ethics",
      hours: 12.5,
      completedOn: "2024-05-20",
      evidenceRef: `EV-${key}`,
      ...extra,
    });
    const first = (
      await push(api, {
        schoolId: school.id,
        records: {
          trainingRecords: [
            claim("R1"),
            claim("R2", { evidenceRef: "EV-R1" }),
            claim("R3", { source: "school_activity", evidenceRef: undefined, category: "subject", hours: 4 }),
          ],
          teachers: [teacher("T1")],
        },
      })
    ).batch!;
    expect(first.results.filter((r) => r.entity === "training_record").map((r) => [r.sourceKey, r.outcome])).toEqual([
      ["R1", "created"],
      ["R2", "rejected"],
      ["R3", "created"],
    ]);
    const recordId = first.results.find((r) => r.sourceKey === "R1")!.id!;
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: county.id }));
    const stored = await clerk.get(`/v1/training-records/${recordId}`);
    expect(stored.body).toMatchObject({ status: "submitted", hours: 12.5, schoolBased: false });
    expect((await clerk.post(`/v1/training-records/${recordId}/verify`, {}, { "if-match": stored.headers.get("etag")! })).status).toBe(200);
    const again = (
      await push(api, {
        schoolId: school.id,
        records: {
          trainingRecords: [claim("R1"), claim("R3", { source: "school_activity", evidenceRef: undefined, category: "subject", hours: 6 })],
        },
      })
    ).batch!;
    expect(again.results.map((r) => [r.sourceKey, r.outcome])).toEqual([
      ["R1", "unchanged"],
      ["R3", "updated"],
    ]);
    const changed = (await push(api, { schoolId: school.id, records: { trainingRecords: [claim("R1", { hours: 20 })] } })).batch!;
    expect(changed.results[0]!.outcome).toBe("rejected");
    expect(changed.results[0]!.problem!.detail).toContain("verified");
  });

  it("atomic: one rejected row rolls the whole batch back; the result is still kept", async () => {
    const { school, api } = await setup();
    const b = (
      await push(api, { schoolId: school.id, atomic: true, records: { teachers: [teacher("T1"), teacher("T2", { gender: "robot" })] } })
    ).batch!;
    expect(b.outcome).toBe("rolled_back");
    expect(outcomes(b)).toEqual([
      ["/records/teachers/0", "teacher", "created"],
      ["/records/teachers/0", "assignment", "created"],
      ["/records/teachers/1", "teacher", "rejected"],
    ]);
    expect(await staff(school.id)).toEqual(new Set());
    expect(syncBatchSchema.parse((await api.get(`/v1/sync/batches/${b.id}`)).body).outcome).toBe("rolled_back");
  });

  it("a dry run answers exactly what apply then does, and writes nothing", async () => {
    const { school, api } = await setup();
    await push(api, { schoolId: school.id, records: { teachers: [teacher("T1"), teacher("T2"), teacher("T3")] } });
    const body = {
      schoolId: school.id,
      scope: "full",
      records: {
        teachers: [teacher("T1", { name: "新名" }), teacher("T2"), teacher("T3"), teacher("T4"), teacher("T5", { birthDate: "x" })],
      },
    };
    const before = await staff(school.id);
    const dry = (await push(api, { ...body, mode: "dry_run" })).batch!;
    expect(dry.outcome).toBe("dry_run");
    expect(await staff(school.id)).toEqual(before);
    expect(
      await ctx.db
        .select()
        .from(schema.syncSourceKeys)
        .where(sql`${schema.syncSourceKeys.schoolId} = ${school.id} and ${schema.syncSourceKeys.sourceKey} = 'T4'`),
    ).toEqual([]);
    const applied = (await push(api, body)).batch!;
    const comparable = (x: Batch) =>
      x.results.map((r) => ({
        ...r,
        id: r.outcome === "created" ? "new" : r.id,
        teacherId: r.outcome === "created" ? "new" : r.teacherId,
      }));
    expect(comparable(applied)).toEqual(comparable(dry));
    expect(applied.counts).toEqual(dry.counts);
  });

  it("full scope ends the assignments of staff missing from the file, never someone it names, and refuses to end more than 20% unless confirmed", async () => {
    const { school, api } = await setup();
    const keys = Array.from({ length: 10 }, (_, i) => `T${i}`);
    const first = (await push(api, { schoolId: school.id, records: { teachers: keys.map((k) => teacher(k)) } })).batch!;
    const idOf = (k: string) => first.results.find((r) => r.sourceKey === k && r.entity === "teacher")!.id!;
    // T9 missing (10%), T8 sent with a bad field: named, so it stays.
    const full = (
      await push(api, {
        schoolId: school.id,
        scope: "full",
        records: { teachers: [...keys.slice(0, 8).map((k) => teacher(k)), teacher("T8", { gender: "x" })] },
      })
    ).batch!;
    const ended = full.results.filter((r) => r.outcome === "ended");
    expect(ended.map((r) => [r.entity, r.teacherId, r.pointer])).toEqual([["assignment", idOf("T9"), null]]);
    expect(await staff(school.id)).toEqual(new Set(keys.slice(0, 9).map(idOf)));
    const t9 = await root().get(`/v1/teachers/${idOf("T9")}?include=assignments`);
    expect(t9.body.included.assignments[0].validTo).not.toBeNull(); // ended, not deleted
    expect(t9.status).toBe(200);
    // A teacher named only through one of their records (here T8's assignment, sent earlier as the
    // default one has no key, so a new one) is not missing either.
    const viaRecord = (
      await push(api, {
        schoolId: school.id,
        scope: "full",
        records: {
          teachers: keys.slice(0, 8).map((k) => teacher(k)),
          titles: [{ sourceKey: "TT8", teacherSourceKey: "T8", level: "second_grade", obtainedOn: "2014-09-01" }],
        },
      })
    ).batch!;
    expect(viaRecord.counts.ended).toBe(0);
    // Half the staff missing: refused, nothing written.
    const half = await push(api, { schoolId: school.id, scope: "full", records: { teachers: keys.slice(0, 5).map((k) => teacher(k)) } });
    expect(half.res.status).toBe(409);
    expect(half.res.body.detail).toContain("4 of the school's 9");
    expect(await staff(school.id)).toEqual(new Set(keys.slice(0, 9).map(idOf)));
    const confirmed = (
      await push(api, {
        schoolId: school.id,
        scope: "full",
        confirmMassEnd: true,
        records: { teachers: keys.slice(0, 5).map((k) => teacher(k)) },
      })
    ).batch!;
    expect(confirmed.counts.ended).toBe(4);
    expect(await staff(school.id)).toEqual(new Set(keys.slice(0, 5).map(idOf)));
  });

  it("is scoped: a school system pushes only its own school, and cannot take over another school's teacher", async () => {
    const { school, other, api } = await setup();
    const wrong = await push(api, { schoolId: other.id, records: { teachers: [teacher("T1")] } });
    expect(wrong.res.status).toBe(422);
    expect(wrong.res.body.errors[0].pointer).toBe("/schoolId");
    const nationalId = nationalIdFor("1988-03-02", "female");
    await makeTeacher(root(), { schoolId: other.id, nationalId, birthDate: "1988-03-02" });
    const b = (await push(api, { schoolId: school.id, records: { teachers: [teacher("T1", { nationalId })] } })).batch!;
    expect(b.results[0]!.outcome).toBe("rejected");
    expect(b.results[0]!.problem!.detail).toContain("outside your scope");
    const reporter = client(
      ctx,
      await ctx.tokenFor("reporter", { jurisdictionId: (await root().get(`/v1/schools/${school.id}`)).body.jurisdictionId }),
    );
    expect(
      (
        await reporter.post(
          "/v1/sync/batches",
          { schoolId: school.id, mode: "apply", scope: "delta", records: {} },
          { "idempotency-key": "x1" },
        )
      ).status,
    ).toBe(403);
  });

  it("needs an Idempotency-Key, refuses more than 10,000 rows with 413, and leaves nothing behind when a write fails mid-batch", async () => {
    const { school, api } = await setup();
    const missingKey = await api.post("/v1/sync/batches", { schoolId: school.id, mode: "apply", scope: "delta", records: {} });
    expect(missingKey.status).toBe(422);
    const many = Array.from({ length: 10_001 }, (_, i) => ({ sourceKey: `A${i}`, teacherSourceKey: "T", validFrom: "2020-09-01" }));
    const big = await push(api, { schoolId: school.id, records: { assignments: many } });
    expect(big.res.status).toBe(413);
    expect(big.res.body.detail).toContain("10,000");

    // A fault injected after the teachers are written: the assignment insert fails, so the teachers go too.
    const marker = "2031-07-07";
    await ctx.db.execute(
      sql.raw(`create or replace function sync_fault() returns trigger language plpgsql as $$ begin
      if new.valid_from = date '${marker}' then raise exception 'injected fault'; end if; return new; end $$`),
    );
    await ctx.db.execute(
      sql.raw(`create trigger sync_fault before insert on teacher_assignments for each row execute function sync_fault()`),
    );
    try {
      const failed = await push(api, {
        schoolId: school.id,
        records: { teachers: [teacher("T1"), teacher("T2", { assignmentStart: marker })] },
      });
      expect(failed.res.status).toBe(500);
    } finally {
      await ctx.db.execute(sql.raw("drop trigger sync_fault on teacher_assignments"));
      await ctx.db.execute(sql.raw("drop function sync_fault()"));
    }
    expect(await staff(school.id)).toEqual(new Set());
    const keys = await ctx.db
      .select()
      .from(schema.syncSourceKeys)
      .where(inArray(schema.syncSourceKeys.schoolId, [school.id]));
    expect(keys).toEqual([]);
  });
});
