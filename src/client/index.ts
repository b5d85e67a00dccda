import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.ts";

/**
 * The Shizi API client: fully typed from the OpenAPI contract (src/client/openapi.json).
 *
 *   const shizi = createShiziClient({ baseUrl: "https://shizi.example.gov.cn", token });
 *   const { data, error } = await shizi.GET("/v1/teachers/{teacherId}", { params: { path: { teacherId } } });
 *
 * `token` may be a string or a function returning one (e.g. refreshed from /v1/oauth/token).
 */
export interface ShiziClientOptions {
  baseUrl: string;
  token?: string | (() => string | Promise<string>);
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

export function createShiziClient(options: ShiziClientOptions) {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers: options.headers });
  const { token } = options;
  if (token) {
    const auth: Middleware = {
      async onRequest({ request }) {
        request.headers.set("Authorization", `Bearer ${typeof token === "function" ? await token() : token}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

export type ShiziClient = ReturnType<typeof createShiziClient>;
export type { components, paths };
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];
export type Teacher = Schemas["Teacher"];
export type School = Schemas["School"];
export type Jurisdiction = Schemas["Jurisdiction"];
