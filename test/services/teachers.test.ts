import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { teacherCreateSchema } from "../../src/contract/teachers.ts";
import { assignmentCreateSchema } from "../../src/contract/teachers/assignments.ts";
import { jurisdictionPath } from "../../src/db/paths.ts";
import { auditEvents, teacherAssignments, teachers } from "../../src/db/schema/index.ts";
import { NotFound, RuleViolation } from "../../src/domain/errors.ts";
import { cliActor, requestActor } from "../../src/services/actor.ts";
import { createRecord } from "../../src/services/teacher-records/write.ts";
import { assignmentRecord } from "../../src/services/teacher-records/records.ts";
import { registerTeacher } from "../../src/services/teachers/register.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, uniqueCode } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();

/** A clerk bound to a city, as a request would make it. */
async function clerkOf(cityId: string) {
  const path = (await jurisdictionPath(ctx.db, cityId))!;
  return requestActor(
    { id: `c-${cityId}`, role: "hr_clerk", source: "client", orgType: "jurisdiction", orgId: cityId, path, teacherId: null },
    "req-1",
  );
}

const registration = (name: string, schoolId: string) => ({
  ...teacherCreateSchema.parse({
    name,
    gender: "female",
    birthDate: "1988-04-02",
    employmentCategory: "contract",
    hireDate: "2015-09-01",
    schoolId,
  }),
  today: "2025-09-01",
});

describe("the teacher services, without an HTTP request", () => {
  it("registers a teacher with a home assignment, then a new assignment supersedes it; both audited for the actor", async () => {
    const city = await makeJurisdiction(client(ctx));
    const first = await makeSchool(client(ctx), city.id);
    const second = await makeSchool(client(ctx), city.id);
    const actor = cliActor("cli:test");

    const teacher = await registerTeacher(ctx.db, actor, registration("李老师", first.id));
    expect([teacher.name, teacher.currentSchoolId, teacher.version]).toEqual(["李老师", first.id, 1]);

    const values = assignmentCreateSchema.parse({ schoolId: second.id, validFrom: "2021-09-01" });
    const created = await createRecord(ctx.db, actor, assignmentRecord, { teacherId: teacher.id, values });
    expect([created.schoolId, created.kind, created.validFrom, created.validTo, created.version]).toEqual([
      second.id,
      "primary",
      "2021-09-01",
      null,
      1,
    ]);

    const rows = await ctx.db
      .select()
      .from(teacherAssignments)
      .where(eq(teacherAssignments.teacherId, teacher.id))
      .orderBy(asc(teacherAssignments.validFrom));
    // The home assignment starts on the hire date; the new one ends it the day before it starts.
    expect(rows.map((r) => [r.schoolId, r.validFrom, r.validTo, r.endReason, r.version])).toEqual([
      [first.id, "2015-09-01", "2021-08-31", "superseded", 2],
      [second.id, "2021-09-01", null, null, 1],
    ]);

    const events = await ctx.db.select().from(auditEvents).where(eq(auditEvents.teacherId, teacher.id)).orderBy(asc(auditEvents.id));
    expect(events.map((e) => [e.actorId, e.actorRole, e.action, e.entity, e.entityId, e.requestId])).toEqual([
      ["cli:test", "cli", "create", "Teacher", teacher.id, null],
      ["cli:test", "cli", "create", "TeacherEmployment", expect.any(String), null],
      ["cli:test", "cli", "create", "TeacherAssignment", rows[0]!.id, null],
      ["cli:test", "cli", "end", "TeacherAssignment", rows[0]!.id, null],
      ["cli:test", "cli", "create", "TeacherAssignment", created.id, null],
    ]);
    // Why: the home school given at registration; the predecessor superseded by the new assignment.
    expect(events[2]!.after).toMatchObject({ reason: expect.stringContaining("POST /v1/teachers") });
    expect(events[3]!.after).toEqual({ validTo: "2021-08-31", endReason: "superseded", supersededBy: created.id });
  });

  it("refuses an actor bound to another city: the school is an invalid reference, the teacher is not found", async () => {
    const city = await makeJurisdiction(client(ctx));
    const school = await makeSchool(client(ctx), city.id);
    const elsewhere = await makeJurisdiction(client(ctx));
    const outsider = await clerkOf(elsewhere.id);

    const name = uniqueCode("王老师");
    const refused = registerTeacher(ctx.db, outsider, registration(name, school.id));
    await expect(refused).rejects.toBeInstanceOf(RuleViolation);
    await expect(refused).rejects.toMatchObject({ detail: `School ${school.id} does not exist`, issues: [{ pointer: "/schoolId" }] });
    // The teacher row was inserted before the school was checked; the transaction took it back.
    expect(await ctx.db.select({ id: teachers.id }).from(teachers).where(eq(teachers.name, name))).toEqual([]);

    const teacher = await registerTeacher(ctx.db, await clerkOf(city.id), registration("赵老师", school.id));
    const values = assignmentCreateSchema.parse({ schoolId: school.id, kind: "secondary", validFrom: "2022-09-01" });
    const hidden = createRecord(ctx.db, outsider, assignmentRecord, { teacherId: teacher.id, values });
    await expect(hidden).rejects.toBeInstanceOf(NotFound);
    await expect(hidden).rejects.toMatchObject({ detail: `Teacher ${teacher.id} was not found` });
    expect((await ctx.db.select().from(teacherAssignments).where(eq(teacherAssignments.teacherId, teacher.id))).length).toBe(1);
  });
});
