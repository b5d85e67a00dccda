import { describe, expect, it } from "vitest";
import { syncBatchSchema } from "../../../src/contract/sync.ts";
import { employmentHistorySchema } from "../../../src/contract/teachers/employment.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, uniqueCode } from "../../support/factories.ts";
import { client, type Client } from "../../support/http.ts";

const ctx = useTestApp();
const root = () => client(ctx);

async function push(api: Client, body: Record<string, unknown>) {
  const res = await api.post("/v1/sync/batches", { mode: "apply", scope: "delta", ...body }, { "idempotency-key": uniqueCode("K") });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return syncBatchSchema.parse(res.body);
}

const teacher = (extra: Record<string, unknown> = {}) => ({
  sourceKey: "T1",
  name: "教师甲",
  gender: "female",
  birthDate: "1980-03-02",
  employmentCategory: "contract",
  hireDate: "2012-09-01",
  ...extra,
});

describe("sync and dated employment (issue 14)", () => {
  it("a created teacher gets its first period; a changed category is a change from the row's date; an ended teacher's later records are per-row problems", async () => {
    const county = await makeJurisdiction(root(), { level: "county" });
    const school = await makeSchool(root(), county.id);
    const api = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    const created = await push(api, { schoolId: school.id, records: { teachers: [teacher()] } });
    const id = created.results[0]!.id!;
    const periods = async () =>
      employmentHistorySchema
        .parse((await root().get(`/v1/teachers/${id}/employment`)).body)
        .items.map((p) => [p.validFrom, p.validTo, p.employmentCategory]);
    expect(await periods()).toEqual([[null, null, "contract"]]);

    // 合同转正 sent with its date: a change from that day, the earlier answer kept.
    const converted = await push(api, {
      schoolId: school.id,
      records: { teachers: [teacher({ employmentCategory: "on_establishment", employmentFrom: "2024-09-01" })] },
    });
    expect(converted.results.map((r) => [r.entity, r.outcome])).toEqual([["teacher", "updated"]]);
    expect(await periods()).toEqual([
      [null, "2024-08-31", "contract"],
      ["2024-09-01", null, "on_establishment"],
    ]);
    expect((await root().get(`/v1/teachers/${id}?asOf=2024-08-31`)).body.employmentCategory).toBe("contract");
    expect((await root().get(`/v1/teachers/${id}?asOf=2024-09-01`)).body.employmentCategory).toBe("on_establishment");
    // The same row again changes nothing.
    const again = await push(api, {
      schoolId: school.id,
      records: { teachers: [teacher({ employmentCategory: "on_establishment", employmentFrom: "2024-09-01" })] },
    });
    expect(again.results.map((r) => r.outcome)).toEqual(["unchanged"]);

    // Ended: a record running past the end is a per-row problem naming it; the rest of the batch applies.
    expect((await root().post(`/v1/teachers/${id}/end`, { status: "left", endedOn: "2025-06-30", reason: "辞职" })).status).toBe(200);
    const late = await push(api, {
      schoolId: school.id,
      records: {
        assignments: [{ sourceKey: "A9", teacherSourceKey: "T1", kind: "secondary", validFrom: "2025-09-01" }],
        titles: [{ sourceKey: "L1", teacherSourceKey: "T1", level: "second_grade", obtainedOn: "2016-12-01" }],
      },
    });
    const byEntity = Object.fromEntries(late.results.map((r) => [r.entity, r]));
    expect(byEntity.assignment).toMatchObject({ outcome: "rejected", problem: { status: 422 } });
    expect(byEntity.assignment!.problem!.detail).toContain("ended service on 2025-06-30");
    expect(byEntity.assignment!.problem!.errors![0]!.pointer).toBe("/records/assignments/0/validFrom");
    expect(byEntity.title).toMatchObject({ outcome: "created" });
    // A category change while out of service is refused for that row.
    const out = await push(api, { schoolId: school.id, records: { teachers: [teacher({ employmentCategory: "other" })] } });
    expect(out.results[0]).toMatchObject({ outcome: "rejected", problem: { status: 422 } });
  });
});
