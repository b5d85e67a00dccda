import { z } from "@hono/zod-openapi";

export const tokenRequestSchema = z
  .object({
    grant_type: z.string().optional().openapi({ example: "client_credentials" }),
    client_id: z.string().optional().openapi({ description: "When not sent with HTTP Basic" }),
    client_secret: z.string().optional().openapi({ description: "When not sent with HTTP Basic" }),
    scope: z.string().optional().openapi({ description: "Ignored: a client's rights come from its role and org" }),
  })
  .openapi("TokenRequest");

export const tokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int(),
  })
  .openapi("TokenResponse", { example: { access_token: "eyJhbGciOiJFUzI1NiIs...", token_type: "Bearer", expires_in: 3600 } });

export const oauthErrorSchema = z
  .object({
    error: z.enum(["invalid_request", "invalid_client", "unsupported_grant_type", "slow_down"]),
    error_description: z.string(),
  })
  .openapi("OAuthError", {
    description: "RFC 6749 §5.2 error body (the token endpoint answers in OAuth's own format)",
    example: { error: "invalid_client", error_description: "Client authentication failed" },
  });

export const jwksSchema = z
  .object({ keys: z.array(z.record(z.string(), z.unknown())) })
  .openapi("JsonWebKeySet", { description: "Public ES256 keys; several may be valid at once during a rotation" });
