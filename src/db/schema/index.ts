export * from "./org.ts";
export * from "./teachers.ts";
export * from "./idempotency.ts";
export * from "./teacher-records.ts";
export * from "./auth.ts";
export * from "./training.ts";
export * from "./changes.ts";
export * from "./sync.ts";
