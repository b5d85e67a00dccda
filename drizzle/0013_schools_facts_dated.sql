ALTER TABLE "schools" DROP CONSTRAINT "schools_quota_nonnegative";--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "stages";--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "ownership";--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "location_class";--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "remote";--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "weak";--> statement-breakpoint
ALTER TABLE "schools" DROP COLUMN "staffing_quota";