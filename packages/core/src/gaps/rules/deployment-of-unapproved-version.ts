// A running deployment recorded although what it runs was not approved for its environment (a gate
// in RECORD_AND_FLAG mode let it through as a flagged policy violation).
import type { Gap, GapRule } from "../gap";
import { bool, indexRecords, systemRef, text, versionLabel } from "../record-fields";

export const deploymentOfUnapprovedVersion: GapRule = {
  id: "deployment-of-unapproved-version",
  title: "Deployment of a version not approved for its environment",
  find(r) {
    const idx = indexRecords(r);
    const systemOfVersion = new Map<string, string>();
    for (const [systemId, models] of idx.modelsBySystem)
      for (const m of models) for (const v of idx.versionsByModel.get(m.id as string) ?? []) systemOfVersion.set(v.id as string, systemId);
    const out: Gap[] = [];
    for (const d of r.deployments.values()) {
      if (!bool(d, "policyViolation") || text(d, "endedAt")) continue;
      const version = text(d, "modelVersionId") ? r.versions.get(text(d, "modelVersionId")!) : undefined;
      const release = text(d, "releaseId") ? r.releases.get(text(d, "releaseId")!) : undefined;
      const systemId = release ? text(release, "systemId") : version ? systemOfVersion.get(version.id as string) : undefined;
      const system = systemId ? r.systems.get(systemId) : undefined;
      const what = version ? versionLabel(r, version) : `release ${release?.number ?? "?"}`;
      out.push({
        key: `${this.id}:${d.id}`,
        rule: this.id,
        state: "FAILED",
        severity: text(d, "environment") === "PRODUCTION" ? "CRITICAL" : "HIGH",
        message: `${what} runs on ${text(d, "target")} (${text(d, "environment")}) without approval for that environment`,
        system: system ? systemRef(system) : null,
        framework: "EU_AI_ACT",
        requirementId: "art-26",
        fix: { recordType: "Deployment", recordId: d.id as string, label: `Approve ${what} for ${text(d, "environment")} or end the deployment` },
        evidenceId: null,
      });
    }
    return out;
  },
};
