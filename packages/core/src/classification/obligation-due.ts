// One obligation that follows from a classification for the organisation's operator role: which article,
// from when it applies to this system (the catalogue's date for the system's route), and why it applies.
// The context holds the facts about the deployer that some obligations depend on and the AISystem
// columns do not store.

export interface ObligationDue {
  /** The catalogue id: "art-9". */
  obligationId: string;
  /** "Art. 9". */
  reference: string;
  title: string;
  /** YYYY-MM-DD. */
  appliesFrom: string;
  why: string;
}

export interface ObligationContext {
  /** The deployer is a public authority or Union body, or acts on their behalf (Art. 27, Art. 49(3)). */
  deployerIsPublicAuthority: boolean;
  /** The deployer is a private entity providing public services (Art. 27). */
  deployerProvidesPublicServices: boolean;
}

export const NO_PUBLIC_DEPLOYER: ObligationContext = { deployerIsPublicAuthority: false, deployerProvidesPublicServices: false };
