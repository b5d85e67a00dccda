import { describe, expect, it } from "vitest";
import { schoolClassificationSchema } from "../../../src/contract/school-classifications.ts";
import { syncBatchSchema } from "../../../src/contract/sync.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, uniqueCode } from "../../support/factories.ts";
import { client, type Client } from "../../support/http.ts";

const ctx = useTestApp();
const root = () => client(ctx);

async function push(api: Client, schoolId: string, rows: unknown[], extra: Record<string, unknown> = {}) {
  const res = await api.post(
    "/v1/sync/batches",
    { mode: "apply", scope: "delta", schoolId, records: { schoolClassifications: rows }, ...extra },
    { "idempotency-key": uniqueCode("K") },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return syncBatchSchema.parse(res.body);
}

async function history(schoolId: string) {
  const res = await root().get(`/v1/schools/${schoolId}/classifications`);
  return (res.body.items as unknown[]).map((x) => schoolClassificationSchema.parse(x));
}

describe("sync: the school's classification (records.schoolClassifications)", () => {
  it("reclassifies from a date, corrects a period by its start, and refuses a start that would rewrite the past", async () => {
    const county = await makeJurisdiction(root(), { level: "county" });
    const school = await makeSchool(root(), county.id, { locationClass: "town", staffingQuota: 40 });
    const api = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    // Two reclassifications sent out of order: they are placed in date order, each ending the one before.
    const first = await push(api, school.id, [
      { validFrom: "2025-09-01", staffingQuota: 44 },
      { validFrom: "2024-09-01", locationClass: "rural", remote: true },
    ]);
    expect(first.results.map((r) => [r.pointer, r.entity, r.outcome])).toEqual([
      ["/records/schoolClassifications/0", "school_classification", "created"],
      ["/records/schoolClassifications/1", "school_classification", "created"],
      [null, "school_classification", "ended"],
    ]);
    expect((await history(school.id)).map((c) => [c.validFrom, c.validTo, c.locationClass, c.remote, c.staffingQuota])).toEqual([
      [null, "2024-08-31", "town", false, 40],
      ["2024-09-01", "2025-08-31", "rural", true, 40],
      ["2025-09-01", null, "rural", true, 44],
    ]);
    expect((await root().get(`/v1/schools/${school.id}?asOf=2025-01-01`)).body).toMatchObject({
      locationClass: "rural",
      staffingQuota: 40,
    });
    // The same rows again: unchanged. A row on a period's start with other facts corrects it in place.
    const again = await push(api, school.id, [{ validFrom: "2024-09-01", locationClass: "rural", remote: true }]);
    expect(again.results.map((r) => r.outcome)).toEqual(["unchanged"]);
    const fix = await push(api, school.id, [{ validFrom: "2024-09-01", weak: true }]);
    expect(fix.results.map((r) => r.outcome)).toEqual(["updated"]);
    // A start before the current one's that is no period's start is a per-row problem, and the rest applies.
    const mixed = await push(api, school.id, [
      { validFrom: "2025-03-01", locationClass: "urban" },
      { validFrom: "2026-09-01", weak: false },
      { validFrom: "bad" },
    ]);
    expect(mixed.results.map((r) => [r.pointer, r.outcome, r.problem?.status ?? null])).toEqual([
      ["/records/schoolClassifications/0", "rejected", 422],
      ["/records/schoolClassifications/1", "created", null],
      ["/records/schoolClassifications/2", "rejected", 422],
      [null, "ended", null],
    ]);
    expect(mixed.results[0]!.problem!.errors).toEqual([
      { pointer: "/records/schoolClassifications/0/validFrom", detail: expect.stringContaining("PATCH") },
    ]);
    expect((await history(school.id)).map((c) => [c.validFrom, c.validTo, c.weak])).toEqual([
      [null, "2024-08-31", false],
      ["2024-09-01", "2025-08-31", true],
      ["2025-09-01", "2026-08-31", false], // carried from 2024-09-01 before that period was corrected
      ["2026-09-01", null, false],
    ]);
    // Audited as the school system's writes: 2024-09-01 was created already ending (its successor came in the
    // same batch) and corrected; 2025-09-01 was created and ended by the 2026-09-01 row.
    const actions = async (id: string) =>
      (
        (await root().get(`/v1/audit-events?entity=SchoolClassification&entityId=${id}`)).body.items as {
          action: string;
          actorRole: string;
        }[]
      )
        .map((e) => `${e.action} ${e.actorRole}`)
        .sort();
    expect(await actions(fix.results[0]!.id!)).toEqual(["create school_sync", "update school_sync"]);
    expect(await actions(first.results[0]!.id!)).toEqual(["create school_sync", "end school_sync"]);
  });

  it("a dry run and an atomic batch with a rejected row write nothing; another school's system cannot push", async () => {
    const county = await makeJurisdiction(root(), { level: "county" });
    const school = await makeSchool(root(), county.id);
    const other = await makeSchool(root(), county.id);
    const api = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    const dry = await push(api, school.id, [{ validFrom: "2025-09-01", locationClass: "rural" }], { mode: "dry_run" });
    expect(dry.results.map((r) => r.outcome)).toEqual(["created", "ended"]);
    const atomic = await push(
      api,
      school.id,
      [
        { validFrom: "2025-09-01", locationClass: "rural" },
        { validFrom: "2025-09-01", weak: true },
      ],
      {
        atomic: true,
      },
    );
    expect(atomic.results.map((r) => r.outcome)).toEqual(["created", "rejected", "ended"]);
    expect(atomic.outcome).toBe("rolled_back");
    expect((await history(school.id)).map((c) => [c.validFrom, c.validTo])).toEqual([[null, null]]);
    const foreign = await api.post(
      "/v1/sync/batches",
      { mode: "apply", scope: "delta", schoolId: other.id, records: { schoolClassifications: [{ validFrom: "2025-09-01", weak: true }] } },
      { "idempotency-key": uniqueCode("K") },
    );
    expect([foreign.status, foreign.body.errors?.[0]?.pointer]).toEqual([422, "/schoolId"]);
    expect((await history(other.id)).length).toBe(1);
  });
});
