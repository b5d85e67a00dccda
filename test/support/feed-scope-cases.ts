import type { PlacedAssignment } from "../../src/domain/feed-scope.ts";

/** Assignment histories on 2025-06-01 with who receives the teacher's changes, computed by hand (schools A, B, H). */
export const FEED_SCOPE_DAY = "2025-06-01";

export const FEED_SCOPE_CASES: { name: string; assignments: PlacedAssignment[]; reach: string[]; stays: string[] }[] = [
  { name: "one open post", assignments: [{ schoolId: "A", validTo: null }], reach: ["A"], stays: ["A"] },
  {
    name: "transferred out before the day",
    assignments: [
      { schoolId: "A", validTo: "2025-01-31" },
      { schoolId: "B", validTo: null },
    ],
    reach: ["B"],
    stays: ["B"],
  },
  {
    name: "transfer dated after the day: both, the old one losing them",
    assignments: [
      { schoolId: "A", validTo: "2025-08-31" },
      { schoolId: "B", validTo: null },
    ],
    reach: ["A", "B"],
    stays: ["B"],
  },
  {
    name: "a secondary post that ended",
    assignments: [
      { schoolId: "A", validTo: null },
      { schoolId: "H", validTo: "2025-03-31" },
    ],
    reach: ["A"],
    stays: ["A"],
  },
  {
    name: "a secondary post ending after the day",
    assignments: [
      { schoolId: "A", validTo: null },
      { schoolId: "H", validTo: "2025-12-31" },
    ],
    reach: ["A", "H"],
    stays: ["A"],
  },
  {
    name: "retired from both posts on one day",
    assignments: [
      { schoolId: "A", validTo: "2024-12-31" },
      { schoolId: "H", validTo: "2024-12-31" },
    ],
    reach: ["A", "H"],
    stays: ["A", "H"],
  },
  {
    name: "left: where they last served",
    assignments: [
      { schoolId: "A", validTo: "2019-06-30" },
      { schoolId: "B", validTo: "2022-06-30" },
    ],
    reach: ["B"],
    stays: ["B"],
  },
  {
    name: "fixed term ending after the day",
    assignments: [
      { schoolId: "A", validTo: "2024-06-30" },
      { schoolId: "B", validTo: "2026-06-30" },
    ],
    reach: ["B"],
    stays: ["B"],
  },
  { name: "no assignment", assignments: [], reach: [], stays: [] },
];
