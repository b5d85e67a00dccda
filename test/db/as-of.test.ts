import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { credentialActiveOn, validOnOpenStart } from "../../src/db/as-of.ts";
import { rowsOf } from "../../src/db/migrations.ts";
import { teacherCredentialEvents, teacherCredentials, teachers } from "../../src/db/schema/index.ts";
import { credentialStatusOn, type CredentialStatus } from "../../src/domain/credentials.ts";
import { classifiedOn } from "../../src/domain/schools/classifications.ts";
import { uuidv7 } from "../../src/lib/ids.ts";
import { useTestApp } from "../support/app.ts";

const ctx = useTestApp();

interface Case {
  name: string;
  issuedOn: string;
  expiresOn: string | null;
  /** Events in the order they are recorded (ids increase), so same-day ties go to the later one. */
  events: { status: CredentialStatus; effectiveOn: string }[];
}

/** Histories that exercise every branch of credentialStatusOn: dates, events, reinstatement, same-day ties. */
const CASES: Case[] = [
  { name: "open, no events", issuedOn: "2020-03-01", expiresOn: null, events: [] },
  { name: "expires", issuedOn: "2020-03-01", expiresOn: "2022-02-28", events: [] },
  {
    name: "suspended then reinstated",
    issuedOn: "2019-01-10",
    expiresOn: null,
    events: [
      { status: "suspended", effectiveOn: "2021-05-01" },
      { status: "active", effectiveOn: "2021-11-01" },
    ],
  },
  {
    name: "revoked before expiry",
    issuedOn: "2018-09-01",
    expiresOn: "2024-08-31",
    events: [{ status: "revoked", effectiveOn: "2022-01-15" }],
  },
  {
    name: "reinstated after its expiry date",
    issuedOn: "2018-09-01",
    expiresOn: "2021-08-31",
    events: [
      { status: "suspended", effectiveOn: "2020-01-01" },
      { status: "active", effectiveOn: "2021-10-01" },
    ],
  },
  {
    name: "same-day tie: the later-recorded event wins",
    issuedOn: "2019-06-01",
    expiresOn: null,
    events: [
      { status: "suspended", effectiveOn: "2021-03-01" },
      { status: "active", effectiveOn: "2021-03-01" },
      { status: "revoked", effectiveOn: "2022-03-01" },
      { status: "active", effectiveOn: "2022-03-01" },
      { status: "suspended", effectiveOn: "2022-03-01" },
    ],
  },
  {
    name: "an expiry event before the expiry date",
    issuedOn: "2020-01-01",
    expiresOn: "2025-12-31",
    events: [{ status: "expired", effectiveOn: "2023-06-30" }],
  },
];

/** Every boundary of every case, and the days around each. */
function datesOf(c: Case): string[] {
  const shift = (d: string, days: number) => new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const points = [c.issuedOn, ...(c.expiresOn ? [c.expiresOn] : []), ...c.events.map((e) => e.effectiveOn), "2017-01-01", "2026-06-30"];
  return [...new Set(points.flatMap((p) => [shift(p, -1), p, shift(p, 1)]))].sort();
}

describe("the credential-active rule: SQL (src/db/as-of.ts) and domain (src/domain/credentials.ts) agree", () => {
  it("on every boundary of histories covering each branch", async () => {
    const teacherId = uuidv7();
    await ctx.db
      .insert(teachers)
      .values({ id: teacherId, name: "证书", gender: "female", birthDate: "1980-01-01", employmentCategory: "on_establishment" });
    let compared = 0;
    for (const c of CASES) {
      const id = uuidv7();
      await ctx.db
        .insert(teacherCredentials)
        .values({ id, teacherId, kind: "teacher_certificate", validFrom: c.issuedOn, validTo: c.expiresOn });
      const events = c.events.map((e) => ({ id: uuidv7(), credentialId: id, ...e }));
      if (events.length) await ctx.db.insert(teacherCredentialEvents).values(events);
      for (const d of datesOf(c)) {
        const rows = (await ctx.db.execute(
          sql`select coalesce(${credentialActiveOn("c", "teacher_certificate", sql`${d}`)}, false) as active from teacher_credentials c where c.id = ${id}`,
        )) as unknown as { rows?: { active: boolean }[] } & { active: boolean }[];
        const active = (rows.rows ?? rows)[0]!.active;
        const expected = credentialStatusOn({ issuedOn: c.issuedOn, expiresOn: c.expiresOn }, events, d) === "active";
        expect(active, `${c.name} on ${d}`).toBe(expected);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(80);
  });
});

describe("validOnOpenStart (a school's classification periods) is classifiedOn", () => {
  const PERIODS = [
    { validFrom: null, validTo: null },
    { validFrom: null, validTo: "2024-08-31" },
    { validFrom: "2024-09-01", validTo: "2025-08-31" },
    { validFrom: "2025-09-01", validTo: null },
  ];
  const DATES = ["1900-01-01", "2024-08-31", "2024-09-01", "2025-08-31", "2025-09-01", "2099-12-31"];

  it("agrees with the domain statement on every period and date, ends included", async () => {
    for (const p of PERIODS) {
      for (const d of DATES) {
        const rows = await ctx.db.execute(
          sql`select ${validOnOpenStart("p", sql`${d}`)} as ok from (select ${p.validFrom}::date as valid_from, ${p.validTo}::date as valid_to) p`,
        );
        expect([p, d, rowsOf<{ ok: boolean }>(rows)[0]!.ok]).toEqual([p, d, classifiedOn(p, d)]);
      }
    }
  });
});
