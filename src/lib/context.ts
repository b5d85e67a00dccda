import type { Database, DbKind } from "../db/types.ts";
import type { Principal } from "../auth/principal.ts";
import type { AuthService } from "../auth/service.ts";
import { requestActor, type Actor } from "../services/actor.ts";
import type { Logger } from "./logger.ts";

/** What createApp needs from its runtime (Node or Workers). */
export interface AppDeps {
  /** The database for this request: a shared pool on Node, a per-request client on Workers. */
  getDb(env: unknown): Database;
  dbKind: DbKind;
  logger: Logger;
  maxBodyBytes: number;
  /** Token issuing and verification; defaults to the embedded configuration (keys kept in the database). */
  auth?: AuthService;
  /** The docs UI bundle; on Workers it is a static asset instead and this is absent. */
  docsScript?: () => Promise<string>;
}

export type AppEnv = {
  Bindings: Record<string, unknown>;
  Variables: {
    db: Database;
    requestId: string;
    deps: AppDeps & { auth: AuthService };
    /** Set by the permission middleware on every non-public route. */
    principal: Principal;
  };
};

/** The request's actor for a service call: the authenticated principal and the request id. */
export function actorOf(c: { get(key: "principal"): Principal | undefined; get(key: "requestId"): string | undefined }): Actor {
  const principal = c.get("principal");
  if (!principal) throw new Error("actorOf: the route has no authenticated principal");
  return requestActor(principal, c.get("requestId") ?? null);
}
