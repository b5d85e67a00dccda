import { vetoedSpan, vetoOverlapping, vetoReason } from "../ethics.ts";
import { homeSchoolRefusal } from "../home-school.ts";
import { endedRefusal, isTenure, outOfServiceDuring } from "../employment.ts";
import { refusal, type Refusal } from "../errors.ts";
import { END_REASONS, placeExclusive } from "../periods.ts";
import { RECORD_COLLECTIONS, type CollectionRules } from "./collections.ts";
import type { NewKey, RecordCollection, RecordRow, RecordUpdate, RowResult, StoredRecord, SyncFacts, ValidatedBatch } from "./rows.ts";
import { changedFields, firstBySourceKey, type Ids } from "./shared.ts";
import type { AcceptedTeacher } from "./plan-teachers.ts";

/** Which teacher a row's teacherSourceKey names, or why it names none the batch may write to. */
export interface TeacherResolver {
  resolve(key: string): string | undefined;
  unresolved(key: string): string;
}

/**
 * A row's teacher: one the batch accepted, else one an earlier batch of this school created and the
 * actor may write to. A key whose own row was rejected names nobody.
 */
export function teacherResolver(
  accepted: Map<string, AcceptedTeacher>,
  rejectedRows: Map<string, string>,
  facts: SyncFacts,
): TeacherResolver {
  const earlier = (key: string) => (accepted.has(key) || rejectedRows.has(key) ? undefined : facts.teacherKeys.get(key));
  return {
    resolve(key) {
      const own = accepted.get(key)?.id;
      if (own) return own;
      const id = earlier(key);
      return id && facts.teachers.get(id)?.visible ? id : undefined;
    },
    unresolved(key) {
      if (rejectedRows.has(key)) return `The teacher's row ${rejectedRows.get(key)} was rejected`;
      return earlier(key)
        ? "That teacher is outside your scope"
        : "No teacher with this sourceKey in the batch or sent earlier by this school";
    },
  };
}

/** One collection's records as the batch leaves them (the stored ones, then each change planned). */
export class RecordState {
  readonly byTeacher = new Map<string, StoredRecord[]>();
  readonly byId = new Map<string, StoredRecord>();
  readonly inserts: Record<string, unknown>[] = [];
  readonly updates: RecordUpdate[] = [];
  constructor(stored: StoredRecord[]) {
    for (const row of stored) this.keep(row);
  }
  keep(row: StoredRecord): void {
    const list = this.byTeacher.get(row.teacherId);
    if (!list) this.byTeacher.set(row.teacherId, [row]);
    else {
      const i = list.findIndex((x) => x.id === row.id);
      if (i >= 0) list[i] = row;
      else list.push(row);
    }
    this.byId.set(row.id, row);
  }
}

export interface RecordsPlan {
  states: Record<RecordCollection, RecordState>;
  keys: NewKey[];
  results: RowResult[];
  /** Teachers that got an assignment row from the batch. */
  withAssignment: Set<string>;
}

/**
 * The records of every collection: the row's teacher, the record its sourceKey names (of that teacher
 * only), the one-at-a-time rule against the teacher's records as the batch has left them, and created,
 * updated or unchanged by what differs.
 */
