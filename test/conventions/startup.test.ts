import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The Node entry (`npm start`): bad configuration fails fast with exit code 2 and names the variable;
 * good configuration serves the API and the docs UI without any network access beyond localhost.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));

/** A minimal environment: nothing from the test runner (DATABASE_URL, PGLITE_DIR, ...) leaks in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test" };
  if (process.env.NODE_OPTIONS) env.NODE_OPTIONS = process.env.NODE_OPTIONS;
  return { ...env, ...extra };
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: root,
    env: cleanEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { stdout: "", stderr: "" };
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out.stdout += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (out.stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, out, exited };
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

describe("server entry", () => {
  // Sequential and generous: each case starts a Node process that compiles the app with tsx, which on a
  // busy 2-core machine can take many seconds.
  it.each([
    ["PORT", { PORT: "abc" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://root@localhost/shizi" }],
    ["LOG_LEVEL", { LOG_LEVEL: "chatty" }],
  ])(
    "exits with code 2 and names %s when the configuration is bad",
    async (name, env) => {
      const run = start(env);
      children.push(run.child);
      const code = await within(run.exited, 45_000, "exit on bad configuration");
      expect(code, run.out.stderr).toBe(2);
      expect(run.out.stderr).toContain("Invalid configuration");
      expect(run.out.stderr).toMatch(new RegExp(`^\\s+${name}: `, "m"));
      expect(run.out.stderr).not.toMatch(/\bat .*\.ts:\d+/); // a message, not a stack trace
      expect(run.out.stdout).toBe("");
    },
    60_000,
  );

  it("serves the API, the spec and the docs UI offline on the embedded database", async () => {
    const port = await freePort();
    const run = start({ PORT: String(port), HOST: "127.0.0.1", DEMO_DATA: "false", LOG_LEVEL: "silent" });
    children.push(run.child);
    const ready = new Promise<void>((resolve, reject) => {
      const check = () => (run.out.stdout.includes("/docs") ? resolve() : undefined);
      run.child.stdout!.on("data", check);
      void run.exited.then((code) => reject(new Error(`server exited with ${code}: ${run.out.stderr}`)));
    });
    await within(ready, 60_000, `server start; stdout so far: ${run.out.stdout}`);
    const base = `http://127.0.0.1:${port}`;
    expect(run.out.stdout).toContain(`${base}/docs`);

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "pglite" });
    expect(health.headers.get("x-request-id")).toBeTruthy();

    const spec = await fetch(`${base}/openapi.json`);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as { openapi: string }).openapi).toMatch(/^3\./);

    const docs = await fetch(`${base}/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get("content-type")).toContain("text/html");
    const html = await docs.text();
    expect(html).toContain('src="/docs/scalar.js"');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);

    const script = await fetch(`${base}/docs/scalar.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(100_000);

    const problem = await fetch(`${base}/v1/nowhere`);
    expect(problem.status).toBe(404);
    expect(problem.headers.get("content-type")).toBe("application/problem+json");

    run.child.kill("SIGTERM");
    expect(await within(run.exited, 15_000, "shutdown on SIGTERM")).toBe(0);
  }, 90_000);
});
