// The descriptive fields of an AI system (everything but its EU AI Act classification), validated.
import type { LifecycleStatus, MarketStatus } from "@canon/db";
import { invalid } from "../shared/errors";
import { defined, oneOf, optionalText, stringList, jsonObject } from "../shared/validate";

export const EU_MEMBER_STATES = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "DE", "HU", "IE", "IT", "LV", "LT",
  "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
] as const;

const LIFECYCLE: LifecycleStatus[] = ["PLANNED", "IN_DEVELOPMENT", "IN_PRODUCTION", "RETIRED"];
const MARKET: MarketStatus[] = ["NOT_PLACED", "ON_MARKET", "IN_SERVICE", "NO_LONGER_ON_MARKET", "NO_LONGER_IN_SERVICE", "RECALLED"];

export interface Certificate {
  type: string;
  number: string;
  expiresOn?: string | null;
  notifiedBody?: string | null;
  notifiedBodyNumber?: string | null;
}

export interface SystemFieldsInput {
  name?: string | null;
  tradeName?: string | null;
  description?: string | null;
  intendedPurpose?: string | null;
  ownerId?: string | null;
  businessUnit?: string | null;
  lifecycleStatus?: LifecycleStatus | null;
  deploymentContext?: string | null;
  marketStatus?: MarketStatus | null;
  memberStates?: string[] | null;
  humanOversight?: string | null;
  affectedPersons?: string | null;
  personalDataCategories?: string[] | null;
  certificates?: Certificate[] | null;
  euRegistrationNumber?: string | null;
}

function certificates(value: Certificate[] | null | undefined) {
  if (value === undefined || value === null) return undefined;
  if (value.length > 50) throw invalid("certificates", "at most 50 certificates");
  return value.map((c, i) => {
    jsonObject(`certificates.${i}`, c, 4_000);
    if (!c.type?.trim() || !c.number?.trim()) throw invalid(`certificates.${i}`, "type and number are required");
    if (c.notifiedBodyNumber && !/^\d{4}$/.test(c.notifiedBodyNumber)) throw invalid(`certificates.${i}.notifiedBodyNumber`, "must be the 4-digit notified body number");
    return { type: c.type.trim(), number: c.number.trim(), expiresOn: c.expiresOn ?? null, notifiedBody: c.notifiedBody ?? null, notifiedBodyNumber: c.notifiedBodyNumber ?? null };
  });
}

export function systemFields(i: SystemFieldsInput) {
  if (i.name !== undefined && !i.name?.trim()) throw invalid("name", "is required");
  return defined({
    name: optionalText("name", i.name, 200) ?? undefined,
    tradeName: optionalText("tradeName", i.tradeName, 200),
    description: optionalText("description", i.description),
    intendedPurpose: optionalText("intendedPurpose", i.intendedPurpose),
    ownerId: i.ownerId === undefined ? undefined : i.ownerId || null,
    businessUnit: optionalText("businessUnit", i.businessUnit, 200),
    lifecycleStatus: oneOf("lifecycleStatus", i.lifecycleStatus, LIFECYCLE),
    deploymentContext: optionalText("deploymentContext", i.deploymentContext),
    marketStatus: oneOf("marketStatus", i.marketStatus, MARKET),
    memberStates: stringList("memberStates", i.memberStates?.map((s) => s.toUpperCase()), EU_MEMBER_STATES, 27),
    humanOversight: optionalText("humanOversight", i.humanOversight),
    affectedPersons: optionalText("affectedPersons", i.affectedPersons),
    personalDataCategories: stringList("personalDataCategories", i.personalDataCategories),
    certificates: certificates(i.certificates),
    euRegistrationNumber: optionalText("euRegistrationNumber", i.euRegistrationNumber, 100),
  });
}
