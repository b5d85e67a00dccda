import { describe, expect, it } from "vitest";
import { credentialEventSchema, credentialSchema } from "../../../src/contract/teachers/credentials.ts";
import { pageSchema } from "../../../src/lib/http.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);
const page = pageSchema(credentialSchema, "CredentialPageForTest");
const eventPage = pageSchema(credentialEventSchema, "CredentialEventPageForTest");
const UNKNOWN = "01930000-0000-7000-8000-000000000000";

async function setup() {
  const city = await makeJurisdiction(api());
  const school = await makeSchool(api(), city.id, { stages: ["vocational"] });
  const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01" });
  return { school, t, base: `/v1/teachers/${t.id}/credentials` };
}

/** An occupational qualification valid 2019-05-01 – 2024-04-30. */
async function qualification(base: string) {
  const res = await api().post(base, {
    kind: "occupational_qualification",
    occupation: "电工 三级/高级工",
    issuer: "省人社厅",
    issuedOn: "2019-05-01",
    expiresOn: "2024-04-30",
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return credentialSchema.parse(res.body);
}

describe("credentials", () => {
  it("creates a teacher certificate with defaults, an ETag and a Location, and reads it back", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, {
      kind: "teacher_certificate",
      number: "20102110042000123",
      stage: "vocational",
      subject: "电工",
      issuedOn: "2010-07-01",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const cert = credentialSchema.parse(res.body);
    expect(cert).toEqual({
      id: cert.id,
      teacherId: t.id,
      kind: "teacher_certificate",
      number: "20102110042000123",
      issuer: null,
      stage: "vocational",
      subject: "电工",
      occupation: null,
      issuedOn: "2010-07-01",
      expiresOn: null,
      status: "active",
      endReason: null,
      version: 1,
    });
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`${base}/${cert.id}`);
    const got = await api().get(`${base}/${cert.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("etag")).toBe('"1"');
    expect(credentialSchema.parse(got.body)).toEqual(cert);
  });

  it("rejects bad input with pointers", async () => {
    const { base } = await setup();
    const badKind = await api().post(base, { kind: "driving_licence", issuedOn: "2010-07-01" });
    expect(badKind.status).toBe(422);
    expect(badKind.body.errors.map((e: { pointer: string }) => e.pointer)).toContain("/kind");
    const inverted = await api().post(base, { kind: "teacher_certificate", issuedOn: "2010-07-01", expiresOn: "2010-06-30" });
    expect(inverted.status).toBe(422);
    expect(inverted.body.errors).toEqual([{ pointer: "/expiresOn", detail: "Must be on or after 2010-07-01" }]);
  });

  it("corrects in place: same id, version moves on, a stale If-Match is 412", async () => {
    const { base } = await setup();
    const oq = await qualification(base);
    const fixed = await api().patch(`${base}/${oq.id}`, { number: "1921000000123", issuedOn: "2019-04-28" }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(credentialSchema.parse(fixed.body)).toMatchObject({
      id: oq.id,
      number: "1921000000123",
      issuedOn: "2019-04-28",
      occupation: oq.occupation,
      version: 2,
    });
    expect(fixed.headers.get("etag")).toBe('"2"');
    const stale = await api().patch(`${base}/${oq.id}`, { number: "x" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe("/problems/precondition_failed");
    const empty = await api().patch(`${base}/${oq.id}`, {});
    expect(empty.status).toBe(422);
    const inverted = await api().patch(`${base}/${oq.id}`, { expiresOn: "2019-01-01" });
    expect(inverted.status).toBe(422);
    expect(inverted.body.errors[0].pointer).toBe("/expiresOn");
    const history = page.parse((await api().get(base)).body).items;
    expect(history.map((c) => [c.id, c.version])).toEqual([[oq.id, 2]]);
  });

  it("answers as of a date: day before issue, first day, last day, day after expiry", async () => {
    const { base } = await setup();
    const oq = await qualification(base);
    const on = async (d: string) => page.parse((await api().get(`${base}?asOf=${d}`)).body).items.map((c) => c.id);
    expect(await on("2019-04-30")).toEqual([]);
    expect(await on("2019-05-01")).toEqual([oq.id]);
    expect(await on("2024-04-30")).toEqual([oq.id]);
    expect(await on("2024-05-01")).toEqual([]);
    // Past its expiry date, the current status says so without an event.
    expect(oq.status).toBe("expired");
  });

  it("ends a credential: expiresOn is set, the reason kept", async () => {
    const { base } = await setup();
    const res = await api().post(base, { kind: "principal_qualification", number: "XZ-2016-001", issuedOn: "2016-03-01" });
    const pq = credentialSchema.parse(res.body);
    expect(pq.status).toBe("active");
    const ended = await api().post(`${base}/${pq.id}/end`, { endedOn: "2023-02-28", reason: "换发新证" }, { "if-match": '"1"' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(credentialSchema.parse(ended.body)).toMatchObject({
      id: pq.id,
      expiresOn: "2023-02-28",
      endReason: "换发新证",
      status: "expired",
      version: 2,
    });
    const early = await api().post(`${base}/${pq.id}/end`, { endedOn: "2016-02-29" });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].pointer).toBe("/endedOn");
  });

  it("status events change the current status and version in one write; the list keeps their dates", async () => {
    const { base } = await setup();
    const cert = credentialSchema.parse(
      (await api().post(base, { kind: "teacher_certificate", stage: "vocational", issuedOn: "2010-07-01" })).body,
    );
    const events = `${base}/${cert.id}/events`;
    const suspended = await api().post(events, { status: "suspended", effectiveOn: "2022-03-01", reason: "定期注册未通过" });
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(201);
    expect(credentialEventSchema.parse(suspended.body)).toMatchObject({
      credentialId: cert.id,
      status: "suspended",
      effectiveOn: "2022-03-01",
      reason: "定期注册未通过",
    });
    const afterSuspension = await api().get(`${base}/${cert.id}`);
    expect(credentialSchema.parse(afterSuspension.body)).toMatchObject({ status: "suspended", version: 2 });
    expect(afterSuspension.headers.get("etag")).toBe('"2"');
    // A PATCH with the ETag read before the event now fails.
    expect((await api().patch(`${base}/${cert.id}`, { number: "x" }, { "if-match": '"1"' })).status).toBe(412);

    expect((await api().post(events, { status: "active", effectiveOn: "2022-09-01", reason: "补办注册" })).status).toBe(201);
    expect(credentialSchema.parse((await api().get(`${base}/${cert.id}`)).body)).toMatchObject({ status: "active", version: 3 });
    // Recorded out of order: the status follows the dates, not the order of recording.
    expect((await api().post(events, { status: "revoked", effectiveOn: "2023-06-01" })).status).toBe(201);
    expect((await api().post(events, { status: "suspended", effectiveOn: "2023-01-10" })).status).toBe(201);
    expect(credentialSchema.parse((await api().get(`${base}/${cert.id}`)).body)).toMatchObject({ status: "revoked", version: 5 });

    const listed = eventPage.parse((await api().get(events)).body).items;
    expect(listed.map((e) => [e.effectiveOn, e.status])).toEqual([
      ["2022-03-01", "suspended"],
      ["2022-09-01", "active"],
      ["2023-01-10", "suspended"],
      ["2023-06-01", "revoked"],
    ]);
    const paged = eventPage.parse((await api().get(`${events}?limit=3`)).body);
    expect(paged.items).toHaveLength(3);
    const rest = eventPage.parse((await api().get(`${events}?limit=3&cursor=${encodeURIComponent(paged.nextCursor!)}`)).body);
    expect(rest.items.map((e) => e.status)).toEqual(["revoked"]);
    expect(rest.nextCursor).toBeNull();
  });

  it("a status event dated after today counts from its date, not before", async () => {
    const { base } = await setup();
    const cert = credentialSchema.parse((await api().post(base, { kind: "teacher_certificate", issuedOn: "2010-07-01" })).body);
    expect((await api().post(`${base}/${cert.id}/events`, { status: "revoked", effectiveOn: "2999-01-01" })).status).toBe(201);
    expect(credentialSchema.parse((await api().get(`${base}/${cert.id}`)).body)).toMatchObject({ status: "active", version: 2 });
  });

  it("refuses an event before the issue date or with an unknown status", async () => {
    const { base } = await setup();
    const oq = await qualification(base);
    const early = await api().post(`${base}/${oq.id}/events`, { status: "revoked", effectiveOn: "2019-04-30" });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([{ pointer: "/effectiveOn", detail: "Must be on or after 2019-05-01" }]);
    const unknown = await api().post(`${base}/${oq.id}/events`, { status: "lost", effectiveOn: "2020-01-01" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { pointer: string }) => e.pointer)).toContain("/status");
    expect(eventPage.parse((await api().get(`${base}/${oq.id}/events`)).body).items).toEqual([]);
  });

  it("404s an unknown teacher, an unknown credential and another teacher's credential, events included", async () => {
    const { school, base } = await setup();
    const oq = await qualification(base);
    const other = await makeTeacher(api(), { schoolId: school.id });
    const theirs = `/v1/teachers/${other.id}/credentials/${oq.id}`;
    expect((await api().get(`/v1/teachers/${UNKNOWN}/credentials`)).status).toBe(404);
    expect((await api().post(`/v1/teachers/${UNKNOWN}/credentials`, { kind: "teacher_certificate", issuedOn: "2010-07-01" })).status).toBe(
      404,
    );
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
    expect((await api().get(theirs)).status).toBe(404);
    expect((await api().patch(theirs, { number: "x" })).status).toBe(404);
    expect((await api().post(`${theirs}/end`, { endedOn: "2024-01-01" })).status).toBe(404);
    expect((await api().get(`${theirs}/events`)).status).toBe(404);
    const stolen = await api().post(`${theirs}/events`, { status: "revoked", effectiveOn: "2020-01-01" });
    expect(stolen.status).toBe(404);
    expect((await api().post(`${base}/${UNKNOWN}/events`, { status: "revoked", effectiveOn: "2020-01-01" })).status).toBe(404);
    expect(credentialSchema.parse((await api().get(`${base}/${oq.id}`)).body).version).toBe(1);
  });
});
