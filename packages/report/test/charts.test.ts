import { describe, expect, it } from "vitest";

import type { SvgElement } from "../src/model.js";

import { barChart, heatmap } from "../src/charts.js";
import { ReportError } from "../src/errors.js";

const elements = (node: SvgElement): SvgElement[] => [
  node,
  ...node.children.flatMap((child) => (typeof child === "string" ? [] : elements(child))),
];

const strings = (node: SvgElement): string[] =>
  node.children.flatMap((child) => (typeof child === "string" ? [child] : strings(child)));

const byClass = (node: SvgElement, name: string): SvgElement[] =>
  elements(node).filter((element) => element.attributes.class === name);

const texts = (nodes: readonly SvgElement[]): string[] => nodes.flatMap(strings);

const data = {
  title: "Inputs by objective and group",
  rows: ["1. Data", "2. Drivers"],
  columns: ["Academia", "<script>alert(1)</script>"],
  values: [
    [1, 0],
    [2, 1234],
  ],
};

describe("heatmap", () => {
  it("holds each count as a formatted text node, row by row, with its title", () => {
    const svg = heatmap(data, "en");
    expect(svg.tag).toBe("svg");
    expect(svg.attributes.role).toBe("img");
    expect(texts(byClass(svg, "value"))).toEqual(["1", "0", "2", "1,234"]);
    expect(elements(svg).find((element) => element.tag === "title")?.children).toEqual([
      data.title,
    ]);
  });

  it("keeps labels as data: markup in a label is a plain string child, never a tag", () => {
    const svg = heatmap(data, "en");
    expect(texts(byClass(svg, "column-label"))).toContain("<script>alert(1)</script>");
    expect(elements(svg).map((element) => element.tag)).not.toContain("script");
  });

  it("mirrors the columns and puts the row labels on the right in Arabic", () => {
    const columnX = (svg: SvgElement): number[] =>
      byClass(svg, "column-label").map((label) => Number(label.attributes.x));
    const [firstLtr = 0, secondLtr = 0] = columnX(heatmap(data, "en"));
    const arabic = heatmap(data, "ar");
    const [firstRtl = 0, secondRtl = 0] = columnX(arabic);
    expect(firstLtr).toBeLessThan(secondLtr);
    expect(firstRtl).toBeGreaterThan(secondRtl);
    const rowX = Number(byClass(arabic, "row-label")[0]?.attributes.x);
    expect(rowX).toBeGreaterThan(firstRtl);
    expect(arabic.attributes.direction).toBe("rtl");
  });

  it("rejects values that do not fit the labels, and values that are not counts", () => {
    expect(() => heatmap({ ...data, values: [[1, 2]] }, "en")).toThrow(ReportError);
    expect(() => heatmap({ ...data, values: [[1], [2, 3]] }, "en")).toThrow(ReportError);
    expect(() =>
      heatmap(
        {
          ...data,
          values: [
            [1, -1],
            [0, 0],
          ],
        },
        "en",
      ),
    ).toThrow(ReportError);
  });
});

describe("barChart", () => {
  const bars = {
    title: "Inputs per round table",
    bars: [
      { label: "Round table 1", value: 4 },
      { label: "Round table 2", value: 8 },
    ],
  };

  it("draws one bar per value with its formatted count, longest for the largest", () => {
    const svg = barChart(bars, "fr");
    expect(texts(byClass(svg, "value"))).toEqual(["4", "8"]);
    expect(texts(byClass(svg, "bar-label"))).toEqual(["Round table 1", "Round table 2"]);
    const widths = elements(svg)
      .filter((element) => element.tag === "rect")
      .map((rect) => Number(rect.attributes.width));
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
  });

  it("grows bars from the right in Arabic", () => {
    const rects = (svg: SvgElement): SvgElement[] =>
      elements(svg).filter((element) => element.tag === "rect");
    const ltrBar = rects(barChart(bars, "en"))[0];
    const rtlBar = rects(barChart(bars, "ar"))[0];
    const width = Number(barChart(bars, "ar").attributes.width);
    expect(Number(ltrBar?.attributes.x)).toBeLessThan(width / 2);
    expect(Number(rtlBar?.attributes.x) + Number(rtlBar?.attributes.width)).toBeGreaterThan(
      width / 2,
    );
    expect(Number(rtlBar?.attributes.x)).toBeGreaterThan(Number(ltrBar?.attributes.x));
  });

  it("draws nothing but labels when every count is zero, and rejects a fraction", () => {
    const zero = barChart({ title: "None", bars: [{ label: "A", value: 0 }] }, "en");
    expect(texts(byClass(zero, "value"))).toEqual(["0"]);
    expect(() => barChart({ title: "x", bars: [{ label: "A", value: 1.5 }] }, "en")).toThrow(
      ReportError,
    );
  });
});
