import { describe, expect, it } from "vitest";
import { auditEventPageSchema } from "../../src/contract/audit.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, nationalIdFor } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

async function eventsFor(entityId: string) {
  return auditEventPageSchema.parse((await api().get(`/v1/audit-events?entityId=${entityId}&limit=200`)).body).items;
}

describe("audit trail", () => {
  it("records exactly one event per write, with the actor, request id and changed fields", async () => {
    const city = await makeJurisdiction(api());
    const school = await makeSchool(api(), city.id);
    const nationalId = nationalIdFor("1985-06-15", "female");
    const t = await makeTeacher(api(), { schoolId: school.id, nationalId });
    const created = await eventsFor(t.id);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: "create", entity: "Teacher", actorRole: "bureau_admin", teacherId: t.id });
    expect(created[0]!.after!.nationalId).toBe(`${nationalId.slice(0, 3)}***********${nationalId.slice(-4)}`);
    expect(JSON.stringify(created)).not.toContain(nationalId);

    const res = await api().patch(`/v1/teachers/${t.id}`, { staffNumber: "S-2" }, { "x-request-id": "audit-req-1" });
    expect(res.status).toBe(200);
    const events = await eventsFor(t.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      action: "update",
      before: { staffNumber: null },
      after: { staffNumber: "S-2" },
      requestId: "audit-req-1",
    });
    expect(Object.keys(events[1]!.after!)).toEqual(["staffNumber"]);

    const me = (await api().get("/v1/me")).body;
    expect(events.every((e) => e.actorId === me.clientId)).toBe(true);
  });

  it("records sub-record writes against the teacher, and they appear in the teacher's history", async () => {
    const city = await makeJurisdiction(api());
    const a = await makeSchool(api(), city.id);
    const b = await makeSchool(api(), city.id);
    const t = await makeTeacher(api(), { schoolId: a.id, hireDate: "2015-09-01" });
    const added = await api().post(`/v1/teachers/${t.id}/assignments`, { schoolId: b.id, kind: "secondary", validFrom: "2020-09-01" });
    expect((await eventsFor(added.body.id)).map((e) => [e.action, e.entity])).toEqual([["create", "TeacherAssignment"]]);
    await api().post(`/v1/teachers/${t.id}/assignments/${added.body.id}/end`, { endedOn: "2021-07-31" });
    const history = auditEventPageSchema.parse((await api().get(`/v1/teachers/${t.id}/history`)).body).items;
    // The home assignment POST /v1/teachers made is audited too, and the first employment period.
    expect(history.map((e) => `${e.entity}:${e.action}`)).toEqual([
      "Teacher:create",
      "TeacherEmployment:create",
      "TeacherAssignment:create",
      "TeacherAssignment:create",
      "TeacherAssignment:end",
    ]);
    expect(history[2]!.after).toMatchObject({ schoolId: a.id, kind: "primary", validFrom: "2015-09-01" });
    expect(history[4]).toMatchObject({ before: { validTo: null }, after: { validTo: "2021-07-31" } });
  });

  it("writes no event when the write fails and rolls back", async () => {
    const city = await makeJurisdiction(api());
    const a = await makeSchool(api(), city.id);
    const t = await makeTeacher(api(), { schoolId: a.id, hireDate: "2015-09-01" });
    const before = await eventsFor(t.id);
    const stale = await api().patch(`/v1/teachers/${t.id}`, { staffNumber: "X" }, { "if-match": '"99"' });
    expect(stale.status).toBe(412);
    const overlap = await api().post(`/v1/teachers/${t.id}/assignments`, {
      schoolId: a.id,
      validFrom: "2014-01-01",
      validTo: "2016-01-01",
    });
    expect(overlap.status).toBe(409);
    expect(await eventsFor(t.id)).toEqual(before);
    const history = auditEventPageSchema.parse((await api().get(`/v1/teachers/${t.id}/history`)).body).items;
    // The registration: the teacher, its first employment period and its home assignment.
    expect(history.map((e) => `${e.entity}:${e.action}`)).toEqual([
      "Teacher:create",
      "TeacherEmployment:create",
      "TeacherAssignment:create",
    ]);
  });

  it("audits every full national-ID read, and only admins and clerks may make one", async () => {
    const city = await makeJurisdiction(api());
    const school = await makeSchool(api(), city.id);
    const nationalId = nationalIdFor("1979-11-02", "male");
    const t = await makeTeacher(api(), { schoolId: school.id, nationalId, gender: "male", birthDate: "1979-11-02" });
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: city.id }));
    const read = await clerk.get(`/v1/teachers/${t.id}/national-id`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ teacherId: t.id, nationalId });
    expect(read.headers.get("cache-control")).toBe("no-store");
    const reads = (await eventsFor(t.id)).filter((e) => e.action === "read_national_id");
    expect(reads).toHaveLength(1);
    expect(reads[0]!.actorRole).toBe("hr_clerk");
    for (const role of ["school_sync", "reporter"] as const) {
      const binding = role === "school_sync" ? { schoolId: school.id } : { jurisdictionId: city.id };
      const res = await client(ctx, await ctx.tokenFor(role, binding)).get(`/v1/teachers/${t.id}/national-id`);
      expect(res.status, role).toBe(403);
    }
    expect((await eventsFor(t.id)).filter((e) => e.action === "read_national_id")).toHaveLength(1);
  });

  it("scopes the trail like the data and offers no way to change it", async () => {
    const city = await makeJurisdiction(api());
    const other = await makeJurisdiction(api());
    const s1 = await makeSchool(api(), city.id);
    const s2 = await makeSchool(api(), other.id);
    const t1 = await makeTeacher(api(), { schoolId: s1.id });
    const t2 = await makeTeacher(api(), { schoolId: s2.id });
    const admin = client(ctx, await ctx.tokenFor("bureau_admin", { jurisdictionId: city.id }));
    const seen = async (id: string) => (await admin.get(`/v1/audit-events?entityId=${id}`)).body.items.length;
    expect(await seen(t1.id)).toBe(1);
    expect(await seen(t2.id)).toBe(0);
    expect(await seen(s1.id)).toBe(1);
    expect(await seen(s2.id)).toBe(0);
    for (const method of ["DELETE", "PATCH", "PUT", "POST"]) {
      const res = await api().send(method, "/v1/audit-events", method === "DELETE" ? undefined : {});
      expect(res.status, method).toBe(405);
    }
  });
});
