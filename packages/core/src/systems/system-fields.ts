// The descriptive fields of an AI system (everything but its EU AI Act classification), as a zod schema
// shared by create and update.
import { LifecycleStatus, MarketStatus } from "@canon/db";
import { z } from "zod";
import { defined, jsonObject, LIMITS, optionalEnum, optionalId, optionalText, requiredText, safeText, stringList } from "../shared/input";

export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "GR",
  "DE",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

const NOTIFIED_BODY_NUMBER = /^\d{4}$/;

/** A certificate (conformity assessment): type and number required, the notified body's number 4 digits. */
export const certificateInput = jsonObject(4_000).pipe(
  z
    .object({
      type: safeText(LIMITS.short),
      number: safeText(LIMITS.short),
      expiresOn: safeText(40).nullish(),
      notifiedBody: safeText(LIMITS.short).nullish(),
      notifiedBodyNumber: safeText(20).nullish(),
    })
    .superRefine((c, ctx) => {
      if (!c.type.trim() || !c.number.trim()) ctx.addIssue({ code: "custom", message: "type and number are required" });
      else if (c.notifiedBodyNumber && !NOTIFIED_BODY_NUMBER.test(c.notifiedBodyNumber)) {
        ctx.addIssue({ code: "custom", path: ["notifiedBodyNumber"], message: "must be the 4-digit notified body number" });
      }
    })
    .transform((c) => ({
      type: c.type.trim(),
      number: c.number.trim(),
      expiresOn: c.expiresOn ?? null,
      notifiedBody: c.notifiedBody ?? null,
      notifiedBodyNumber: c.notifiedBodyNumber ?? null,
    })),
);
/** A certificate as stored. */
export type Certificate = z.output<typeof certificateInput>;

/** Member state codes, upper-cased, from the EU list. */
const memberStates = z
  .array(z.string())
  .transform((values) => values.map((v) => v.toUpperCase()))
  .pipe(stringList(EU_MEMBER_STATES, EU_MEMBER_STATES.length));

/** Every field optional: undefined = leave unchanged, null = clear (lists: null = leave unchanged). */
export const systemFieldsInput = z.object({
  name: requiredText(200).optional(),
  tradeName: optionalText(200),
  description: optionalText(),
  intendedPurpose: optionalText(),
  ownerId: optionalId,
  businessUnit: optionalText(200),
  lifecycleStatus: optionalEnum(LifecycleStatus),
  deploymentContext: optionalText(),
  marketStatus: optionalEnum(MarketStatus),
  memberStates: memberStates.nullish(),
  humanOversight: optionalText(),
  affectedPersons: optionalText(),
  personalDataCategories: stringList().nullish(),
  certificates: z.array(certificateInput).max(50, "at most 50 certificates").nullish(),
  euRegistrationNumber: optionalText(100),
});
export type SystemFieldsInput = z.input<typeof systemFieldsInput>;

/** Column values; undefined keys are left unchanged. */
export function systemData(input: z.output<typeof systemFieldsInput>) {
  const { memberStates: states, personalDataCategories, certificates, ...rest } = input;
  return defined({
    ...rest,
    memberStates: states ?? undefined,
    personalDataCategories: personalDataCategories ?? undefined,
    certificates: certificates ?? undefined,
  });
}
