import type { Role } from "../domain/vocab.ts";

/**
 * Who is calling, resolved per request from the token AND the current client row (so disabling a
 * client or moving its org takes effect at once). `path` is the materialised path of the org node the
 * principal is bound to; null means the whole tree (a root bureau_admin). A teacher principal sees
 * only `teacherId`.
 */
export interface Principal {
  id: string;
  role: Role;
  source: "client" | "external";
  orgType: "root" | "jurisdiction" | "school" | "teacher";
  orgId: string | null;
  path: string | null;
  teacherId: string | null;
}
