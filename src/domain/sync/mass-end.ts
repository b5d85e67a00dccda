/** A full batch may end at most this share of the school's current staff unless it confirms. */
export const MASS_END_SHARE = 0.2;

/**
 * The mass-end guard of a full sync: a half-exported file must not wipe a school. Returns why the
 * batch is refused, or null when it may end these staff.
 */
export function massEndRefusal(leaving: number, current: number, confirmed: boolean): string | null {
  if (confirmed || leaving === 0 || leaving <= MASS_END_SHARE * current) return null;
  return (
    `This full batch would end the assignments of ${leaving} of the school's ${current} current staff ` +
    `(${Math.round((100 * leaving) / current)}%, more than ${MASS_END_SHARE * 100}%). If the file is complete, send it again with confirmMassEnd: true.`
  );
}
