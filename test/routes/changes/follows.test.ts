import { describe, expect, it } from "vitest";
import { changesPageSchema } from "../../../src/contract/changes.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client, type Client } from "../../support/http.ts";

// The feed follows the people (issue 14): a change reaches the readers whose scope held the record
// when it was written, before or after it, and says when the teacher is leaving a reader.
const ctx = useTestApp();
const root = () => client(ctx);
type Change = ReturnType<typeof changesPageSchema.parse>["items"][number];

/** A day relative to today (UTC), far enough from today that the server's current_date agrees. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function drain(api: Client, cursor: string | null) {
  const out: Change[] = [];
  for (;;) {
    const res = await api.get(`/v1/changes?limit=1000${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = changesPageSchema.parse(res.body);
    out.push(...page.items);
    cursor = page.nextCursor;
    if (!page.hasMore) return { changes: out, cursor };
  }
}

/** A reader bound to a school (its school system) or a county, with its cursor at the end of the feed now. */
async function reader(binding: { schoolId?: string; jurisdictionId?: string }) {
  const api = client(ctx, await ctx.tokenFor(binding.schoolId ? "school_sync" : "hr_clerk", binding));
  let cursor = (await drain(api, null)).cursor;
  return {
    /** The changes since the last call, as [entity, record id, leftScope]. */
    async next() {
      const r = await drain(api, cursor);
      cursor = r.cursor;
      return r.changes;
    },
  };
}

const brief = (changes: Change[]) => changes.map((c) => [c.entity, c.id, c.leftScope]);

async function ok<T = any>(res: Promise<{ status: number; body: any }>, status = 201): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

/** A county with two schools, and a teacher at the first (home assignment from 2015-09-01). */
async function setting() {
  const county = await makeJurisdiction(root(), { level: "county" });
  const s1 = await makeSchool(root(), county.id);
  const s2 = await makeSchool(root(), county.id);
  const t = await makeTeacher(root(), { schoolId: s1.id, assignmentStart: "2015-09-01" });
  const assignments = await ok<{ items: { id: string }[] }>(root().get(`/v1/teachers/${t.id}/assignments`), 200);
  return { county, s1, s2, t, home: assignments.items[0]!.id };
}

