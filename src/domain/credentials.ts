/**
 * Status of a credential on a date, from its issue/expiry dates and its dated status events.
 * Mirrors hasActiveCredentialOn in src/db/teacher-attributes.ts (which counts only "active").
 */
export type CredentialStatus = "active" | "expired" | "revoked" | "suspended";

export interface CredentialDates {
  issuedOn: string;
  expiresOn: string | null;
}

export interface StatusEvent {
  status: CredentialStatus;
  effectiveOn: string;
  /** Breaks ties between events on the same day (UUIDv7: the later-recorded one wins), as the SQL does. */
  id?: string;
}

const byDateThenId = (a: StatusEvent, b: StatusEvent) =>
  a.effectiveOn !== b.effectiveOn
    ? a.effectiveOn < b.effectiveOn
      ? -1
      : 1
    : (a.id ?? "") < (b.id ?? "")
      ? -1
      : (a.id ?? "") > (b.id ?? "")
        ? 1
        : 0;

/**
 * Not yet issued on asOf: null. Otherwise the latest event on or before asOf decides when it is a
 * suspension, revocation or expiry; when there is none, or it is a reinstatement ("active"), the
 * dates decide: "expired" after expiresOn, else "active". A reinstatement does not extend the expiry
 * date (a renewal corrects expiresOn).
 */
export function credentialStatusOn(c: CredentialDates, events: StatusEvent[], asOf: string): CredentialStatus | null {
  if (asOf < c.issuedOn) return null;
  const latest = events
    .filter((e) => e.effectiveOn <= asOf)
    .sort(byDateThenId)
    .at(-1);
  if (latest && latest.status !== "active") return latest.status;
  if (c.expiresOn !== null && c.expiresOn < asOf) return "expired";
  return "active";
}

/** 双师型: an active teacher certificate and an active occupational qualification on the same date. */
export function dualQualifiedOn(credentials: (CredentialDates & { kind: string; events: StatusEvent[] })[], asOf: string): boolean {
  const active = (kind: string) => credentials.some((c) => c.kind === kind && credentialStatusOn(c, c.events, asOf) === "active");
  return active("teacher_certificate") && active("occupational_qualification");
}
