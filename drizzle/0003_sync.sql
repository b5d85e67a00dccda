CREATE TABLE "sync_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"mode" text NOT NULL,
	"scope" text NOT NULL,
	"atomic" boolean NOT NULL,
	"outcome" text NOT NULL,
	"rows" integer NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_source_keys" (
	"school_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"source_key" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_source_keys_school_id_entity_source_key_pk" PRIMARY KEY("school_id","entity","source_key")
);
--> statement-breakpoint
ALTER TABLE "sync_batches" ADD CONSTRAINT "sync_batches_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_source_keys" ADD CONSTRAINT "sync_source_keys_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sync_batches_school_idx" ON "sync_batches" USING btree ("school_id","id");--> statement-breakpoint
CREATE INDEX "sync_source_keys_entity_idx" ON "sync_source_keys" USING btree ("entity","entity_id");