describe("the feed follows the people", () => {
  it("transfer out: the old school gets the end and the last state, then nothing; the new one from the start", async () => {
    const { county, s1, s2, t, home } = await setting();
    const [r1, r2, rc] = [
      await reader({ schoolId: s1.id }),
      await reader({ schoolId: s2.id }),
      await reader({ jurisdictionId: county.id }),
    ];

    const title = await ok(root().post(`/v1/teachers/${t.id}/titles`, { level: "second_grade", obtainedOn: "2012-09-01" }));
    expect(brief(await r1.next())).toEqual([["title", title.id, false]]);
    expect(await r2.next()).toEqual([]);

    // The transfer: a primary at S2 from ten days ago ends the one at S1 the day before, in one transaction.
    const moved = await ok(root().post(`/v1/teachers/${t.id}/assignments`, { schoolId: s2.id, kind: "primary", validFrom: day(-10) }));
    const atS1 = await r1.next();
    expect(brief(atS1)).toEqual([["assignment", home, true]]);
    expect(atS1[0]!.state).toMatchObject({ schoolId: s1.id, validTo: day(-11) });
    // S2 receives the new assignment (and the end of the old one: after the transaction the teacher is its)
    expect(brief(await r2.next())).toEqual([
      ["assignment", home, false],
      ["assignment", moved.id, false],
    ]);
    expect(brief(await rc.next())).toEqual([
      ["title", title.id, false],
      ["assignment", home, false],
      ["assignment", moved.id, false],
    ]);

    // Later changes of the teacher reach S2 and the county, not S1.
    const patched = await ok(root().patch(`/v1/teachers/${t.id}`, { staffNumber: "S2-7" }, { "if-match": `"${t.version}"` }), 200);
    const promoted = await ok(root().post(`/v1/teachers/${t.id}/titles`, { level: "first_grade", obtainedOn: day(-5) }));
    expect(await r1.next()).toEqual([]);
    const later = await r2.next();
    expect(later.map((c) => c.entity)).toEqual(["teacher", "title", "title"]);
    expect(later[0]!.id).toBe(t.id);
    expect(new Set(later.slice(1).map((c) => c.id))).toEqual(new Set([title.id, promoted.id])); // the promotion ended the first title
    expect(later[0]!.state).toMatchObject({ staffNumber: "S2-7", version: patched.version });
    expect(later.every((c) => !c.leftScope)).toBe(true);
    expect((await rc.next()).length).toBe(3);
    // And S1 can no longer read the teacher: the feed and the record agree.
    const s1Reader = client(ctx, await ctx.tokenFor("school_sync", { schoolId: s1.id }));
    expect((await s1Reader.get(`/v1/teachers/${t.id}`)).status).toBe(404);
  });

  it("a transfer dated ahead: the old school keeps receiving the teacher, marked as leaving, until the end date", async () => {
    const { s1, s2, t, home } = await setting();
    const [r1, r2] = [await reader({ schoolId: s1.id }), await reader({ schoolId: s2.id })];
    const moved = await ok(root().post(`/v1/teachers/${t.id}/assignments`, { schoolId: s2.id, kind: "primary", validFrom: day(30) }));
    // S1 still holds the teacher until day 29, so it also sees where they go; both as leaving
    const atS1 = await r1.next();
    expect(brief(atS1)).toEqual([
      ["assignment", home, true],
      ["assignment", moved.id, true],
    ]);
    expect(atS1[0]!.state).toMatchObject({ validTo: day(29) });
    expect(brief(await r2.next())).toEqual([
      ["assignment", home, false],
      ["assignment", moved.id, false],
    ]);
    // still at S1 until day 29: both schools receive a change made now, S1 told the teacher is leaving
    await ok(root().patch(`/v1/teachers/${t.id}`, { staffNumber: "X-1" }, { "if-match": `"${t.version}"` }), 200);
    expect(brief(await r1.next())).toEqual([["teacher", t.id, true]]);
    expect(brief(await r2.next())).toEqual([["teacher", t.id, false]]);
  });

  it("a secondary post: the host school receives it from its start, the teacher meanwhile, and its end; then nothing", async () => {
    const { s1, t } = await setting();
    const otherCounty = await makeJurisdiction(root(), { level: "county" });
    const host = await makeSchool(root(), otherCounty.id);
    const [r1, rh, rOther] = [
      await reader({ schoolId: s1.id }),
      await reader({ schoolId: host.id }),
      await reader({ jurisdictionId: otherCounty.id }),
    ];

    await ok(root().post(`/v1/teachers/${t.id}/education`, { level: "bachelor", institution: "辽宁师范大学", completedOn: "2008-07-01" }));
    expect(await rh.next()).toEqual([]); // not the host's yet
    const post = await ok(
      root().post(`/v1/teachers/${t.id}/assignments`, { schoolId: host.id, kind: "secondary", postType: "teaching", validFrom: day(-40) }),
    );
    expect(brief(await rh.next())).toEqual([["assignment", post.id, false]]);
    expect(brief(await rOther.next())).toEqual([["assignment", post.id, false]]);
    const title = await ok(root().post(`/v1/teachers/${t.id}/titles`, { level: "second_grade", obtainedOn: "2012-09-01" }));
    expect(brief(await rh.next())).toEqual([["title", title.id, false]]);
    expect(brief(await rOther.next())).toEqual([["title", title.id, false]]);

    const ended = await ok(root().post(`/v1/teachers/${t.id}/assignments/${post.id}/end`, { endedOn: day(-10) }), 200);
    expect(ended.validTo).toBe(day(-10));
    const end = await rh.next();
    expect(brief(end)).toEqual([["assignment", post.id, true]]);
    expect(brief(await rOther.next())).toEqual([["assignment", post.id, true]]);
    // the home school saw all of it, never as leaving
    expect(brief(await r1.next()).map((c) => c[2])).toEqual([false, false, false, false]);

    await ok(root().post(`/v1/teachers/${t.id}/titles`, { level: "first_grade", obtainedOn: day(-5) }));
    expect(await rh.next()).toEqual([]);
    expect(await rOther.next()).toEqual([]);
    expect((await r1.next()).length).toBe(2); // the first title ended, the new one
  });

  it("a teacher ended stays with the school where they last served", async () => {
    const { s1, s2, t, home } = await setting();
    const [r1, r2] = [await reader({ schoolId: s1.id }), await reader({ schoolId: s2.id })];
    const ended = await ok(
      root().post(
        `/v1/teachers/${t.id}/end`,
        { status: "retired", endedOn: day(-20), reason: "到龄退休" },
        { "if-match": `"${t.version}"` },
      ),
      200,
    );
    const atS1 = await r1.next();
    const byEntity = Object.fromEntries(atS1.map((c) => [c.entity, c]));
    expect(byEntity.teacher?.state).toMatchObject({ status: "retired", endedOn: day(-20) });
    expect(byEntity.assignment).toMatchObject({ id: home, leftScope: false, state: { validTo: day(-20) } });
    expect(atS1.every((c) => !c.leftScope)).toBe(true);
    // a later correction of the retired teacher's record still reaches where they last served, no one else
    await ok(root().patch(`/v1/teachers/${t.id}`, { staffNumber: "R-1" }, { "if-match": `"${ended.version}"` }), 200);
    expect(brief(await r1.next())).toEqual([["teacher", t.id, false]]);
    expect(await r2.next()).toEqual([]);
  });

  it("an assignment moved to another school by a correction reaches the school it left, as leaving", async () => {
    const { s1, s2, t, home } = await setting();
    const [r1, r2] = [await reader({ schoolId: s1.id }), await reader({ schoolId: s2.id })];
    await ok(root().patch(`/v1/teachers/${t.id}/assignments/${home}`, { schoolId: s2.id }, { "if-match": '"1"' }), 200);
    const atS1 = await r1.next();
    expect(brief(atS1)).toEqual([["assignment", home, true]]);
    expect(atS1[0]!.state).toMatchObject({ schoolId: s2.id });
    expect(brief(await r2.next())).toEqual([["assignment", home, false]]);
  });

  it("a sync batch's new teachers reach their school, the teacher rows written before their assignments too", async () => {
    const { s1, s2 } = await setting();
    const [r1, r2] = [await reader({ schoolId: s1.id }), await reader({ schoolId: s2.id })];
    const sync = client(ctx, await ctx.tokenFor("school_sync", { schoolId: s1.id }));
    const teacher = {
      name: "李老师",
      gender: "male",
      birthDate: "1990-01-02",
      employmentCategory: "on_establishment",
      hireDate: "2014-09-01",
    };
    const body = {
      mode: "apply",
      scope: "delta",
      schoolId: s1.id,
      records: {
        teachers: [{ sourceKey: "T1", ...teacher }],
        assignments: [{ sourceKey: "A1", teacherSourceKey: "T1", kind: "primary", postType: "teaching", validFrom: "2014-09-01" }],
        titles: [{ sourceKey: "P1", teacherSourceKey: "T1", level: "second_grade", obtainedOn: "2016-09-01" }],
      },
    };
    const res = await sync.post("/v1/sync/batches", body, { "idempotency-key": `feed-${Date.now()}` });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const got = await r1.next();
    expect(got.map((c) => [c.entity, c.sourceKey, c.leftScope])).toEqual([
      ["teacher", "T1", false],
      ["assignment", "A1", false],
      ["title", "P1", false],
    ]);
    expect(await r2.next()).toEqual([]);
  });
});
