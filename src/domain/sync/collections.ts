import { checkDesignation } from "../designations.ts";
import { vetoedKindOf, type VetoedKind } from "../ethics.ts";
import type { Columns, RecordCollection, SyncEntity } from "./rows.ts";

/**
 * The rules of each record collection a batch carries: the same rules its resource applies through
 * the record API (src/services/teacher-records), on the record's stored columns.
 */
export interface CollectionRules {
  collection: RecordCollection;
  entity: SyncEntity;
  /** The audit trail's entity name, as the resource's own writes record it. */
  audit: string;
  /** The API fields a date problem points at. */
  startField: string;
  endField: string;
  /** Records of which one holds at a time (and which stored ones compete): the one-at-a-time rule. */
  exclusive?(columns: Record<string, unknown>): boolean;
  /** What the record lacks: [API field, problem] pairs (empty when complete). */
  check?(columns: Columns): [string, string][];
  /** What an ethics veto blocks (as the record API's rule: src/services/teacher-records/records.ts), and the columns that decide it. */
  veto?: { kindOf(columns: Record<string, unknown>): VetoedKind | null; decidedBy: string[] };
}

export const RECORD_COLLECTIONS: readonly CollectionRules[] = [
  {
    collection: "assignments",
    entity: "assignment",
    audit: "TeacherAssignment",
    startField: "validFrom",
    endField: "validTo",
    exclusive: (c) => c.kind === "primary",
  },
  {
    collection: "titles",
    entity: "title",
    audit: "TeacherTitle",
    startField: "obtainedOn",
    endField: "obtainedOn",
    exclusive: () => true,
    veto: { kindOf: (c) => vetoedKindOf.titles(c as { obtainedBy?: string }), decidedBy: ["validFrom", "obtainedBy"] },
  },
  { collection: "education", entity: "education", audit: "TeacherEducation", startField: "completedOn", endField: "completedOn" },
  {
    collection: "credentials",
    entity: "credential",
    audit: "TeacherCredential",
    startField: "issuedOn",
    endField: "expiresOn",
    veto: { kindOf: (c) => vetoedKindOf.credentials(c as { kind: string }), decidedBy: ["validFrom", "kind"] },
  },
  {
    collection: "designations",
    entity: "designation",
    audit: "TeacherDesignation",
    startField: "awardedOn",
    endField: "validUntil",
    veto: { kindOf: (c) => vetoedKindOf.designations(c as { status?: string }), decidedBy: ["validFrom", "status", "type", "level"] },
    check: (c) =>
      checkDesignation({
        type: c.type as string,
        typeName: (c.typeName as string | undefined) ?? null,
        status: (c.status as "active" | "expired" | "revoked" | undefined) ?? "active",
        awardedOn: c.validFrom,
        validUntil: c.validTo,
      }),
  },
];

/** Training claims pushed by a school system (external courses, school-based activity). */
export const CLAIMS = { collection: "trainingRecords", entity: "training_record", audit: "TrainingRecord" } as const;

/** The batch's school's own classification periods (src/domain/sync/plan-classifications.ts). */
export const SCHOOL_CLASSIFICATIONS = {
  collection: "schoolClassifications",
  entity: "school_classification",
  audit: "SchoolClassification",
} as const;

/** Every collection of a batch, in the order results are listed. */
export const BATCH_COLLECTIONS = [
  "teachers",
  ...RECORD_COLLECTIONS.map((r) => r.collection),
  CLAIMS.collection,
  SCHOOL_CLASSIFICATIONS.collection,
] as const;

/** Collection -> the entity its rows are (the change feed's name). */
export const ENTITY_OF: Record<string, SyncEntity> = {
  teachers: "teacher",
  ...Object.fromEntries(RECORD_COLLECTIONS.map((r) => [r.collection, r.entity])),
  [CLAIMS.collection]: CLAIMS.entity,
  [SCHOOL_CLASSIFICATIONS.collection]: SCHOOL_CLASSIFICATIONS.entity,
};
