/** A decision already taken on a training record (an import): its business date and decider; it is recorded now. */
export type ImportedDecision =
  | { status: "verified"; reviewedBy: string; decidedOn: string }
  | { status: "rejected"; reviewedBy: string; decidedOn: string; rejectionReason: string };
