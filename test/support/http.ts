import type { TestContext } from "./app.ts";

export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * Small JSON client over app.request for in-process tests. It sends the root admin token unless a
 * `token` is given (null: send none; an `authorization` header also overrides it).
 */
export function client(ctx: TestContext, token: string | null = ctx.token) {
  async function send<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<JsonResponse<T>> {
    const auth: Record<string, string> = token && !("authorization" in headers) ? { authorization: `Bearer ${token}` } : {};
    const init: RequestInit = { method, headers: { ...auth, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const res = await ctx.app.request(path, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON; keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => send<T>("GET", path, undefined, headers),
    post: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => send<T>("POST", path, body, headers),
    patch: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => send<T>("PATCH", path, body, headers),
    send,
  };
}

export type Client = ReturnType<typeof client>;
