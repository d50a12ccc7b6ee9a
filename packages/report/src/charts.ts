import { formatNumber, localeInfo } from "@gcm-review/i18n";

import type { SvgElement } from "./model.js";
import type { Locale } from "@gcm-review/i18n";

import { ReportError, ReportErrorCode } from "./errors.js";

/** The data of a heatmap: a count for each row and column, row by row. */
export interface HeatmapData {
  /** The chart's accessible name (the figure's alt text). */
  title: string;
  rows: readonly string[];
  columns: readonly string[];
  values: readonly (readonly number[])[];
}

/** The data of a bar chart: one labelled count per bar, in reading order. */
export interface BarChartData {
  /** The chart's accessible name (the figure's alt text). */
  title: string;
  bars: readonly { label: string; value: number }[];
}

const FONT_SIZE = 11;
// Average advance of a character at FONT_SIZE: layout is estimated, never measured, so it is deterministic.
const CHAR_WIDTH = 6.2;
const CELL_WIDTH = 34;
const CELL_HEIGHT = 22;
const GAP = 8;
const MARGIN = 12;
const BAR_WIDTH = 640;
const BAR_HEIGHT = 16;
const BAR_STEP = 44;
const VALUE_SPACE = 48;
const DIAGONAL = Math.SQRT1_2;
// A sequential, colour-blind-safe ramp (ColorBrewer Blues); text turns white on the two darkest steps.
const RAMP = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"] as const;
const ARABIC_FONTS = "Amiri, 'Noto Naskh Arabic', 'Noto Sans Arabic', serif";
const LATIN_FONTS = "'Noto Sans', Arial, sans-serif";

const round = (value: number): number => Math.round(value * 10) / 10;

const textWidth = (value: string): number => value.length * CHAR_WIDTH;

const element = (
  tag: string,
  attributes: Readonly<Record<string, string | number>>,
  children: readonly (SvgElement | string)[] = [],
): SvgElement => ({ tag, attributes, children });

function invalid(message: string, params: Record<string, string>): ReportError {
  return new ReportError(ReportErrorCode.INVALID_ARGUMENT, message, { params });
}

function checkCount(value: number, where: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw invalid(`A chart value must be a count (a whole number, 0 or more): ${where}`, {
      value: String(value),
      where,
    });
  }
}

function isRtl(locale: Locale): boolean {
  return localeInfo[locale].direction === "rtl";
}

// A text node in the chart's direction; `anchor` is where its start (right edge in RTL) sits.
function label(
  value: string,
  position: { x: number; y: number; rtl: boolean; rotate?: number },
  extra: Readonly<Record<string, string | number>> = {},
): SvgElement {
  const { x, y, rtl, rotate } = position;
  return element(
    "text",
    {
      x: round(x),
      y: round(y),
      ...(rtl ? { direction: "rtl" } : {}),
      "text-anchor": "start",
      "dominant-baseline": "central",
      ...(rotate === undefined ? {} : { transform: `rotate(${rotate} ${round(x)} ${round(y)})` }),
      ...extra,
    },
    [value],
  );
}

