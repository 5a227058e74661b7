import assert from "node:assert/strict";
import { test } from "node:test";
import { parseUnicodeRanges, splitRuns } from "./font-runs";
import { fontRuns, notoSubsets } from "./fonts";

test("unicode ranges parse from the CSS form", () => {
  assert.deepEqual(parseUnicodeRanges("U+0000-00FF,U+0131, U+20AC"), [
    { from: 0, to: 0xff },
    { from: 0x131, to: 0x131 },
    { from: 0x20ac, to: 0x20ac },
  ]);
  assert.throws(() => parseUnicodeRanges("latin"), /not a unicode range/);
});

test("text is cut into runs of the first subset that covers each character", () => {
  const subsets = [
    { name: "a", ranges: [{ from: 0, to: 0xff }] },
    {
      name: "b",
      ranges: [
        { from: 0x100, to: 0x17f },
        { from: 0x41, to: 0x41 },
      ],
    },
  ];
  assert.deepEqual(splitRuns("Łódź A", subsets), [
    { subset: "b", text: "Ł" },
    { subset: "a", text: "ód" },
    { subset: "b", text: "ź" },
    { subset: "a", text: " A" },
  ]);
  assert.deepEqual(splitRuns("", subsets), []);
  assert.deepEqual(splitRuns("中", subsets), [{ subset: "a", text: "中" }], "uncovered characters fall back to the first subset");
});

test("the Noto Sans package covers Latin, Latin Extended, Greek and Cyrillic", () => {
  assert.deepEqual(
    notoSubsets()
      .slice(0, 2)
      .map((s) => s.name),
    ["latin", "latin-ext"],
  );
  assert.deepEqual(
    fontRuns("Überprüfung Łódź Έλεγχος Проверка", 400).map((r) => [r.subset, r.text]),
    [
      ["latin", "Überprüfung "],
      ["latin-ext", "Ł"],
      ["latin", "ód"],
      ["latin-ext", "ź"],
      ["latin", " "],
      ["greek", "Έλεγχος"],
      ["latin", " "],
      ["cyrillic", "Проверка"],
    ],
  );
  assert.equal(fontRuns("x", 700)[0]!.font, "noto-latin-700");
});

test("CJK text is set in the Noto Sans JP slice that holds each character", () => {
  assert.ok(notoSubsets().some((s) => s.name === "jp-0"));
  assert.deepEqual(
    fontRuns("Zoë 東京", 400).map((r) => [r.font, r.text]),
    [
      ["noto-latin-400", "Zoë "],
      ["noto-jp-115-400", "東"],
      ["noto-jp-113-400", "京"],
    ],
  );
  assert.equal(fontRuns("京", 700)[0]!.font, "noto-jp-113-700");
});
