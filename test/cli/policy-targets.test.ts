import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import raw from "../../src/cli/targets/policy-targets.json" with { type: "json" };
import { parsePolicyTargets, policyTargets, policyTargetSchema, PolicyTargetsError } from "../../src/cli/targets/policy-targets.ts";
import { unitOf } from "../../src/domain/metrics/targets.ts";

/**
 * The policy targets file: valid against the contract, one code per figure, the required targets of
 * domain.md §2 covered, every quote verbatim in its policy document and in domain.md. The documents
 * live outside the repository (/work/shared); where they are missing (CI) those checks are skipped.
 */
const SHARED = process.env.SHIZI_SHARED_DIR ?? "/work/shared";
const DOCS_DIR = join(SHARED, "policy-documents");
const DOMAIN_MD = join(SHARED, "domain.md");
const haveDocs = existsSync(DOCS_DIR);
const haveDomain = existsSync(DOMAIN_MD);

const REQUIRED = [
  "T2",
  "T6",
  "T7",
  "T8",
  "T10",
  "T12",
  "T16",
  "T19",
  "T20",
  "T21",
  "T22",
  "T25",
  "T32",
  "T36",
  "T37",
  "T38",
  "T39",
  "T40",
  "T44",
];

const targets = policyTargets();
/** "T7c" → "T7". */
const tNumber = (code: string) => code.match(/^(T\d+)[a-z]?$/)?.[1] ?? null;
/** "004_35fdff4f42dcbf70.txt (第一篇 六.)" → file and article. */
const citation = (document: string) => document.match(/^(\S+\.txt) \((.+)\)$/);

/** domain.md transcribes “…” as '…' and puts the standard word after a distorted one in [brackets]. */
const asDomainMd = (s: string) => s.replace(/\[[^\]]*\]/g, "").replace(/[“”‘’]/g, "'");

