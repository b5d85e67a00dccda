-- Only events about no teacher are scoped by org path (src/routes/audit/scope.ts); a sync batch's
-- per-record events (all about a teacher) no longer pay for this index.
DROP INDEX "audit_events_org_idx";--> statement-breakpoint
CREATE INDEX "audit_events_org_idx" ON "audit_events" USING btree ("org_path" text_pattern_ops) WHERE "audit_events"."teacher_id" is null;