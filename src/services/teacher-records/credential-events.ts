import { recordAudit } from "../../db/audit/record.ts";
import {
  credentialEvents,
  credentialInScope,
  insertCredentialEvent,
  setCredentialStatus,
} from "../../db/teacher-records/credential-events.ts";
import type { Database } from "../../db/types.ts";
import { credentialStatusOn, type CredentialStatus } from "../../domain/credentials.ts";
import { RuleViolation } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";
import { requireHomeSchool } from "./home-school.ts";

export interface CredentialEventInput {
  teacherId: string;
  credentialId: string;
  status: CredentialStatus;
  effectiveOn: string;
  reason?: string;
  /** The day the credential's stored status is computed for. */
  today: string;
}

/**
 * Record a credential's status change from a date: in one transaction the event, the status the
 * events give today stored on the credential (its version moves on), and the audit event.
 */
export function recordCredentialEvent(db: Database, actor: Actor, input: CredentialEventInput) {
  const { teacherId, credentialId } = input;
  return db.transaction(async (tx) => {
    const credential = await credentialInScope(tx, actor.scope, teacherId, credentialId, true);
    await requireHomeSchool(tx, actor, teacherId);
    if (input.effectiveOn < credential.validFrom) {
      throw new RuleViolation("The event precedes the credential", [
        { pointer: "/effectiveOn", detail: `Must be on or after ${credential.validFrom}` },
      ]);
    }
    const created = await insertCredentialEvent(tx, {
      credentialId,
      status: input.status,
      effectiveOn: input.effectiveOn,
      reason: input.reason ?? null,
    });
    const events = await credentialEvents(tx, credentialId);
    const status = credentialStatusOn({ issuedOn: credential.validFrom, expiresOn: credential.validTo }, events, input.today) ?? "active";
    await setCredentialStatus(tx, credentialId, status);
    await recordAudit(tx, actor, {
      action: "status_event",
      entity: "TeacherCredential",
      entityId: credentialId,
      teacherId,
      before: { status: credential.status },
      after: { status, event: created },
    });
    return created;
  });
}