export function planRecords(batch: ValidatedBatch, facts: SyncFacts, teachers: TeacherResolver, ids: Ids): RecordsPlan {
  const states = Object.fromEntries(
    RECORD_COLLECTIONS.map((c) => [c.collection, new RecordState(facts.records[c.collection].rows)]),
  ) as Record<RecordCollection, RecordState>;
  const plan: RecordsPlan = { states, keys: [], results: [], withAssignment: new Set() };
  for (const rules of RECORD_COLLECTIONS) {
    const state = states[rules.collection];
    const keys = facts.records[rules.collection].keys;
    const reject = (r: RecordRow, why: Refusal, teacherId: string | null = null) =>
      plan.results.push({
        pointer: r.pointer,
        entity: rules.entity,
        sourceKey: r.sourceKey,
        outcome: "rejected",
        id: null,
        teacherId,
        matchedBy: null,
        refusal: why,
      });
    const rows = firstBySourceKey(batch.records[rules.collection], (r, first) =>
      reject(r, refusal("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)),
    );
    for (const r of rows) {
      const teacherId = teachers.resolve(r.teacherSourceKey);
      if (!teacherId) {
        reject(r, refusal("rule_violation", teachers.unresolved(r.teacherSourceKey), `${r.pointer}/teacherSourceKey`));
        continue;
      }
      const id = keys.get(r.sourceKey);
      const current = id ? state.byId.get(id) : undefined;
      if (id && (!current || current.teacherId !== teacherId)) {
        reject(r, refusal("conflict", "This sourceKey names a record of another teacher", `${r.pointer}/teacherSourceKey`), teacherId);
        continue;
      }
      // Only an assignment names its own school; every other record is the teacher's home school's.
      const foreignHome = rules.collection === "assignments" ? undefined : facts.foreignHomes.get(teacherId);
      if (foreignHome) {
        reject(r, refusal("scope_violation", homeSchoolRefusal(teacherId, foreignHome), r.pointer), teacherId);
        continue;
      }
      if (current && facts.foreignAssignments.has(current.id)) {
        reject(
          r,
          refusal(
            "scope_violation",
            `${rules.entity} ${current.id} is at a school outside your scope; ${COUNTY_MAKES_TRANSFERS}`,
            r.pointer,
          ),
          teacherId,
        );
        continue;
      }
      const next = { ...(current ?? { id: ids.next(), teacherId, version: 1, endReason: null }), ...r.columns } as StoredRecord;
      // Ending is total: nothing may run past the end of service until the teacher is reinstated.
      const periods = facts.employment.get(teacherId) ?? [];
      const ended = outOfServiceDuring(periods, next.validFrom, next.validTo, !isTenure(rules.collection));
      if (ended) {
        const startsOut = outOfServiceDuring(periods, next.validFrom, next.validFrom, true) !== undefined;
        reject(r, endedRefusal(ended, `${r.pointer}/${startsOut ? rules.startField : rules.endField}`), teacherId);
        continue;
      }
      const vetoed = vetoRefusal(rules, facts, current, next);
      if (vetoed) {
        reject(r, refusal("conflict", vetoed, `${r.pointer}/${rules.startField}`), teacherId);
        continue;
      }
      const refused = place(rules, state, next, !current, facts.foreignAssignments);
      if (refused) {
        reject(
          r,
          { ...refused, issues: [{ pointer: `${r.pointer}/${refused.pointerField ?? rules.startField}`, detail: refused.detail }] },
          teacherId,
        );
        continue;
      }
      if (rules.collection === "assignments") plan.withAssignment.add(teacherId);
      const done = (outcome: "created" | "updated" | "unchanged", recordId: string) =>
        plan.results.push({
          pointer: r.pointer,
          entity: rules.entity,
          sourceKey: r.sourceKey,
          outcome,
          id: recordId,
          teacherId,
          matchedBy: null,
          refusal: null,
        });
      if (!current) {
        state.keep(next);
        state.inserts.push(next); // with its version and end reason: the columns' defaults
        plan.keys.push({ schoolId: facts.schoolId, entity: rules.entity, sourceKey: r.sourceKey, entityId: next.id });
        done("created", next.id);
        continue;
      }
      const change = changedFields(current, r.columns, Object.keys(r.columns));
      if (Object.keys(change).length === 0) {
        done("unchanged", current.id);
        continue;
      }
      state.updates.push({ id: current.id, teacherId, before: { ...current }, change, outcome: "updated" });
      state.keep(next);
      done("updated", current.id);
    }
  }
  return plan;
}

/** Why a batch may not end or move another school's assignment: the county places teachers (县管校聘). */
const COUNTY_MAKES_TRANSFERS = "a transfer between schools (交流轮岗 / 县管校聘) is made by the county bureau (domain.md §1.5, §3.1)";

/**
 * The ethics veto (domain.md §3.3) as the record API applies it: a record the veto blocks on its date
 * is refused, naming the ethics record and its window; a batch cannot override (only a bureau_admin
 * through the API can). A correction that changes none of the deciding columns awards nothing new.
 */
function vetoRefusal(rules: CollectionRules, facts: SyncFacts, current: StoredRecord | undefined, next: StoredRecord): string | null {
  if (!rules.veto) return null;
  if (current && !rules.veto.decidedBy.some((c) => JSON.stringify(current[c]) !== JSON.stringify(next[c]))) return null;
  const kind = rules.veto.kindOf(next);
  if (!kind) return null;
  const span = vetoedSpan(kind, next.validFrom);
  const veto = vetoOverlapping(facts.vetoes.get(next.teacherId) ?? [], span.from, span.to);
  return veto ? vetoReason(kind, veto) : null;
}

/**
 * The one-at-a-time rule (src/domain/periods.ts, as the record API applies it): a new record after the
 * open one ends it the day before, as superseded; any other overlap is a conflict, described. A
 * predecessor at a school outside the actor's scope is not ended: that would be a transfer.
 */
function place(
  rules: CollectionRules,
  state: RecordState,
  next: StoredRecord,
  create: boolean,
  foreign: Set<string>,
): (Refusal & { pointerField?: string }) | null {
  if (!rules.exclusive?.(next)) return null;
  const competing = (state.byTeacher.get(next.teacherId) ?? [])
    .filter((x) => rules.exclusive!(x))
    .map((x) => ({ id: x.id, validFrom: x.validFrom, validTo: x.validTo }));
  const placement = placeExclusive(competing, next, create);
  if (!placement.ok) {
    const c = placement.conflict;
    return { kind: "conflict", detail: `Overlaps ${rules.entity} ${c.id} (${c.validFrom} – ${c.validTo ?? "open"})`, issues: [] };
  }
  if (placement.close) {
    if (foreign.has(placement.close.id))
      return {
        kind: "scope_violation",
        detail: `This would end primary ${rules.entity} ${placement.close.id} at a school outside your scope; ${COUNTY_MAKES_TRANSFERS}`,
        issues: [],
        pointerField: "kind",
      };
    const before = state.byId.get(placement.close.id)!;
    const change = { validTo: placement.close.validTo, endReason: END_REASONS.superseded };
    state.updates.push({
      id: before.id,
      teacherId: next.teacherId,
      before: { ...before },
      change,
      outcome: "ended",
      note: { supersededBy: next.id },
    });
    state.keep({ ...before, ...change });
  }
  return null;
}
