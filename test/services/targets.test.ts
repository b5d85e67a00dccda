import { describe, expect, it } from "vitest";
import { findTarget } from "../../src/db/targets/targets.ts";
import { NotFound, RuleViolation } from "../../src/domain/errors.ts";
import { cliActor, requestActor } from "../../src/services/actor.ts";
import { resolveJurisdiction } from "../../src/services/metrics/evaluate.ts";
import { createTarget } from "../../src/services/targets/create.ts";
import { evaluateTarget } from "../../src/services/targets/evaluate.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();

describe("the targets services, without an HTTP request", () => {
  it("create a target and evaluate it: 2 women of 3 teachers is 66.6667% against a 50% target", async () => {
    const api = client(ctx);
    const city = await makeJurisdiction(api);
    const school = await makeSchool(api, city.id);
    for (const gender of ["female", "female", "male"]) await makeTeacher(api, { schoolId: school.id, gender, hireDate: "2010-09-01" });
    const actor = cliActor("cli:test");
    const input = (jurisdictionId: string, code: string) =>
      ({
        jurisdictionId,
        code,
        title: "女教师占比",
        plan: { title: "测试规划", from: "2021-01-01", to: "2025-12-31" },
        metric: { kind: "ratio", population: { status: ["active"] }, numerator: { gender: "female" } },
        comparator: "gte",
        value: 50,
        unit: "percent",
      }) as Parameters<typeof createTarget>[2];
    const created = await createTarget(ctx.db, actor, input(city.id, "W1"));
    const row = await findTarget(ctx.db, actor.scope, created.id);
    const e = await evaluateTarget(ctx.db, actor, row, "2025-08-31", "none");
    expect([e.numerator, e.denominator, e.value, e.target?.met]).toEqual([2, 3, 66.6667, true]);

    // A target for a jurisdiction outside the actor's subtree: the reference is refused, nothing written.
    const other = await makeJurisdiction(api);
    const clerk = requestActor(
      { id: "c-1", role: "hr_clerk", source: "client", orgType: "jurisdiction", orgId: city.id, path: `/${city.id}/`, teacherId: null },
      null,
    );
    await expect(createTarget(ctx.db, clerk, input(other.id, "W2"))).rejects.toBeInstanceOf(RuleViolation);
    await expect(resolveJurisdiction(ctx.db, clerk, other.id, { parameter: "jurisdictionId" })).rejects.toBeInstanceOf(NotFound);
  });
});
