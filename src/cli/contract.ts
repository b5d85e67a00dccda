import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import { createApp } from "../app.ts";
import { permissionTable, ROLE_SUMMARY } from "../auth/policy.ts";
import { buildOpenApiDocument } from "../lib/openapi.ts";

/**
 * The contract snapshot and the generated client types, both derived from the code:
 *   npm run contract:update   rewrites src/client/openapi.json and src/client/schema.ts
 *   npm run contract:check    fails when either is out of date
 */
export const SPEC_FILE = new URL("../client/openapi.json", import.meta.url);
export const TYPES_FILE = new URL("../client/schema.ts", import.meta.url);
export const README_FILE = new URL("../../README.md", import.meta.url);

const START = "<!-- permissions:start -->";
const END = "<!-- permissions:end -->";

/** README.md with its permission table regenerated from src/auth/policy.ts. */
export function readmeText(readme: string): string {
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) throw new Error(`README.md needs the ${START} and ${END} markers`);
  const roles = Object.entries(ROLE_SUMMARY)
    .map(([r, s]) => `- \`${r}\`: ${s}`)
    .join("\n");
  return `${readme.slice(0, i + START.length)}\n${roles}\n\n${permissionTable()}\n${readme.slice(j)}`;
}

export function currentSpec(): Record<string, unknown> {
  const app = createApp({
    getDb: () => {
      throw new Error("no database while building the contract");
    },
    dbKind: "pglite",
    logger: { log() {} },
    maxBodyBytes: 1,
  });
  return buildOpenApiDocument(app) as unknown as Record<string, unknown>;
}

export function specText(spec: Record<string, unknown>): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

export async function typesText(spec: Record<string, unknown>): Promise<string> {
  // Fields with defaults stay optional in requests (openapi-typescript would otherwise make them required).
  // openapi-typescript annotates the document it is given (recursive $refs), so give it a copy.
  const ast = await openapiTS(structuredClone(spec) as never, { defaultNonNullable: false });
  return `/* Generated from src/client/openapi.json by \`npm run contract:update\`. Do not edit. */\n\n${astToString(ast)}`;
}

async function main() {
  const check = process.argv.includes("--check");
  const spec = currentSpec();
  const files: [URL, string][] = [
    [SPEC_FILE, specText(spec)],
    [TYPES_FILE, await typesText(spec)],
    [README_FILE, readmeText(await readFile(README_FILE, "utf8"))],
  ];
  let stale = false;
  for (const [file, text] of files) {
    const existing = await readFile(file, "utf8").catch(() => "");
    if (existing === text) continue;
    if (check) {
      console.error(`${file.pathname} is out of date: run npm run contract:update`);
      stale = true;
    } else {
      await writeFile(file, text);
      console.log(`wrote ${file.pathname}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
