// Copies the Scalar docs bundle into the Worker's static assets (dist/assets/docs/scalar.js), so the
// Worker serves /docs offline like the Node server does (wrangler.toml [assets]; the Worker has no
// node_modules at runtime). `npm run build:assets`; also run by postinstall, pretest, build:worker,
// dev:worker and deploy:worker, because wrangler and the workerd test pool need the directory to exist.
import { mkdirSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(root, "package.json"));
const target = join(root, "dist", "assets", "docs", "scalar.js");
mkdirSync(dirname(target), { recursive: true });
copyFileSync(require.resolve("@scalar/api-reference/browser/standalone.js"), target);
