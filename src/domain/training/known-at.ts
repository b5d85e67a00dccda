import type { TRAINING_RECORD_STATUSES } from "../vocab.ts";

/** What knowledge time needs of a training record: when it and its decisions were recorded. */
interface Recorded {
  status: (typeof TRAINING_RECORD_STATUSES)[number];
  submittedAt: Date;
  reviewedBy: string | null;
  verifiedAt: Date | null;
  rejectedAt: Date | null;
  verifiedOn: string | null;
  rejectedOn: string | null;
  rejectionReason: string | null;
}

/**
 * A record as the register showed it at knownAt (epoch ms): null when it had not been submitted yet;
 * a verification or rejection recorded later is taken back (the record was submitted, or still verified).
 * The reviewer of a withdrawn verification is not kept apart, so the one shown is the latest.
 */
export function asKnownAt<R extends Recorded>(r: R, knownAt: number): R | null {
  if (r.submittedAt.getTime() > knownAt) return null;
  const verified = r.verifiedAt !== null && r.verifiedAt.getTime() <= knownAt;
  const rejected = r.rejectedAt !== null && r.rejectedAt.getTime() <= knownAt;
  if (verified === (r.verifiedAt !== null) && rejected === (r.rejectedAt !== null)) return r;
  return {
    ...r,
    status: rejected ? "rejected" : verified ? "verified" : "submitted",
    reviewedBy: rejected || verified ? r.reviewedBy : null,
    verifiedAt: verified ? r.verifiedAt : null,
    verifiedOn: verified ? r.verifiedOn : null,
    rejectedAt: rejected ? r.rejectedAt : null,
    rejectedOn: rejected ? r.rejectedOn : null,
    rejectionReason: rejected ? r.rejectionReason : null,
  };
}
