// People as reports print them ("Ada Lovelace <ada@example.com>") turned into a CycloneDX contact: the
// name, and the email when the text ends with one in angle brackets.

export interface CdxContact {
  name: string;
  email?: string;
}

const NAME_AND_EMAIL = /^(.*?)\s*<([^<>\s@]+@[^<>\s@]+)>$/;

export function contactOf(person: string): CdxContact {
  const match = NAME_AND_EMAIL.exec(person.trim());
  if (!match) return { name: person };
  return match[1] ? { name: match[1], email: match[2]! } : { name: match[2]!, email: match[2]! };
}
