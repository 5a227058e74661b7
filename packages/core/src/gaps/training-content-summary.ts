// The public summary of a GPAI model's training content (Art. 53(1)(d)), drafted from the dataset
// records linked to its versions in the three sections of the Commission's template. A draft, for a
// person to finish: each section lists what the registry could not fill.
import { GPAI_TRAINING_SUMMARY_SECTIONS } from "@canon/frameworks";
import type { AuditRecord, ComplianceRecords } from "./compliance-records";
import { bool, list, num, text } from "./record-fields";

export interface TrainingSummarySection {
  id: string;
  title: string;
  text: string;
  /** What no registry record fills. */
  missing: string[];
}

export interface TrainingContentSummary {
  modelId: string;
  modelName: string;
  sections: TrainingSummarySection[];
  /** Every section drafted with nothing missing. */
  complete: boolean;
}

const TRAINING_ROLES = new Set(["TRAINING", "FINE_TUNING"]);

/** The datasets (with the versions used) that trained or fine-tuned any version of the model. */
function trainingDatasets(r: ComplianceRecords, modelId: string): { dataset: AuditRecord; version: AuditRecord }[] {
  const out = new Map<string, { dataset: AuditRecord; version: AuditRecord }>();
  for (const v of r.versions.values()) {
    if (text(v, "modelId") !== modelId) continue;
    for (const link of list(v, "lineage") as AuditRecord[]) {
      if (!TRAINING_ROLES.has(text(link, "role") ?? "")) continue;
      const dv = r.datasetVersions.get(text(link, "datasetVersionId") ?? "");
      const ds = dv ? r.datasets.get(text(dv, "datasetId") ?? "") : undefined;
      if (dv && ds) out.set(dv.id as string, { dataset: ds, version: dv });
    }
  }
  return [...out.values()];
}

export function draftTrainingContentSummary(r: ComplianceRecords, model: AuditRecord): TrainingContentSummary {
  const used = trainingDatasets(r, model.id as string);
  const [general, sources, processing] = GPAI_TRAINING_SUMMARY_SECTIONS;
  const rows = used.reduce((n, u) => n + (num(u.version, "rowCount") ?? 0), 0);
  const sections: TrainingSummarySection[] = [
    {
      id: general!.id,
      title: general!.title,
      text: used.length
        ? `${text(model, "name")} was trained on ${used.length} dataset version(s)${rows ? ` holding ${rows.toLocaleString("en")} records` : ""}.`
        : "",
      missing: [...(used.length ? [] : ["no training dataset is linked to any version"]), ...(rows ? [] : ["the size of the training data"])],
    },
    {
      id: sources!.id,
      title: sources!.title,
      text: used
        .map(
          (u) =>
            `${text(u.dataset, "name")} v${num(u.version, "number")}: ${text(u.dataset, "source") ?? "source not recorded"} (licence: ${text(u.dataset, "licence") ?? "not recorded"})`,
        )
        .join("\n"),
      missing: [
        ...(used.length ? [] : ["the list of data sources"]),
        ...used.filter((u) => !text(u.dataset, "source")).map((u) => `the source of ${text(u.dataset, "name")}`),
        ...used.filter((u) => !text(u.dataset, "licence")).map((u) => `the licence of ${text(u.dataset, "name")}`),
      ],
    },
    {
      id: processing!.id,
      title: processing!.title,
      text: used
        .map((u) => {
          const personal = bool(u.dataset, "containsSpecialCategoryData")
            ? "special-category personal data"
            : bool(u.dataset, "containsPersonalData")
              ? "personal data"
              : "no personal data";
          return `${text(u.dataset, "name")}: ${personal}${text(u.dataset, "knownBiases") ? `; known biases: ${text(u.dataset, "knownBiases")}` : ""}${text(u.version, "description") ? `; ${text(u.version, "description")}` : ""}`;
        })
        .join("\n"),
      missing: used.length ? [] : ["how the training data was processed"],
    },
  ];
  return { modelId: model.id as string, modelName: text(model, "name") ?? "", sections, complete: sections.every((s) => s.missing.length === 0) };
}
