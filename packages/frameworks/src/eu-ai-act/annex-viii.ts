// Annex VIII: what is registered in the EU database (Art. 49), kept up to date afterwards. Section A:
// providers of high-risk Annex III systems (Art. 49(1)); B: providers of Annex III systems found not
// high-risk under Art. 6(3) (Art. 49(2)); C: deployers that are public authorities or Union bodies, or
// act for them (Art. 49(3)). `restricted` marks what the secure non-public section keeps for Annex III
// points 1, 6 and 7 (Art. 49(4)); point 2 registers at national level instead (Art. 49(5)).
// Primary text: https://eur-lex.europa.eu/eli/reg/2024/1689/oj . The wording is our own short summary.

import type { OperatorRoleId } from "./operator-roles";

export type AnnexViiiSection = "A" | "B" | "C";

export interface AnnexViiiItem {
  /** "viii-a-1". */
  id: string;
  section: AnnexViiiSection;
  /** "A1". */
  item: string;
  title: string;
  /** Kept in the Art. 49(4) registration for Annex III points 1, 6 and 7. */
  restricted: boolean;
  /** The Act asks for it only where applicable, or marks it optional. */
  whereApplicable: boolean;
}

type ItemText = readonly [title: string, restricted: boolean, whereApplicable?: boolean];

function section(letter: AnnexViiiSection, list: readonly ItemText[]): AnnexViiiItem[] {
  return list.map(([title, restricted, whereApplicable = false], i) => ({
    id: `viii-${letter.toLowerCase()}-${i + 1}`,
    section: letter,
    item: `${letter}${i + 1}`,
    title,
    restricted,
    whereApplicable,
  }));
}

export const EU_AI_ACT_ANNEX_VIII: readonly AnnexViiiItem[] = [
  ...section("A", [
    ["Provider name, address and contact details", true],
    ["Submitter acting for the provider: name, address, contact details", true, true],
    ["Authorised representative: name, address, contact details", true, true],
    ["Trade name and an unambiguous reference for identification and traceability", true],
    ["Intended purpose, and the components and functions supported", true],
    ["Basic description of the information used (data, inputs) and the operating logic", false],
    ["Status: on the market or in service, withdrawn, or recalled", true],
    ["Notified-body certificate: type, number, expiry, and the body's name or number", false, true],
    ["Scanned copy of that certificate", false, true],
    ["Member States where the system is placed on the market, in service or available", true],
    ["Copy of the EU declaration of conformity (Art. 47)", false],
    ["Electronic instructions for use (never for Annex III points 1, 6 and 7)", false],
    ["URL for additional information (optional)", false, true],
  ]),
  ...section("B", [
    ["Provider name, address and contact details", true],
    ["Submitter acting for the provider: name, address, contact details", true, true],
    ["Authorised representative: name, address, contact details", true, true],
    ["Trade name and an unambiguous reference for identification and traceability", true],
    ["Intended purpose", true],
    ["The Art. 6(3) condition or conditions relied on", false],
    ["Short summary of the grounds for finding the system not high-risk", false],
    ["Status: on the market or in service, withdrawn, or recalled", true],
    ["Member States where the system is placed on the market, in service or available", true],
  ]),
  ...section("C", [
    ["Deployer name, address and contact details", true],
    ["Submitter acting for the deployer: name, address, contact details", true],
    ["URL of the provider's EU database entry for the system", true],
    ["Summary of the fundamental rights impact assessment findings (Art. 27)", false],
    ["Summary of the data protection impact assessment (Art. 26(8)), where applicable", false, true],
  ]),
];

/** Annex III areas registered in the secure non-public section (Art. 49(4)). */
export const ANNEX_VIII_RESTRICTED_AREAS: readonly number[] = [1, 6, 7];

/** Item A12 is never provided for these areas (Annex VIII A12; shared/reference §5.1 suppresses it). */
export const ANNEX_VIII_A12_NOTE = "Electronic instructions for use (A12) are left out for Annex III areas 1, 6 and 7." as const;

/** Whether a system in this Annex III area registers in the secure non-public section (Art. 49(4)). */
export function isRestrictedRegistration(annexIIIArea: number | null): boolean {
  return annexIIIArea !== null && ANNEX_VIII_RESTRICTED_AREAS.includes(annexIIIArea);
}

/** Whether a system in this Annex III area registers at national level, not in the EU database (Art. 49(5)). */
export function isNationalRegistration(annexIIIArea: number | null): boolean {
  return annexIIIArea === 2;
}

export interface AnnexViiiSectionInput {
  operatorRole: OperatorRoleId;
  /** The provider found the Annex III system not high-risk under Art. 6(3). */
  art6_3Derogation: boolean;
  /** The deployer is a public authority or Union body, or acts on behalf of one. */
  publicAuthorityDeployer: boolean;
}

/**
 * Which Annex VIII section an organisation fills in for an Annex III system (the caller checks the
 * system is in Annex III; Annex I products are not registered under Art. 49). Providers, or their
 * authorised representative (Art. 49(1)–(2)), file A, or B when they rely on Art. 6(3). Only
 * public-authority deployers register (C), and only systems that are high-risk: a system covered by the
 * Art. 6(3) derogation has no deployer registration. Importers, distributors and product manufacturers
 * have no section of their own: null.
 */
export function annexViiiSectionFor(input: AnnexViiiSectionInput): AnnexViiiSection | null {
  switch (input.operatorRole) {
    case "PROVIDER":
    case "AUTHORISED_REPRESENTATIVE":
      return input.art6_3Derogation ? "B" : "A";
    case "DEPLOYER":
      return input.publicAuthorityDeployer && !input.art6_3Derogation ? "C" : null;
    default:
      return null;
  }
}

/** The items to file for a section: the Art. 49(4) subset for Annex III areas 1, 6 and 7, else all. */
export function annexViiiItemsFor(section: AnnexViiiSection, annexIIIArea: number | null): AnnexViiiItem[] {
  const restricted = isRestrictedRegistration(annexIIIArea);
  return EU_AI_ACT_ANNEX_VIII.filter((i) => i.section === section && (!restricted || i.restricted));
}
