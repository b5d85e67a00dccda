CREATE TABLE "target_snapshots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"target_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"group_by" text NOT NULL,
	"evaluation" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"code" text,
	"title" text NOT NULL,
	"plan_title" text NOT NULL,
	"plan_from" date,
	"plan_to" date,
	"source_document" text,
	"source_quote" text,
	"metric" jsonb NOT NULL,
	"comparator" text NOT NULL,
	"value" numeric(14, 4) NOT NULL,
	"tolerance" numeric(14, 4),
	"unit" text NOT NULL,
	"deadline" date,
	"notes" text,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "target_snapshots" ADD CONSTRAINT "target_snapshots_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "target_snapshots_target_idx" ON "target_snapshots" USING btree ("target_id","as_of","created_at");--> statement-breakpoint
CREATE INDEX "targets_jurisdiction_idx" ON "targets" USING btree ("jurisdiction_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_jurisdiction_code_key" ON "targets" USING btree ("jurisdiction_id","code") WHERE "targets"."code" is not null;