function root(
  title: string,
  size: { width: number; height: number; locale: Locale },
  children: readonly SvgElement[],
): SvgElement {
  const rtl = isRtl(size.locale);
  return element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${round(size.width)} ${round(size.height)}`,
      width: round(size.width),
      height: round(size.height),
      role: "img",
      "aria-label": title,
      lang: size.locale,
      direction: rtl ? "rtl" : "ltr",
      "font-family": rtl ? ARABIC_FONTS : LATIN_FONTS,
      "font-size": FONT_SIZE,
    },
    [element("title", {}, [title]), ...children],
  );
}

/**
 * A heatmap of counts (rows x columns) as SVG data, each cell showing its formatted count; in a right-to-left
 * locale the row labels stand on the right and the first column is the rightmost.
 * @example heatmap({ title: "Inputs", rows: ["Objective 1"], columns: ["Academia"], values: [[2]] }, "en")
 */
export function heatmap(data: HeatmapData, locale: Locale): SvgElement {
  const { rows, columns, values } = data;
  if (values.length !== rows.length) {
    throw invalid(`A heatmap needs one row of values per row label`, {
      rows: String(rows.length),
      values: String(values.length),
    });
  }
  values.forEach((row, index) => {
    if (row.length !== columns.length) {
      throw invalid(
        `Row ${index + 1} of a heatmap has ${row.length} values for ${columns.length} columns`,
        {
          row: String(index + 1),
        },
      );
    }
    row.forEach((value, column) => checkCount(value, `row ${index + 1}, column ${column + 1}`));
  });
  const rtl = isRtl(locale);
  const max = Math.max(0, ...values.flat());
  const rowLabelWidth = Math.max(40, ...rows.map(textWidth)) + GAP;
  // Column labels are written at 45 degrees, so they need their length times sin 45 upwards and sideways.
  const columnLabelExtent = Math.max(20, ...columns.map(textWidth)) * DIAGONAL + GAP;
  const gridWidth = columns.length * CELL_WIDTH;
  const width = MARGIN * 2 + rowLabelWidth + gridWidth + columnLabelExtent;
  const height = MARGIN * 2 + columnLabelExtent + rows.length * CELL_HEIGHT;
  const top = MARGIN + columnLabelExtent;
  // Logical start of the grid: after the row labels on the reading side.
  const gridStart = rtl ? width - MARGIN - rowLabelWidth : MARGIN + rowLabelWidth;
  const columnX = (column: number): number =>
    rtl ? gridStart - (column + 1) * CELL_WIDTH : gridStart + column * CELL_WIDTH;

  const columnLabels = columns.map((name, column) =>
    label(
      name,
      { x: columnX(column) + CELL_WIDTH / 2, y: top - GAP / 2, rtl, rotate: rtl ? 45 : -45 },
      { class: "column-label" },
    ),
  );
  const rowGroups = rows.map((name, row) => {
    const y = top + row * CELL_HEIGHT;
    const cells = (values[row] ?? []).map((value, column) => {
      const step = max === 0 ? 0 : Math.ceil((value / max) * (RAMP.length - 1));
      const x = columnX(column);
      return element("g", { class: "cell" }, [
        element("rect", {
          x: round(x),
          y: round(y),
          width: CELL_WIDTH,
          height: CELL_HEIGHT,
          fill: RAMP[step] ?? RAMP[0],
          stroke: "#ffffff",
        }),
        element(
          "text",
          {
            class: "value",
            x: round(x + CELL_WIDTH / 2),
            y: round(y + CELL_HEIGHT / 2),
            "text-anchor": "middle",
            "dominant-baseline": "central",
            fill: step >= RAMP.length - 2 ? "#ffffff" : "#1a1a1a",
          },
          [formatNumber(value, locale)],
        ),
      ]);
    });
    // Row labels end against the grid: right-aligned in LTR; in RTL their end (left edge) touches the grid.
    const labelX = rtl ? gridStart + GAP : gridStart - GAP;
    return element("g", { class: "row" }, [
      label(
        name,
        { x: labelX, y: y + CELL_HEIGHT / 2, rtl },
        { class: "row-label", "text-anchor": "end" },
      ),
      ...cells,
    ]);
  });
  return root(data.title, { width, height, locale }, [
    element("g", { class: "columns" }, columnLabels),
    element("g", { class: "rows" }, rowGroups),
  ]);
}

/**
 * A horizontal bar chart of counts as SVG data: each bar under its label with its formatted count at its end; in
 * a right-to-left locale bars grow from the right.
 * @example barChart({ title: "Inputs per round table", bars: [{ label: "Round table 1", value: 4 }] }, "en")
 */
export function barChart(data: BarChartData, locale: Locale): SvgElement {
  data.bars.forEach((bar, index) => checkCount(bar.value, `bar ${index + 1}`));
  const rtl = isRtl(locale);
  const max = Math.max(0, ...data.bars.map((bar) => bar.value));
  const longest = Math.max(0, ...data.bars.map((bar) => textWidth(bar.label)));
  const width = Math.max(BAR_WIDTH, longest + MARGIN * 2);
  const scale = max === 0 ? 0 : (width - MARGIN * 2 - VALUE_SPACE) / max;
  const height = MARGIN * 2 + data.bars.length * BAR_STEP;
  const start = rtl ? width - MARGIN : MARGIN;
  const bars = data.bars.map((bar, index) => {
    const y = MARGIN + index * BAR_STEP;
    const length = bar.value * scale;
    const end = rtl ? start - length : start + length;
    return element("g", { class: "bar" }, [
      label(bar.label, { x: start, y: y + FONT_SIZE / 2, rtl }, { class: "bar-label" }),
      element("rect", {
        x: round(rtl ? end : start),
        y: round(y + FONT_SIZE + 4),
        width: round(length),
        height: BAR_HEIGHT,
        fill: RAMP[3],
      }),
      label(
        formatNumber(bar.value, locale),
        { x: rtl ? end - GAP / 2 : end + GAP / 2, y: y + FONT_SIZE + 4 + BAR_HEIGHT / 2, rtl },
        { class: "value" },
      ),
    ]);
  });
  return root(data.title, { width, height, locale }, bars);
}
