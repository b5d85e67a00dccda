/**
 * Resident identity numbers (公民身份号码, GB 11643-1999). 18 characters: 6-digit region, 8-digit birth
 * date, 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * Legacy 15-digit numbers (6-digit birth date YYMMDD, no check character) are accepted as they are.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export type NationalIdProblem = "format" | "checksum" | "birth_date";

export interface ParsedNationalId {
  normalized: string;
  birthDate: string;
  gender: "male" | "female";
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function parseNationalId(input: string): ParsedNationalId | NationalIdProblem {
  const value = input.trim().toUpperCase();
  let birth: [number, number, number];
  let seqDigit: number;
  if (/^\d{17}[\dX]$/.test(value)) {
    if (checkCharacter(value.slice(0, 17)) !== value[17]) return "checksum";
    birth = [Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14))];
    seqDigit = Number(value[16]);
  } else if (/^\d{15}$/.test(value)) {
    birth = [1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12))];
    seqDigit = Number(value[14]);
  } else {
    return "format";
  }
  if (!validDate(...birth)) return "birth_date";
  const birthDate = `${birth[0]}-${String(birth[1]).padStart(2, "0")}-${String(birth[2]).padStart(2, "0")}`;
  return { normalized: value, birthDate, gender: seqDigit % 2 === 1 ? "male" : "female" };
}

/** `110***********1234`: the region prefix and last four stay, everything between is hidden. */
export function maskNationalId(value: string): string {
  if (value.length <= 7) return "*".repeat(value.length);
  return `${value.slice(0, 3)}${"*".repeat(value.length - 7)}${value.slice(-4)}`;
}
