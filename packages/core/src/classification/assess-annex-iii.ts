// Step 3, Art. 6(2) with Annex III: the area and point of the use, as the registry stores them (area 2
// has no lettered points, so it stores no point). The point id has been checked against the catalogue by
// the answers' schema.
import { annexIIIArea, annexIIIPoint } from "@canon/frameworks";
import { CLASSIFICATION_STEPS, type ClassificationReason } from "./classification-reason";

export interface AnnexIIIFinding {
  area: number | null;
  /** "5(b)"; null for area 2 and when there is no Annex III use. */
  point: string | null;
  reason: ClassificationReason;
}

export function assessAnnexIII(pointId: string | null): AnnexIIIFinding {
  const step = CLASSIFICATION_STEPS.annexIII;
  const point = pointId === null ? undefined : annexIIIPoint(pointId);
  if (!point) {
    return { area: null, point: null, reason: { step, reference: "Art. 6(2)", text: "Not used in any of the areas listed in Annex III." } };
  }
  const title = annexIIIArea(point.area)!.title;
  return {
    area: point.area,
    point: point.letter ? point.id : null,
    reason: {
      step,
      reference: `Art. 6(2), Annex III ${point.id}`,
      text: `Annex III area ${point.area} (${title})${point.letter ? `, point ${point.id}` : ""}: ${point.summary}.`,
    },
  };
}
