// The tool an ML-BOM names as its maker (metadata.tools): Canon, at the version of this package.
import corePackage from "../../../package.json" with { type: "json" };

export const ML_BOM_PRODUCER = { name: "Canon", version: corePackage.version } as const;
