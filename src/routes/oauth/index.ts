import { createRouter } from "../../lib/router.ts";
import * as jwks from "./jwks.ts";
import * as token from "./token.ts";

/** Token endpoint under /v1; JWKS at the root (/.well-known/jwks.json). */
export const oauthRouter = createRouter().openapi(token.route, token.handler as never);
export const jwksRouter = createRouter().openapi(jwks.route, jwks.handler as never);
