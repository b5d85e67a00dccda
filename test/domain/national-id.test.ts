import { describe, expect, it } from "vitest";
import { checkCharacter, maskNationalId, parseNationalId } from "../../src/domain/national-id.ts";

describe("national ID", () => {
  it("accepts the GB 11643 example and reads birth date and gender", () => {
    // The standard's worked example: 11010519491231002X (female, born 1949-12-31).
    expect(checkCharacter("11010519491231002")).toBe("X");
    expect(parseNationalId("11010519491231002x")).toEqual({ normalized: "11010519491231002X", birthDate: "1949-12-31", gender: "female" });
  });

  it("rejects a wrong check character, bad format and impossible dates", () => {
    expect(parseNationalId("110105194912310021")).toBe("checksum");
    expect(parseNationalId("1101051949123100")).toBe("format");
    const first17 = "11010519490230001"; // 30 February
    expect(parseNationalId(first17 + checkCharacter(first17))).toBe("birth_date");
  });

  it("accepts legacy 15-digit numbers", () => {
    expect(parseNationalId("110105491231002")).toEqual({ normalized: "110105491231002", birthDate: "1949-12-31", gender: "female" });
  });

  it("masks all but the first three and last four characters", () => {
    expect(maskNationalId("11010519491231002X")).toBe("110***********002X");
    expect(maskNationalId("11010519491231002X")).toHaveLength(18);
    expect(maskNationalId("110105491231002")).toBe("110********1002");
  });
});
