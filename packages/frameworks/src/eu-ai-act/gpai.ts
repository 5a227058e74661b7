// General-purpose AI model status (Arts. 51–55): a regime of its own, on top of a system's risk tier.
// Ids are the registry's stored values; the wording is our own short summary.

export interface GpaiStatusEntry {
  id: "GPAI" | "GPAI_SYSTEMIC";
  label: string;
  ref: string;
  summary: string;
}

export type GpaiStatusId = GpaiStatusEntry["id"];

export const EU_AI_ACT_GPAI_STATUSES: readonly GpaiStatusEntry[] = [
  {
    id: "GPAI",
    label: "GPAI model",
    ref: "Art. 53",
    summary: "General-purpose model: technical documentation, downstream information, copyright policy, training-content summary.",
  },
  {
    id: "GPAI_SYSTEMIC",
    label: "GPAI model with systemic risk",
    ref: "Arts. 51, 55",
    summary: "Presumed above 10^25 training FLOPs; adds evaluation, risk mitigation, incident reporting and cybersecurity.",
  },
];
