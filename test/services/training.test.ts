import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Principal } from "../../src/auth/principal.ts";
import { auditEvents, trainingRecords } from "../../src/db/schema/index.ts";
import { NotFound, RuleViolation } from "../../src/domain/errors.ts";
import { cliActor, requestActor } from "../../src/services/actor.ts";
import { bulkEnroll, enrollTeacher } from "../../src/services/training/enroll.ts";
import { updateEnrollment } from "../../src/services/training/enrollment-updates.ts";
import { createProgram } from "../../src/services/training/programs.ts";
import { useTestApp } from "../support/app.ts";
import { client } from "../support/http.ts";
import { makeTeacher, makeTree, uniqueCode } from "../routes/training/fixtures.ts";

const ctx = useTestApp();
const api = () => client(ctx);

/** The services are called without a request: the actor is named, not taken from a token. */
describe("training services", () => {
  const program = (ownerJurisdictionId: string) => ({
    code: uniqueCode("P"),
    title: "信息技术应用能力提升",
    level: "county" as const,
    mode: "blended" as const,
    category: "ict" as const,
    creditedHours: 24.5,
    startDate: "2025-03-01",
    endDate: "2025-06-30",
    ownerJurisdictionId,
    modules: [
      { code: "M1", title: "信息化教学设计", hours: 10 },
      { code: "M2", title: "智慧课堂实践" },
    ],
  });

  it("creates a programme, enrolls a teacher and credits the hours on completion, each with its audit event", async () => {
    const tree = await makeTree(api());
    const teacher = await makeTeacher(api(), { schoolId: tree.schoolA.id });
    const actor = cliActor("cli:test");

    const { row, mods } = await createProgram(ctx.db, actor, program(tree.countyA.id));
    expect(row.ownerPath).toBe(`/${tree.city.id}/${tree.countyA.id}/`);
    expect(row.creditedHours).toBe("24.5");
    expect(mods.map((m) => [m.code, m.position, m.hours])).toEqual([
      ["M1", 1, "10.0"],
      ["M2", 2, null],
    ]);
    const [created] = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, row.id), eq(auditEvents.action, "create")));
    expect(created).toMatchObject({ entity: "TrainingProgram", actorId: "cli:test", actorRole: "cli", orgPath: row.ownerPath });
    expect((created!.after as { modules: string[] }).modules).toEqual(["M1", "M2"]);

    const first = await enrollTeacher(ctx.db, actor, { programId: row.id, teacherId: teacher.id, today: "2025-03-02" });
    expect(first.created).toBe(true);
    expect(first.enrollment).toMatchObject({
      programId: row.id,
      teacherId: teacher.id,
      status: "enrolled",
      enrolledOn: "2025-03-02",
      teacherName: "张老师",
      version: 1,
    });
    const again = await enrollTeacher(ctx.db, actor, { programId: row.id, teacherId: teacher.id, today: "2025-03-05" });
    expect(again).toMatchObject({ created: false, enrollment: { id: first.enrollment.id, enrolledOn: "2025-03-02" } });
    const enrolled = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, first.enrollment.id));
    expect(enrolled.map((e) => [e.action, e.teacherId, e.actorId])).toEqual([["enrol", teacher.id, "cli:test"]]);

    const done = await updateEnrollment(ctx.db, actor, {
      programId: row.id,
      enrollmentId: first.enrollment.id,
      expected: 1,
      changes: { status: "completed", on: "2025-06-20", modules: { M1: "passed" } },
      today: "2025-06-21",
    });
    // Straight from enrolled to a result: the start date is the result date.
    expect(done.enrollment).toMatchObject({ status: "completed", startedOn: "2025-06-20", completedOn: "2025-06-20", version: 2 });
    const credits = await ctx.db.select().from(trainingRecords).where(eq(trainingRecords.enrollmentId, first.enrollment.id));
    expect(credits).toHaveLength(1);
    expect(credits[0]).toMatchObject({
      teacherId: teacher.id,
      source: "program",
      hours: "24.5",
      status: "verified",
      completedOn: "2025-06-20",
      submittedBy: "cli:test",
      reviewedBy: "cli:test",
    });
    const events = await ctx.db.select().from(auditEvents).where(eq(auditEvents.teacherId, teacher.id)).orderBy(asc(auditEvents.id));
    expect(events.filter((e) => e.entity.startsWith("Training")).map((e) => `${e.entity}:${e.action}`)).toEqual([
      "TrainingEnrollment:enrol",
      "TrainingEnrollment:result:completed",
      "TrainingRecord:credit",
    ]);
  });

  it("answers NotFound for a programme outside the actor's subtree, and refuses a bulk batch row by row", async () => {
    const tree = await makeTree(api());
    const teacher = await makeTeacher(api(), { schoolId: tree.schoolA.id });
    const { row } = await createProgram(ctx.db, cliActor("cli:test"), program(tree.countyA.id));

    // A clerk of the sibling county sees nothing of county A's programme.
    const sibling: Principal = {
      id: "clerk-b",
      role: "hr_clerk",
      source: "client",
      orgType: "jurisdiction",
      orgId: tree.countyB.id,
      path: `/${tree.city.id}/${tree.countyB.id}/`,
      teacherId: null,
    };
    const refused = enrollTeacher(ctx.db, requestActor(sibling, null), { programId: row.id, teacherId: teacher.id, today: "2025-03-02" });
    await expect(refused).rejects.toBeInstanceOf(NotFound);
    await expect(refused).rejects.toMatchObject({ detail: `Training programme ${row.id} was not found` });

    // Rows 1 (unknown) and 2 (the teacher of row 0 again) fail: 2 of 3 rows, nothing written.
    const unknown = "01930000-0000-7000-8000-000000000000";
    const rows = [{ teacherId: teacher.id }, { teacherId: unknown }, { teacherId: teacher.id }];
    const batch = bulkEnroll(ctx.db, cliActor("cli:test"), { programId: row.id, rows, today: "2025-03-02" });
    await expect(batch).rejects.toBeInstanceOf(RuleViolation);
    await expect(batch).rejects.toMatchObject({
      detail: "2 of 3 rows cannot be applied; nothing was written",
      issues: [
        { pointer: "/1/teacherId", detail: "No teacher with this identifier in the caller's scope" },
        { pointer: "/2/teacherId", detail: "The same teacher as row 0" },
      ],
    });
    const written = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "enrol"), eq(auditEvents.teacherId, teacher.id)));
    expect(written).toEqual([]);
  });
});
