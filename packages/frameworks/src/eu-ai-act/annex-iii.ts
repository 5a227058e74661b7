// Annex III: the eight areas of high-risk use (Art. 6(2)) and their points. A point's id is how the
// registry stores it ("5(b)"); area 2 has no lettered sub-points, so its single point is the area
// itself (id "2", letter null) and a system in area 2 stores no point. The wording is our own short
// summary of each point, not the Act's text.

export interface AnnexIIIPoint {
  /** "5(b)", or "2" for the area without sub-points. */
  id: string;
  area: number;
  letter: string | null;
  summary: string;
}

export interface AnnexIIIArea {
  /** 1–8, as the registry stores it. */
  area: number;
  title: string;
  points: readonly AnnexIIIPoint[];
}

type PointText = readonly [letter: string | null, summary: string];

function area(n: number, title: string, points: readonly PointText[]): AnnexIIIArea {
  return {
    area: n,
    title,
    points: points.map(([letter, summary]) => ({ id: letter ? `${n}(${letter})` : String(n), area: n, letter, summary })),
  };
}

export const EU_AI_ACT_ANNEX_III: readonly AnnexIIIArea[] = [
  area(1, "Biometrics", [
    ["a", "Remote biometric identification (not mere identity verification)"],
    ["b", "Biometric categorisation by sensitive or protected attributes"],
    ["c", "Emotion recognition"],
  ]),
  area(2, "Critical infrastructure", [
    [null, "Safety component in running critical digital infrastructure, road traffic, or water, gas, heating or electricity supply"],
  ]),
  area(3, "Education and vocational training", [
    ["a", "Deciding access, admission or assignment to institutions"],
    ["b", "Evaluating learning outcomes"],
    ["c", "Assessing the level of education a person will receive or can access"],
    ["d", "Monitoring and detecting prohibited behaviour during tests"],
  ]),
  area(4, "Employment and workers management", [
    ["a", "Recruitment and selection: job ads, filtering applications, evaluating candidates"],
    ["b", "Decisions on terms, promotion or termination; task allocation; monitoring and evaluating performance"],
  ]),
  area(5, "Essential private and public services", [
    ["a", "Eligibility for public benefits and services, including healthcare, and granting or withdrawing them"],
    ["b", "Creditworthiness and credit scoring (fraud detection excluded)"],
    ["c", "Risk assessment and pricing for life and health insurance"],
    ["d", "Evaluating and prioritising emergency calls, dispatch and patient triage"],
  ]),
  area(6, "Law enforcement", [
    ["a", "Assessing the risk of a person becoming a crime victim"],
    ["b", "Polygraphs and similar tools"],
    ["c", "Evaluating the reliability of evidence"],
    ["d", "Assessing the risk of offending or re-offending, or personality traits and past criminal behaviour"],
    ["e", "Profiling in the detection, investigation or prosecution of crime"],
  ]),
  area(7, "Migration, asylum and border control", [
    ["a", "Polygraphs and similar tools"],
    ["b", "Assessing security, irregular-migration or health risks of a person"],
    ["c", "Examining asylum, visa or residence applications and related complaints"],
    ["d", "Detecting, recognising or identifying persons (travel-document checks excluded)"],
  ]),
  area(8, "Administration of justice and democratic processes", [
    ["a", "Assisting judicial authorities or dispute resolution in researching and applying facts and law"],
    ["b", "Influencing the outcome of elections or referenda, or voting behaviour"],
  ]),
];

const AREAS = new Map(EU_AI_ACT_ANNEX_III.map((a) => [a.area, a]));
const POINTS = new Map(EU_AI_ACT_ANNEX_III.flatMap((a) => a.points.map((p) => [p.id, p] as const)));

/** The area numbered `n`, or undefined. */
export function annexIIIArea(n: number): AnnexIIIArea | undefined {
  return AREAS.get(n);
}

/** The point with this id ("5(b)", "2"), or undefined. */
export function annexIIIPoint(id: string): AnnexIIIPoint | undefined {
  return POINTS.get(id);
}

/** The letters of an area's sub-points (empty for area 2, which has none). */
export function annexIIIPointLetters(n: number): string[] {
  return (AREAS.get(n)?.points ?? []).flatMap((p) => (p.letter ? [p.letter] : []));
}
