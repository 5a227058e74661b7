// What every report states about itself: whose it is, the instant it describes, when and by whom it was
// made, and which catalogue editions its labels and classifications come from. Plain data: renderers
// never read the clock or the database, so everything they print arrives here.

/** A framework catalogue edition a report used (see @canon/frameworks). */
export interface CatalogueRef {
  /** Stable id of the catalogue, e.g. "eu-ai-act". */
  id: string;
  title: string;
  version: string;
}

export interface ReportOrganization {
  name: string;
  legalName: string | null;
}

export interface ReportHeader {
  organization: ReportOrganization;
  /** The instant the report describes: the registry as it stood then. */
  asOf: Date;
  /** When the report was made (supplied by the caller, never read by a renderer). */
  generatedAt: Date;
  /** Who asked for it, as the report should print it (a person's name and email, or a job). */
  generatedBy: string;
  catalogues: CatalogueRef[];
}
