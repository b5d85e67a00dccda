import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./context.ts";
import { DomainError } from "../domain/errors.ts";
import { ApiError, PROBLEM_MEDIA_TYPE, problemBody, problemFor } from "./problem.ts";

export function problemResponse(c: Context<AppEnv>, err: ApiError): Response {
  const requestId = c.get("requestId") ?? "unknown";
  return c.body(JSON.stringify(problemBody(err, c.req.path, requestId)), err.status as 400, {
    ...err.headers,
    "Content-Type": PROBLEM_MEDIA_TYPE,
  });
}

/** Postgres errors that are the caller's fault, mapped to problems instead of 500s. */
function fromDatabaseError(err: unknown): ApiError | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      const constraint =
        (e as { constraint?: string; constraint_name?: string }).constraint ?? (e as { constraint_name?: string }).constraint_name;
      if (code === "23505")
        return new ApiError("conflict", `A record with the same unique value already exists${constraint ? ` (${constraint})` : ""}`);
      if (code === "23503") return new ApiError("conflict", "The request references a record that does not exist");
      if (code === "23514") return new ApiError("validation_failed", `The record breaks a rule${constraint ? ` (${constraint})` : ""}`);
      if (code === "40001" || code === "40P01") return new ApiError("conflict", "Concurrent update; retry the request");
      // A value that reached SQL without a type check, in practice an edited pagination cursor.
      if (code === "22P02" || code === "22007" || code === "22008" || code === "22003") {
        return new ApiError("validation_failed", "A value in the request (perhaps an edited cursor) does not have the expected type");
      }
      return undefined;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) return problemResponse(c, err);
  if (err instanceof DomainError) return problemResponse(c, problemFor(err));
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 400) return problemResponse(c, new ApiError("malformed_json", err.message || "The body could not be parsed"));
    if (status === 413) return problemResponse(c, new ApiError("payload_too_large"));
    if (status === 415) return problemResponse(c, new ApiError("unsupported_media_type", "Send the body as application/json"));
    if (status === 401) return problemResponse(c, new ApiError("unauthorized", err.message));
  }
  const mapped = fromDatabaseError(err);
  if (mapped) return problemResponse(c, mapped);
  c.var.deps?.logger.log("error", "unhandled error", {
    requestId: c.get("requestId"),
    error:
      err instanceof Error
        ? `${err.name}: ${err.message}${err.cause instanceof Error ? ` (cause: ${err.cause.message})` : ""}`
        : String(err),
    stack: err instanceof Error ? err.stack : undefined,
  });
  return problemResponse(c, new ApiError("internal", `An unexpected error occurred; quote request id ${c.get("requestId")}`));
};

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new ApiError("not_found", `No route matches ${c.req.method} ${c.req.path}`));
