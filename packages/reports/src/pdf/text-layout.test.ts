import assert from "node:assert/strict";
import { test } from "node:test";
import { openPdfDocument } from "./document";
import { measureWith, textWidth, wrapText, type TextStyle } from "./text-layout";

const style: TextStyle = { size: 10, weight: 400 };
const doc = () => measureWith(openPdfDocument({ title: "t", subject: "s", keywords: [], createdAt: new Date(0), layout: "portrait" }));
const text = (lines: ReturnType<typeof wrapText>) => lines.map((l) => l.runs.map((r) => r.text).join(""));

test("text wraps at spaces within the width; newlines start lines; line ends between words keep a space", () => {
  const d = doc();
  const width = Math.max(textWidth(d, "alpha beta", style), textWidth(d, "gamma delta", style)) + 1;
  const lines = wrapText(d, "alpha beta gamma delta\nΈλεγχος", width, style);
  assert.deepEqual(text(lines), ["alpha beta ", "gamma delta ", "Έλεγχος"]);
  for (const l of lines) assert.ok(l.width <= width, "measured without the trailing space");
  assert.deepEqual(
    lines[2]!.runs.map((r) => r.font),
    ["noto-greek-400"],
  );
});

test("a word longer than the line is broken inside, without a space at the break", () => {
  const d = doc();
  const width = textWidth(d, "abcdefgh", style);
  const lines = wrapText(d, "abcdefghijklmnopqrstuvwxyz end", width, style);
  assert.ok(lines.length >= 3);
  assert.equal(text(lines).join("").replace(/ $/, ""), "abcdefghijklmnopqrstuvwxyz end");
  for (const l of lines) assert.ok(l.width <= width + 0.01);
});

test("empty text is one empty line", () => {
  assert.deepEqual(text(wrapText(doc(), "", 100, style)), [""]);
});
