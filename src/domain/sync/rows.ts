/**
 * What a sync batch is made of once each row has passed its validator, what the register holds for
 * it (the facts read before planning), and what planning answers: plain data, so the plan is a pure
 * function (src/domain/sync/plan.ts) tested without a database.
 */
import type { VetoRecord } from "../ethics.ts";
import type { EmploymentPeriod } from "../employment.ts";
import type { Refusal } from "../errors.ts";
import type { EmploymentWrites } from "./plan-employment.ts";

export type SyncEntity =
  | "teacher"
  | "assignment"
  | "title"
  | "education"
  | "credential"
  | "designation"
  | "training_record"
  | "school_classification";
export type SyncOutcome = "created" | "updated" | "unchanged" | "ended" | "rejected";
export type RecordCollection = "assignments" | "titles" | "education" | "credentials" | "designations";

/** Where a row stands in the batch. */
interface RowRef {
  index: number;
  /** JSON pointer of the row, e.g. /records/teachers/3. */
  pointer: string;
  sourceKey: string;
}

/** The teacher fields a batch writes (the TEACHER_FIELDS of the core record). */
export interface TeacherFields {
  name: string;
  gender: string;
  birthDate: string;
  nationalId?: string | null;
  staffNumber?: string | null;
  employmentCategory: string;
  onEstablishmentNotAtPost?: boolean;
  hireDate?: string | null;
  teachingStartDate?: string | null;
}

/** A valid teacher row: its fields (national ID upper-cased) and its default assignment's terms. */
export interface TeacherRow extends RowRef {
  fields: TeacherFields;
  postType: string;
  assignmentStart?: string;
  /** The date the row's employment category and 在编不在岗 hold from (default: the batch date). */
  employmentFrom?: string;
}

/** A record's columns as stored: validFrom/validTo always present (validTo null while open). */
export type Columns = Record<string, unknown> & { validFrom: string; validTo: string | null };

export interface RecordRow extends RowRef {
  collection: RecordCollection;
  teacherSourceKey: string;
  columns: Columns;
}

export interface ClaimRow extends RowRef {
  teacherSourceKey: string;
  columns: Record<string, unknown> & { evidenceRef: string | null };
  /** A historical import: the decision's columns (status, reviewedBy, verifiedOn / rejectedOn, rejectionReason); null for a claim. */
  decision?: Record<string, unknown> | null;
}

/** A row its validator refused: its result is final before anything is read. */
export interface RejectedRow {
  collection: string;
  entity: SyncEntity;
  pointer: string;
  sourceKey: string | null;
  refusal: Refusal;
  /** What the row names although refused (when its shape was valid): a full batch never ends them. */
  nationalId?: string | null;
  teacherSourceKey?: string;
}

export interface ValidatedBatch {
  teachers: TeacherRow[];
  records: Record<RecordCollection, RecordRow[]>;
  claims: ClaimRow[];
  rejected: RejectedRow[];
}

/** A stored row of the register as the plan sees it (any table; the columns it has). */
export type Stored = Record<string, unknown> & { id: string };
export type StoredRecord = Stored & { teacherId: string; validFrom: string; validTo: string | null };
export type StoredTeacher = Stored & { nationalId: string | null; visible: boolean };

/** What the register holds for the batch, read in one go before planning. */
export interface SyncFacts {
  today: string;
  schoolId: string;
  /** The actor the claims are submitted by. */
  actorId: string;
  scope: "delta" | "full";
  confirmMassEnd: boolean;
  /** This school's teacher sourceKeys (every key the batch names) -> teacher id. */
  teacherKeys: Map<string, string>;
  /** National IDs of the batch's teacher rows -> the teacher registered with it. */
  nationalIdOwners: Map<string, string>;
  /** Every teacher those two name, with whether the actor may write to them. */
  teachers: Map<string, StoredTeacher>;
  /** The employment periods of the teachers the actor may write to. */
  employment: Map<string, EmploymentPeriod[]>;
  /** Per collection: this school's record sourceKeys -> id, and the records of the teachers involved. */
  records: Record<RecordCollection, { keys: Map<string, string>; rows: StoredRecord[] }>;
  claims: {
    keys: Map<string, string>;
    rows: Map<string, Stored & { teacherId: string; status: string }>;
    /** `${teacherId}|${evidenceRef}` held by other claims that are not rejected. */
    evidence: Set<string>;
  };
  /** A full batch: the school's assignments open today or later. */
  staff: StoredRecord[];
  /** Ids of the involved teachers' assignments at schools outside the actor's scope: the batch may not change or end them. */
  foreignAssignments: Set<string>;
  /** The involved teachers whose home school (src/domain/home-school.ts) is outside the actor's scope -> that school: their records without a school of their own are not the batch's to write. */
  foreignHomes: Map<string, string>;
  /** The involved teachers' ethics records with a veto, by teacher. */
  vetoes: Map<string, VetoRecord[]>;
}

export interface RowResult {
  pointer: string | null;
  entity: SyncEntity;
  sourceKey: string | null;
  outcome: SyncOutcome;
  id: string | null;
  teacherId: string | null;
  matchedBy: "source_key" | "national_id" | null;
  refusal: Refusal | null;
}

export interface RecordUpdate {
  id: string;
  teacherId: string;
  before: Stored;
  change: Record<string, unknown>;
  outcome: "updated" | "ended";
  /** What the audit event adds to the change (e.g. the record that superseded this one); not a column. */
  note?: Record<string, unknown>;
}

export interface NewKey {
  schoolId: string;
  entity: SyncEntity;
  sourceKey: string;
  entityId: string;
}

/** What to write, in the order it is written, and a result for every row. */
export interface BatchPlan {
  results: RowResult[];
  teacherKeys: NewKey[];
  newTeachers: Record<string, unknown>[];
  teacherUpdates: RecordUpdate[];
  employment: EmploymentWrites;
  recordKeys: NewKey[];
  records: Record<RecordCollection, { inserts: Record<string, unknown>[]; updates: RecordUpdate[] }>;
  newClaims: Record<string, unknown>[];
  claimUpdates: RecordUpdate[];
}
