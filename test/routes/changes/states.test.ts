import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { maskNationalId } from "../../../src/domain/national-id.ts";
import { TITLE_GROUPS, TITLE_LEVELS } from "../../../src/domain/vocab.ts";
import { changesPageSchema } from "../../../src/contract/changes.ts";
import { teacherCoreSchema } from "../../../src/contract/teachers.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, nationalIdFor, uniqueCode } from "../../support/factories.ts";
import { client, type Client } from "../../support/http.ts";

const ctx = useTestApp();
const root = () => client(ctx);
type Change = ReturnType<typeof changesPageSchema.parse>["items"][number];

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

async function created(res: Promise<{ status: number; body: any }>): Promise<{ id: string }> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

// The states are rendered by the database when the change is written (drizzle/0005_change_feed_api_state.sql);
// these tests hold them to what the resources' own reads return, on both databases.
describe("change feed states", () => {
  it("are, for every entity, exactly what the resource's own read returns (values and key order)", async () => {
    const j = await makeJurisdiction(root(), { level: "county" });
    const school = await makeSchool(root(), j.id);
    const api = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: j.id }));
    const start = (await drain(api, null)).cursor;

    const t = await makeTeacher(api, { schoolId: school.id, nationalId: nationalIdFor("1985-06-15", "female"), staffNumber: 'T-"7"\\路' });
    const base = `/v1/teachers/${t.id}`;
    await created(api.post(`${base}/titles`, { level: "second_grade", obtainedOn: "2010-09-01" }));
    await created(api.post(`${base}/titles`, { level: "senior", obtainedOn: "2019-09-01", certificateNumber: "GJ-19" }));
    await created(
      api.post(`${base}/education`, { level: "bachelor", institution: "辽宁师范大学", major: "数学", completedOn: "2008-07-01" }),
    );
    // stored as active, read as expired: the expiry date has passed without an event
    await created(
      api.post(`${base}/credentials`, {
        kind: "occupational_qualification",
        occupation: "电工",
        issuer: "省人社厅",
        issuedOn: "2019-05-01",
        expiresOn: "2024-04-30",
      }),
    );
    const cert = await created(
      api.post(`${base}/credentials`, {
        kind: "teacher_certificate",
        number: "2010211",
        stage: "primary",
        subject: "数学",
        issuedOn: "2010-07-01",
      }),
    );
    await created(api.post(`${base}/credentials/${cert.id}/events`, { status: "revoked", effectiveOn: "2020-01-01", reason: "撤销" }));
    await created(
      api.post(`${base}/designations`, { type: "subject_leader", level: "city", subject: "mathematics", awardedOn: "2020-09-10" }),
    );
    const record = await created(
      api.post(`${base}/training-records`, {
        source: "external_course",
        title: '课程 "一"',
        category: "subject",
        hours: 24.5,
        completedOn: "2025-06-28",
        evidenceRef: uniqueCode("E"),
      }),
    );
    expect((await root().post(`/v1/training-records/${record.id}/verify`, {})).status).toBe(200);
    await created(
      api.post(`${base}/training-records`, {
        source: "external_course",
        title: "网络研修",
        category: "subject",
        hours: 3,
        completedOn: "2025-07-01",
        evidenceRef: uniqueCode("E"),
      }),
    );

    const latest = new Map<string, Change>();
    for (const c of (await drain(api, start)).changes) latest.set(c.id, c);
    const kinds = new Set([...latest.values()].map((c) => c.entity));
    expect([...kinds].sort()).toEqual([
      "assignment",
      "credential",
      "credential_event",
      "designation",
      "education",
      "teacher",
      "title",
      "training_record",
    ]);

    const SEGMENTS: Record<string, string> = {
      assignment: "assignments",
      title: "titles",
      education: "education",
      credential: "credentials",
      designation: "designations",
    };
    for (const change of latest.values()) {
      const read = async (path: string) => {
        const res = await api.get(path);
        expect(res.status, path).toBe(200);
        return res.body as Record<string, unknown>;
      };
      let expected: unknown;
      if (change.entity === "teacher") {
        const body = await read(`/v1/teachers/${change.id}`);
        expected = Object.fromEntries(Object.keys(teacherCoreSchema.shape).map((k) => [k, body[k]]));
      } else if (change.entity === "training_record") {
        expected = await read(`/v1/training-records/${change.id}`);
      } else if (change.entity === "credential_event") {
        const state = change.state as { credentialId: string };
        expected = ((await read(`${base}/credentials/${state.credentialId}/events`)).items as { id: string }[]).find(
          (e) => e.id === change.id,
        );
      } else {
        expected = await read(`${base}/${SEGMENTS[change.entity]}/${change.id}`);
      }
      expect(change.state, change.entity).toStrictEqual(expected);
      expect(JSON.stringify(change.state), `${change.entity}: key order`).toBe(JSON.stringify(expected));
    }
    const expired = [...latest.values()].find(
      (c) => c.entity === "credential" && (c.state as { kind: string }).kind === "occupational_qualification",
    );
    expect((expired!.state as { status: string }).status).toBe("expired");
  });

  it("mask national IDs and group titles as the API does", async () => {
    const rows = async (q: ReturnType<typeof sql>) => {
      const r = await ctx.db.execute(q);
      return (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];
    };
    for (const id of ["110101198506150023", "1234567", "12345678", "A1234567(8)", "1"]) {
      const [row] = await rows(sql`select "api_masked_national_id"(${id}) as m`);
      expect(row!.m, id).toBe(maskNationalId(id));
    }
    for (const level of TITLE_LEVELS) {
      const [row] = await rows(sql`select "change_api_state"('title', jsonb_build_object('level', ${level}::text))->>'group' as g`);
      expect(row!.g, level).toBe(TITLE_GROUPS[level]);
    }
    // instants: UTC, milliseconds truncated like Date.toISOString, whatever the session's time zone
    const [row] = await rows(sql`select "api_instant"(to_jsonb('2025-03-01 23:59:59.9996+08'::timestamptz)) as i`);
    expect(row!.i).toBe(new Date("2025-03-01T23:59:59.9996+08:00").toISOString());
  });
});