/** Every number the quote states: Arabic, or [004]'s digit-by-digit Chinese ("一五零零" = 1500). */
function numbersIn(quote: string): number[] {
  const digits = "零一二三四五六七八九";
  const arabic = [...quote.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const chinese = [...quote.matchAll(/[零一二三四五六七八九]+/g)].map((m) => Number([...m[0]].map((c) => digits.indexOf(c)).join("")));
  return [...arabic, ...chinese];
}

describe("policy targets (src/cli/targets/policy-targets.json)", () => {
  it("every entry validates against the target contract without jurisdictionId", () => {
    expect(Array.isArray(raw)).toBe(true);
    for (const entry of raw as unknown[]) {
      const r = policyTargetSchema.safeParse(entry);
      expect(r.success, `${(entry as { code?: string }).code}: ${r.success ? "" : JSON.stringify(r.error.issues)}`).toBe(true);
    }
    expect(targets).toHaveLength((raw as unknown[]).length);
    expect(targets.every((t) => !("jurisdictionId" in t))).toBe(true);
  });

  it("codes are unique and name a domain.md §2 target (T<n>, with a letter per figure)", () => {
    const codes = targets.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c && tNumber(c), `code ${c}`).toBeTruthy();
    // A lettered code comes with its siblings from "a" on: T7a…T7d, never a lone T7b.
    const groups = new Map<string, string[]>();
    for (const c of codes) if (c && /[a-z]$/.test(c)) groups.set(tNumber(c)!, [...(groups.get(tNumber(c)!) ?? []), c.slice(-1)]);
    for (const [t, letters] of groups) expect(letters.sort().join(""), t).toBe("abcdefghij".slice(0, letters.length));
    for (const t of groups.keys()) expect(codes, `${t} is split into figures, so a bare ${t} must not also exist`).not.toContain(t);
  });

  it("covers the required targets", () => {
    const covered = new Set(targets.map((t) => tNumber(t.code!)));
    expect(REQUIRED.filter((t) => !covered.has(t))).toEqual([]);
  });

  it("states each target in the unit its metric yields", () => {
    for (const t of targets) expect(t.unit, t.code!).toBe(unitOf(t.metric));
  });

  it("cites a policy document file and article, quotes the figure, and explains its modelling", () => {
    for (const t of targets) {
      expect(t.source, t.code!).not.toBeNull();
      expect(citation(t.source!.document), `${t.code} document "${t.source!.document}"`).not.toBeNull();
      expect(t.notes?.length ?? 0, `${t.code} notes`).toBeGreaterThan(40);
      if (t.comparator === "approx") expect(t.tolerance, `${t.code} tolerance`).not.toBeNull();
      else expect(t.tolerance, `${t.code} tolerance`).toBeNull();
      // The value is a figure of the quote, except the "every …" targets (校校有, 组织全区…教师参加并通过 = 100%).
      if (!["T8", "T32"].includes(t.code!)) expect(numbersIn(t.source!.quote), `${t.code} value ${t.value}`).toContain(t.value);
      if (t.deadline && t.plan.from) expect(t.deadline >= t.plan.from, `${t.code} deadline before the plan starts`).toBe(true);
    }
  });

  it.skipIf(!haveDocs)(
    `quotes appear verbatim in the named policy document${haveDocs ? "" : ` (SKIPPED: ${DOCS_DIR} is not on this machine)`}`,
    () => {
      const texts = new Map<string, string>();
      for (const t of targets) {
        const file = citation(t.source!.document)![1]!;
        const path = join(DOCS_DIR, file);
        expect(existsSync(path), `${t.code}: ${file} not found in ${DOCS_DIR}`).toBe(true);
        if (!texts.has(file)) texts.set(file, readFileSync(path, "utf8"));
        expect(texts.get(file)!.includes(t.source!.quote), `${t.code}: quote not verbatim in ${file}: ${t.source!.quote}`).toBe(true);
      }
    },
  );

  it.skipIf(!haveDomain)(
    `quotes and citations match domain.md §2${haveDomain ? "" : ` (SKIPPED: ${DOMAIN_MD} is not on this machine)`}`,
    () => {
      const md = readFileSync(DOMAIN_MD, "utf8");
      const rows = new Map<string, string[]>();
      for (const line of md.split("\n")) {
        const m = line.match(/^\| (T\d+) \|/);
        if (m)
          rows.set(
            m[1]!,
            line.split("|").map((c) => c.trim()),
          );
      }
      for (const t of targets) {
        const row = rows.get(tNumber(t.code!)!);
        expect(row, `${t.code}: no row in domain.md §2`).toBeDefined();
        // | T7 | "quote" | file (article) | figure | deadline | applies to |
        expect(asDomainMd(row![2]!), `${t.code}: quote not in domain.md's row`).toContain(asDomainMd(t.source!.quote));
        expect(row![3], `${t.code}: citation differs from domain.md`).toBe(t.source!.document);
        expect(asDomainMd(md).includes(asDomainMd(t.source!.quote))).toBe(true);
      }
    },
  );
});

describe("parsePolicyTargets", () => {
  const good = raw[0] as Record<string, unknown>;

  it("names the entry's code and the issue path", () => {
    const bad = [{ ...good, code: "T99", comparator: "about", metric: { kind: "ratio", numerator: { dualQualified: "yes" } } }];
    let err: unknown;
    try {
      parsePolicyTargets(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyTargetsError);
    const problems = (err as PolicyTargetsError).problems;
    expect(problems.some((p) => p.startsWith("T99 (#0) comparator:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("T99 (#0) metric"))).toBe(true);
  });

  it("rejects a unit the metric does not yield, duplicate codes and a missing code", () => {
    expect(() => parsePolicyTargets([{ ...good, unit: "people" }])).toThrow(/unit: "people" but a average metric yields "years"/);
    expect(() => parsePolicyTargets([good, good])).toThrow(/T2 \(#1\) code: duplicate of entry #0/);
    expect(() => parsePolicyTargets([{ ...good, code: null }])).toThrow(/#0 code: every policy target needs a code/);
    expect(() => parsePolicyTargets({})).toThrow(/JSON array/);
  });

  it("hands out copies, so a caller cannot change the loaded file", () => {
    const a = policyTargets();
    a[0]!.value = -1;
    expect(policyTargets()[0]!.value).not.toBe(-1);
  });
});
