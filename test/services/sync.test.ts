import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { syncBatchSchema } from "../../src/contract/sync.ts";
import { auditEvents, teacherAssignments } from "../../src/db/schema/index.ts";
import { RuleViolation } from "../../src/domain/errors.ts";
import { cliActor, requestActor } from "../../src/services/actor.ts";
import { pushBatch } from "../../src/services/sync/push.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();

describe("the sync service, without an HTTP request", () => {
  it("applies a batch for an actor and attributes it; an actor outside the school's county gets the domain error", async () => {
    const county = await makeJurisdiction(client(ctx), { level: "county" });
    const school = await makeSchool(client(ctx), county.id);
    const actor = cliActor("cli:test");
    const row = {
      sourceKey: "T1",
      name: "教师",
      gender: "male",
      birthDate: "1990-01-02",
      employmentCategory: "contract",
      hireDate: "2015-09-01",
    };
    const envelope = { schoolId: school.id, mode: "apply" as const, scope: "delta" as const, atomic: false, confirmMassEnd: false };
    const { id, json } = await pushBatch(ctx.db, actor, { envelope, records: { teachers: [row] }, today: "2025-09-01" });
    const batch = syncBatchSchema.parse(JSON.parse(json));
    expect([batch.id, batch.counts.created, batch.results.map((r) => r.entity)]).toEqual([id, 2, ["teacher", "assignment"]]);
    const teacherId = batch.results[0]!.id!;
    const [a] = await ctx.db.select().from(teacherAssignments).where(eq(teacherAssignments.teacherId, teacherId));
    expect([a!.schoolId, a!.validFrom, a!.kind]).toEqual([school.id, "2015-09-01", "primary"]);
    const events = await ctx.db.select().from(auditEvents).where(eq(auditEvents.teacherId, teacherId));
    expect(new Set(events.map((e) => `${e.actorId} ${e.actorRole} ${e.entity}`))).toEqual(
      new Set(["cli:test cli Teacher", "cli:test cli TeacherEmployment", "cli:test cli TeacherAssignment"]),
    );

    const elsewhere = await makeJurisdiction(client(ctx), { level: "county" });
    const outsider = requestActor(
      {
        id: "c-x",
        role: "school_sync",
        source: "client",
        orgType: "jurisdiction",
        orgId: elsewhere.id,
        path: `/${elsewhere.id}/`,
        teacherId: null,
      },
      null,
    );
    const refused = pushBatch(ctx.db, outsider, { envelope, records: { teachers: [row] }, today: "2025-09-01" });
    await expect(refused).rejects.toBeInstanceOf(RuleViolation);
    await expect(refused).rejects.toMatchObject({ issues: [{ pointer: "/schoolId" }] });
  });
});
