// The same options for every ZIP entry, so the same input gives the same bytes on any machine: a fixed
// modification time (1980-01-01 00:00, the DOS epoch; given in local time because the DOS fields are
// local-time fields, and without the extended UTC timestamp, which would vary with the time zone), a
// fixed file mode, and compression by kind (deflate, except formats that are compressed already).

const FIXED_MTIME_LOCAL = () => new Date(1980, 0, 1, 0, 0, 0);
const ALREADY_COMPRESSED = /\.(pdf|xlsx|docx|pptx|zip|gz|png|jpe?g)$/i;

export function zipEntryOptions(path: string) {
  return { mtime: FIXED_MTIME_LOCAL(), forceDosTimestamp: true, mode: 0o100644, compress: !ALREADY_COMPRESSED.test(path) };
}
