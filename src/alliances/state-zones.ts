/**
 * The time zones of states, districts and territories, and which names are IANA zones: what the
 * alliance schema needs to check `timezone` and the cross-zone rule, without the boundary data
 * that timezone.ts loads to place an alliance inside a state that spans zones.
 */

export interface StateZone {
  /** The zone where most of the state's people live. */
  zone: string;
  /** The state's legal time-zone boundaries (49 CFR part 71) cut through it: look the point up. */
  split?: true;
}

/** Every code in data/states.yaml (a unit test holds them in step). */
export const stateZones: Readonly<Record<string, StateZone>> = {
  AL: { zone: "America/Chicago" },
  AK: { zone: "America/Anchorage", split: true }, // the western Aleutians keep Hawaii-Aleutian time
  AS: { zone: "Pacific/Pago_Pago" },
  AZ: { zone: "America/Phoenix", split: true }, // the Navajo Nation keeps daylight saving time
  AR: { zone: "America/Chicago" },
  CA: { zone: "America/Los_Angeles" },
  CO: { zone: "America/Denver" },
  MP: { zone: "Pacific/Saipan" },
  CT: { zone: "America/New_York" },
  DE: { zone: "America/New_York" },
  DC: { zone: "America/New_York" },
  FL: { zone: "America/New_York", split: true }, // the western panhandle is Central
  GA: { zone: "America/New_York" },
  GU: { zone: "Pacific/Guam" },
  HI: { zone: "Pacific/Honolulu" },
  ID: { zone: "America/Boise", split: true }, // the northern panhandle is Pacific
  IL: { zone: "America/Chicago" },
  IN: { zone: "America/Indiana/Indianapolis", split: true }, // the northwest and southwest corners are Central
  IA: { zone: "America/Chicago" },
  KS: { zone: "America/Chicago", split: true }, // four western counties are Mountain
  KY: { zone: "America/New_York", split: true }, // the western part is Central
  LA: { zone: "America/Chicago" },
  ME: { zone: "America/New_York" },
  MD: { zone: "America/New_York" },
  MA: { zone: "America/New_York" },
  MI: { zone: "America/Detroit", split: true }, // four Upper Peninsula counties are Central
  MN: { zone: "America/Chicago" },
  MS: { zone: "America/Chicago" },
  MO: { zone: "America/Chicago" },
  MT: { zone: "America/Denver" },
  NE: { zone: "America/Chicago", split: true }, // the western panhandle is Mountain
  NV: { zone: "America/Los_Angeles", split: true }, // West Wendover is Mountain
  NH: { zone: "America/New_York" },
  NJ: { zone: "America/New_York" },
  NM: { zone: "America/Denver" },
  NY: { zone: "America/New_York" },
  NC: { zone: "America/New_York" },
  ND: { zone: "America/Chicago", split: true }, // the southwest is Mountain
  OH: { zone: "America/New_York" },
  OK: { zone: "America/Chicago" },
  OR: { zone: "America/Los_Angeles", split: true }, // most of Malheur County is Mountain
  PA: { zone: "America/New_York" },
  PR: { zone: "America/Puerto_Rico" },
  RI: { zone: "America/New_York" },
  SC: { zone: "America/New_York" },
  SD: { zone: "America/Chicago", split: true }, // west of the Missouri is mostly Mountain
  TN: { zone: "America/Chicago", split: true }, // East Tennessee is Eastern
  TX: { zone: "America/Chicago", split: true }, // El Paso and Hudspeth counties are Mountain
  UT: { zone: "America/Denver" },
  VT: { zone: "America/New_York" },
  VI: { zone: "America/St_Thomas" },
  VA: { zone: "America/New_York" },
  WA: { zone: "America/Los_Angeles" },
  WV: { zone: "America/New_York" },
  WI: { zone: "America/Chicago" },
  WY: { zone: "America/Denver" },
};

const supportedZones = new Set(Intl.supportedValuesOf("timeZone"));

/**
 * True for an IANA zone name this runtime knows (Intl's list holds CLDR's canonical names, so an
 * IANA name it spells differently, like America/Kentucky/Louisville, is accepted when Intl takes it).
 */
export function isTimeZone(value: string): boolean {
  if (supportedZones.has(value)) return true;
  if (!/^[A-Z][A-Za-z_-]+(?:\/[A-Za-z0-9_+-]+)+$/.test(value)) return false;
  try {
    return supportedZones.has(new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

/** The distinct zones where most people live in the given states, in their order. */
export function mainZones(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => stateZones[code]?.zone).filter((zone): zone is string => !!zone))];
}
