/**
 * Designations (骨干教师, 名师, 学科带头人, 特级教师 ...). The dates decide "as of": a designation that
 * has expired or was revoked carries its last valid day (the term end, or the revocation date) in
 * validUntil, so a past date still sees it and a later one does not.
 */
export interface DesignationFacts {
  type: string;
  typeName: string | null;
  status: "active" | "expired" | "revoked";
  awardedOn: string;
  validUntil: string | null;
}

/** What is missing for the record to hold; [API field, problem] pairs (empty when it is complete). */
export function checkDesignation(d: DesignationFacts): [string, string][] {
  const issues: [string, string][] = [];
  if (d.type === "other" && !d.typeName?.trim()) issues.push(["typeName", "Required when type is other: the designation's own name"]);
  if (d.status === "revoked" && d.validUntil === null) issues.push(["validUntil", "A revoked designation needs its revocation date"]);
  if (d.status === "expired" && d.validUntil === null) issues.push(["validUntil", "An expired designation needs its last valid day"]);
  return issues;
}

/** Held on the date: awarded on or before it and not past its last valid day (inclusive). */
export function designationActiveOn(d: Pick<DesignationFacts, "awardedOn" | "validUntil">, date: string): boolean {
  return d.awardedOn <= date && (d.validUntil === null || date <= d.validUntil);
}
