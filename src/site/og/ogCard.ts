import { translator, type Locale } from "../../i18n/index.ts";
import { chartSvg } from "./chartPaths.ts";
import { measure, textPath, wrap, type TextStyle } from "./textPaths.ts";

/**
 * The link-preview card of one essay (OpenGraph / Twitter `summary_large_image`, 1200×630): site name,
 * chapter, title, description and the chapter's home-page chart, in the colours of the per-language
 * card in public/og/ (scripts/og-images.ts, still used by the pages that are not essays). Every piece of
 * text is already a path, so rasterising needs no font.
 */

export interface EssayCard {
  locale: Locale;
  slug: string;
  /** Chapter number (the essay's `order`). */
  order: number;
  title: string;
  description: string;
  /** Where the essay lives, shown at the foot (WeChat's card shows no domain), e.g. `example.org/en/power-law/`. */
  url?: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const COLOURS = { background: "#14161a", text: "#e7e5df", muted: "#a9a79f", accent: "#ff9566", line: "#7aa2ff", rule: "#2b2e35" };
const PAD = 72;
const CHART = { width: 440, x: CARD_WIDTH - PAD - 440, y: 56 };
const GAP = 40;

const path = (d: string, fill: string) => (d ? `<path fill="${fill}" d="${d}"/>` : "");

/** Lines of `style` text from baseline `y`, `lineHeight` apart, as one path. */
const block = (lines: string[], x: number, y: number, style: TextStyle, lineHeight: number) =>
  lines.map((line, i) => textPath(line, x, y + i * lineHeight, style)).join("");

export function ogCard(essay: EssayCard): string {
  const t = translator(essay.locale);
  const words = { total: t("home.fig.total"), active: t("home.fig.active"), neurons: t("home.fig.neurons"), synapses: t("home.fig.synapses") };
  const chart = chartSvg(essay.slug, essay.locale, words, CHART, { text: COLOURS.muted, "--chart-1": COLOURS.line, "--chart-2": COLOURS.accent, "--chart-accent": COLOURS.accent });
  const columnWidth = chart ? CHART.x - GAP - PAD : CARD_WIDTH - 2 * PAD;

  const brand = textPath(t("site.title").toUpperCase(), PAD, 104, { size: 26, weight: 700, letterSpacing: 3 });
  const kicker = textPath(t("essay.chapter", { n: essay.order }), PAD, 150, { size: 28, weight: 400 });

  // The largest title size that fits in two lines; the smallest takes three, with an ellipsis if need be.
  // Without a chart the text gets its room and larger type, so the card does not look half empty.
  const sizes = chart ? [68, 60, 52, 46] : [84, 72, 60, 52];
  const fitted = sizes.map((size) => ({ size, ...wrap(essay.title, columnWidth, { size, weight: 700 }, size === sizes.at(-1) ? 3 : 2) }));
  // A size whose second line would be a stray word or one or two characters ("停不下 / 来") is passed over.
  const balanced = (f: (typeof fitted)[number]) => f.lines.length === 1 || measure(f.lines.at(-1)!, { size: f.size, weight: 700 }) > columnWidth / 3;
  const title = fitted.find((f) => !f.truncated && balanced(f)) ?? fitted.find((f) => !f.truncated) ?? fitted.at(-1)!;
  const titleLine = Math.round(title.size * 1.18);
  const titleTop = 188;
  const titleBottom = titleTop + title.lines.length * titleLine;

  const description = { size: chart ? 28 : 32, weight: 400 } as const;
  const descriptionLine = Math.round(description.size * 1.5);
  // thumbnailChart draws 0.55 × its width high.
  const descriptionTop = Math.max(titleBottom, chart ? CHART.y + Math.round(CHART.width * 0.55) : 0) + GAP;
  const lines = wrap(essay.description, CARD_WIDTH - 2 * PAD, description, 3).lines;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.background}"/>
<rect x="0" y="0" width="10" height="${CARD_HEIGHT}" fill="${COLOURS.accent}"/>
${path(brand, COLOURS.accent)}
${path(kicker, COLOURS.muted)}
${path(block(title.lines, PAD, titleTop + Math.round(title.size * 0.92), { size: title.size, weight: 700 }, titleLine), COLOURS.text)}
${chart ?? ""}
<rect x="${PAD}" y="${descriptionTop - GAP / 2}" width="${CARD_WIDTH - 2 * PAD}" height="2" fill="${COLOURS.rule}"/>
${path(block(lines, PAD, descriptionTop + description.size, description, descriptionLine), "#c9c7c0")}
${path(essay.url ? textPath(essay.url, PAD, CARD_HEIGHT - 52, { size: 22, weight: 400 }) : "", COLOURS.muted)}
</svg>`;
}
