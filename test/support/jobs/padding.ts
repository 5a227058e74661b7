/** `bytes` bytes of numbered lines ("# 0\n# 1\n…", cut at the size): output that spans several stored pieces, in an order a test can check. */
export function padding(bytes: number): string {
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += `# ${i}\n`;
  return out.slice(0, bytes);
}
