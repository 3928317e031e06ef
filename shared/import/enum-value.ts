import { REAL_ENUMS, type RealEnumName } from './public-entities/real-enums';

/** Each enum's members by their name in lower case and by their integer: every form an export writes finds its member. */
const MEMBERS = new Map(Object.entries(REAL_ENUMS).map(([name, members]) => {
  const byName = new Map(Object.keys(members).map((m) => [m.toLowerCase(), m]));
  const byNumber = new Map(Object.entries(members).map(([m, n]) => [n as number, m]));
  return [name, { byName, byNumber }] as const;
}));

/** The qualified form, as OData writes an enum literal: Microsoft.Dynamics.DataEntities.NoYes'Yes'. */
const QUALIFIED = /^(?:[\w.]+\.)?(\w+)'([^']*)'$/;
const INTEGER = /^[+-]?\d+$/;

export const isRealEnum = (type: string): type is RealEnumName => MEMBERS.has(type);

/**
 * The member an exported value stands for: by name in any case ("AsyncCustomerOrder", "yes"), by
 * the integer HQ stores it as (33, "33", "33.000000" is not one), or qualified with its enum type
 * (Microsoft.Dynamics.DataEntities.NoYes'Yes'). null when it is no member of that enum.
 */
export function enumMember(type: RealEnumName, value: unknown): string | null {
  const members = MEMBERS.get(type)!;
  if (typeof value === 'number') return members.byNumber.get(value) ?? null;
  if (typeof value !== 'string') return null;
  let text = value.trim();
  const qualified = QUALIFIED.exec(text);
  if (qualified) {
    if (qualified[1] !== type) return null;
    text = qualified[2]!;
  }
  if (INTEGER.test(text)) return members.byNumber.get(Number(text)) ?? null;
  return members.byName.get(text.toLowerCase()) ?? null;
}
