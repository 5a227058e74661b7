// Fields shared by model and dataset components: a sha256 as a CycloneDX hash, a recorded licence.
// A licence is written by name: the registry keeps free text, which is not always an SPDX id.

const SHA256_HEX = /^[0-9a-f]{64}$/i;

export const sha256Hashes = (sha256: string | null) => (sha256 && SHA256_HEX.test(sha256) ? [{ alg: "SHA-256", content: sha256.toLowerCase() }] : undefined);

export const licencesOf = (licence: string | null) => (licence ? [{ license: { name: licence } }] : undefined);
