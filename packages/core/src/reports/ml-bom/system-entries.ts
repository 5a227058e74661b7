// The systems of an ML-BOM with their releases: each release's number, stage, approval and its stack,
// component by component (a registered model version, or something outside the registry with its
// reference and configuration), as the records held them at the instant.
import type { ComponentRoleValue, MlBomRelease, MlBomReleaseComponent, MlBomSystem, StageValue } from "@canon/reports";
import type { AuditRecord } from "../../gaps/compliance-records";
import { list } from "../../gaps/record-fields";
import { date, instant, jsonObject, num, text } from "./ml-bom-fields";

export function systemEntries(systems: AuditRecord[], releases: AuditRecord[]): MlBomSystem[] {
  return systems.map((system) => ({
    id: system.id as string,
    reference: text(system, "reference") ?? "",
    name: text(system, "name") ?? "",
    description: text(system, "description"),
    intendedPurpose: text(system, "intendedPurpose"),
    lifecycleStatus: text(system, "lifecycleStatus") ?? "",
    riskTier: text(system, "riskTier") ?? "UNCLASSIFIED",
    releases: releases.filter((r) => text(r, "systemId") === system.id).map(releaseEntry),
  }));
}

function releaseEntry(release: AuditRecord): MlBomRelease {
  return {
    id: release.id as string,
    number: num(release, "number") ?? 0,
    name: text(release, "name"),
    description: text(release, "description"),
    stage: (text(release, "stage") ?? "DEVELOPMENT") as StageValue,
    approvedAt: date(release, "approvedAt"),
    createdAt: instant(release, "createdAt"),
    components: (list(release, "components") as AuditRecord[]).map(componentEntry),
  };
}

function componentEntry(component: AuditRecord): MlBomReleaseComponent {
  return {
    id: component.id as string,
    position: num(component, "position") ?? 0,
    role: (text(component, "role") ?? "OTHER") as ComponentRoleValue,
    modelVersionId: text(component, "modelVersionId"),
    externalRef: text(component, "externalRef"),
    name: text(component, "name"),
    config: jsonObject(component, "config"),
  };
}
