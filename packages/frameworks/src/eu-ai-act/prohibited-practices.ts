// Art. 5(1): the AI practices the Act bans outright, points (a)–(h), and the two points the Digital
// Omnibus added (Regulation (EU) 2026/1744, from 2 Dec 2026; taken from secondary summaries, to check
// against the Official Journal). Primary text: https://eur-lex.europa.eu/eli/reg/2024/1689/oj .
// The wording is our own short summary, not the Act's text.

import type { ApplicationDateKey } from "./application-dates";

export interface ProhibitedPracticeEntry {
  /** "art-5(1)(a)". */
  id: string;
  ref: string;
  label: string;
  summary: string;
  /** Key into EU_AI_ACT_APPLICATION_DATES. */
  appliesFrom: ApplicationDateKey;
}

function practice(point: string, label: string, summary: string, appliesFrom: ApplicationDateKey = "prohibitions"): ProhibitedPracticeEntry {
  return { id: `art-5(1)(${point})`, ref: `Art. 5(1)(${point})`, label, summary, appliesFrom };
}

/** The eight practices of the 2024 text. */
export const EU_AI_ACT_PROHIBITED_PRACTICES: readonly ProhibitedPracticeEntry[] = [
  practice("a", "Manipulation", "Subliminal, manipulative or deceptive techniques that materially distort behaviour and cause significant harm."),
  practice("b", "Exploiting vulnerabilities", "Exploiting a person's age, disability or social or economic situation to distort behaviour harmfully."),
  practice("c", "Social scoring", "Scoring people on social behaviour or traits, leading to unjustified or unrelated detrimental treatment."),
  practice("d", "Crime prediction by profiling", "Predicting that a person will commit a crime solely from profiling or personality traits."),
  practice("e", "Untargeted face scraping", "Building or expanding facial-recognition databases by untargeted scraping of the internet or CCTV footage."),
  practice("f", "Emotion inference at work or school", "Inferring emotions in the workplace or in education, unless for medical or safety reasons."),
  practice(
    "g",
    "Sensitive biometric categorisation",
    "Categorising people by biometrics to infer race, politics, union membership, religion, sex life or orientation.",
  ),
  practice(
    "h",
    "Real-time remote biometric ID for police",
    "Real-time remote biometric identification in public spaces for law enforcement, outside three narrow objectives.",
  ),
];

/** Points added by the Digital Omnibus; they apply from the "new-prohibitions" date. */
export const EU_AI_ACT_ADDED_PROHIBITED_PRACTICES: readonly ProhibitedPracticeEntry[] = [
  practice(
    "ba",
    "Non-consensual intimate material",
    "AI practices that produce non-consensual intimate material; scope set by the new Art. 5(1a) and 5(1b).",
    "new-prohibitions",
  ),
  practice(
    "bb",
    "Child sexual abuse material",
    "AI practices that produce child sexual abuse material as Directive 2011/93/EU defines it; scope set by Art. 5(1a) and 5(1b).",
    "new-prohibitions",
  ),
];

const BY_ID = new Map([...EU_AI_ACT_PROHIBITED_PRACTICES, ...EU_AI_ACT_ADDED_PROHIBITED_PRACTICES].map((p) => [p.id, p]));

/** The practice with this id ("art-5(1)(a)", "art-5(1)(ba)"), or undefined. */
export function prohibitedPractice(id: string): ProhibitedPracticeEntry | undefined {
  return BY_ID.get(id);
}
