import { z } from "@hono/zod-openapi";
import type { Refusal, RefusalKind } from "../domain/errors.ts";

/**
 * RFC 9457 problem details. Every non-2xx answer is built from an ApiError whose code is one of
 * PROBLEM_TYPES, so the catalogue in the OpenAPI document is complete by construction.
 */
export const PROBLEM_TYPES = {
  validation_failed: { status: 422, title: "The request is not valid" },
  malformed_json: { status: 400, title: "The request body is not valid JSON" },
  bad_request: { status: 400, title: "The request cannot be processed" },
  unauthorized: { status: 401, title: "Authentication is required" },
  forbidden: { status: 403, title: "Not allowed" },
  not_found: { status: 404, title: "Not found" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "The request conflicts with the current state" },
  idempotency_in_progress: { status: 409, title: "A request with this Idempotency-Key is still in progress" },
  precondition_failed: { status: 412, title: "The resource has changed since it was read" },
  payload_too_large: { status: 413, title: "The request body is too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  idempotency_key_reused: { status: 422, title: "The Idempotency-Key was used with a different request" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal server error" },
} as const;

export type ProblemCode = keyof typeof PROBLEM_TYPES;

export interface FieldError {
  /** JSON pointer (RFC 6901) into the request body, e.g. `/birthDate`. */
  pointer?: string;
  /** Name of the offending query, path or header parameter. */
  parameter?: string;
  detail: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  /** Extra response headers (WWW-Authenticate on 401, Retry-After on 429). */
  headers?: Record<string, string>;
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? PROBLEM_TYPES[code].title);
    this.status = PROBLEM_TYPES[code].status;
    this.title = PROBLEM_TYPES[code].title;
  }

  static notFound(what: string, id: string) {
    return new ApiError("not_found", `${what} ${id} was not found`);
  }

  withHeaders(headers: Record<string, string>): this {
    this.headers = { ...this.headers, ...headers };
    return this;
  }

  static invalid(detail: string, errors: FieldError[]) {
    return new ApiError("validation_failed", detail, errors);
  }
}

/** The problem for a refusal thrown below the routes (src/domain/errors.ts): the one mapping. */
const DOMAIN_PROBLEMS: Record<RefusalKind, ProblemCode> = {
  not_found: "not_found",
  version_conflict: "precondition_failed",
  rule_violation: "validation_failed",
  conflict: "conflict",
  scope_violation: "forbidden",
};

export function problemFor(err: Refusal): ApiError {
  return new ApiError(DOMAIN_PROBLEMS[err.kind], err.detail, err.issues.length ? err.issues : undefined);
}

/**
 * A refusal as the problem document a bulk operation stores for one row (no request, so no instance
 * or request id): the same mapping as problemFor, without building an error per row.
 */
export function refusalProblem(r: Refusal): { type: string; title: string; status: number; detail: string; errors?: FieldError[] } {
  const code = DOMAIN_PROBLEMS[r.kind];
  const p = PROBLEM_TYPES[code];
  return {
    type: `/problems/${code}`,
    title: p.title,
    status: p.status,
    detail: r.detail,
    ...(r.issues.length ? { errors: r.issues } : {}),
  };
}

const fieldErrorSchema = z
  .object({
    pointer: z.string().optional().openapi({ example: "/birthDate" }),
    parameter: z.string().optional().openapi({ example: "limit" }),
    detail: z.string().openapi({ example: "Invalid ISO date" }),
  })
  .openapi("FieldError");

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: "/problems/validation_failed" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().openapi({ description: "The request path" }),
    requestId: z.string(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .openapi("Problem", {
    description: "RFC 9457 problem details. `type` is `/problems/<code>`; see the API description for the catalogue of codes.",
    example: {
      type: "/problems/validation_failed",
      title: "The request is not valid",
      status: 422,
      detail: "1 field is invalid",
      instance: "/v1/teachers",
      requestId: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
      errors: [{ pointer: "/birthDate", detail: "Invalid ISO date" }],
    },
  });

export type Problem = z.infer<typeof problemSchema>;

export function problemBody(err: ApiError, instance: string, requestId: string): Problem {
  const body: Problem = {
    type: `/problems/${err.code}`,
    title: err.title,
    status: err.status,
    instance,
    requestId,
  };
  if (err.detail) body.detail = err.detail;
  if (err.errors?.length) body.errors = err.errors;
  return body;
}

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

const problemContent = { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } };

const describe: Record<number, string> = {
  400: "Malformed request (e.g. invalid JSON)",
  401: "Missing or invalid credentials",
  403: "Not allowed",
  404: "Not found (or outside the caller's scope)",
  409: "Conflict with the current state",
  412: "If-Match did not match the current ETag",
  413: "Request body too large",
  415: "Unsupported media type",
  422: "Validation failed; `errors` lists JSON pointers",
  429: "Rate limited",
  500: "Unexpected error (the request id identifies it in the logs)",
};

/** Problem responses for the given statuses (OpenAPI `responses` entries). */
export function problemResponses(statuses: Iterable<number>) {
  const out: Record<number, { description: string; content: typeof problemContent }> = {};
  for (const s of [...new Set(statuses)].sort()) out[s] = { description: describe[s] ?? "Error", content: problemContent };
  return out;
}

/** The shared error responses, spread into every route's `responses`. */
export function errorResponses(...statuses: number[]) {
  return problemResponses([400, 401, 422, 500, ...statuses]);
}

/** Markdown catalogue of problem types for the API description. */
export function problemCatalogue(): string {
  return Object.entries(PROBLEM_TYPES)
    .map(([code, p]) => `| \`/problems/${code}\` | ${p.status} | ${p.title} |`)
    .join("\n");
}
