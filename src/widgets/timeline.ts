import { bootstrapTrend, fitPowerLaw, trendBand } from "../lib/scaling/index.ts";
import type { NotableModel } from "../data/notableModels.ts";
import { formatCount, formatFlops, formatParams } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { keywordField } from "./fieldSpecs.ts";
import { texNumber } from "./texNumber.ts";
import { TREND_BOOTSTRAP } from "./trendInterval.ts";
import type { FieldSpecs } from "./urlState.ts";

/**
 * The model timeline: notable language models' parameters or training compute against release date,
 * on a log scale, with an exponential trend fitted by least squares (`fitPowerLaw` on e^(t − 2018),
 * which is a straight line in ln value against years) and its doubling time, with a 90% bootstrap interval
 * (`bootstrapTrend`, seeded, so the build and the browser print the same numbers).
 */
export const TIMELINE_ID = "model-timeline";

/** What the y axis can show, and what the dots' colours can mean, in the order the switches list them. */
export const TIMELINE_METRICS = ["params", "compute"] as const;
export const TIMELINE_COLORS = ["country", "open"] as const;
export type TimelineMetric = (typeof TIMELINE_METRICS)[number];
export type TimelineColor = (typeof TIMELINE_COLORS)[number];

export interface TimelineState {
  /** What the y axis shows. */
  metric: TimelineMetric;
  /** What the dots' colours mean. */
  color: TimelineColor;
  /** One organisation, or `ALL_ORGANISATIONS`. */
  org: string;
  /** Only models whose weights were released. */
  openOnly: boolean;
}

export const ALL_ORGANISATIONS = "all";
/** Reference year of the fit's x = e^(t − T0), so the numbers stay small. */
export const T0 = 2018;

/** Organisations in the dataset, alphabetical. */
export function organisations(models: readonly NotableModel[]): string[] {
  return [...new Set(models.map((m) => m.organisation))].sort((a, b) => a.localeCompare(b, "en"));
}

/** The two countries most of the story is about come first, with the site's first two colours. */
const LEADING_COUNTRIES = ["US", "CN"];

/** Countries in colour order: the US and China, then the rest by number of models (ties alphabetical). Stable under filters. */
export function countries(models: readonly NotableModel[]): string[] {
  const counts = new Map<string, number>();
  for (const m of models) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  const rank = (c: string) => (LEADING_COUNTRIES.includes(c) ? -1e9 + LEADING_COUNTRIES.indexOf(c) : -counts.get(c)!);
  return [...counts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The URL fields; the organisation must be one in `models` (the dataset is passed in, so this module
 * does not import it: the island gets it without the build-time validator, see `timelineModels.ts`).
 */
export function timelineFields(models: readonly NotableModel[]): FieldSpecs<TimelineState> {
  return {
    metric: keywordField<TimelineMetric>("metric", "compute", TIMELINE_METRICS),
    color: keywordField<TimelineColor>("color", "country", TIMELINE_COLORS),
    org: keywordField("org", ALL_ORGANISATIONS, [ALL_ORGANISATIONS, ...organisations(models)]),
    // A checkbox the island draws itself; "1"/"true" and "0"/"false" both read.
    openOnly: {
      key: "open",
      default: false,
      parse: (t) => (t === "1" || t === "true" ? true : t === "0" || t === "false" ? false : null),
      format: (b) => (b ? "1" : "0"),
    },
  };
}

/** `"2024-07"` → 2024.54 (mid-month, in years). */
export function decimalYear(date: string): number {
  const [year, month] = date.split("-").map(Number);
  return year + (month - 0.5) / 12;
}

/** The fit's x for a release month: e^(t − T0), computed as the "show your work" code does. */
function expYear(date: string): number {
  const year = Number(date.slice(0, 4)), month = Number(date.slice(5));
  return Math.exp(year - T0 + (month - 0.5) / 12);
}

/**
 * Doubling time in months of a quantity growing as e^(k·t), t in years: 12·ln 2 / k.
 * `null` when it does not grow (k ≤ 0) or k is not a finite number.
 */
export function doublingTimeMonths(ratePerYear: number): number | null {
  return Number.isFinite(ratePerYear) && ratePerYear > 0 ? (12 * Math.LN2) / ratePerYear : null;
}

export interface GrowthFit {
  /** k in value ∝ e^(k·t), per year (natural log). */
  rate: number;
  /** e^k: the factor by which the value grows in a year. */
  factorPerYear: number;
  /** 12·ln 2 / k, or null when the fit does not grow. */
  doublingMonths: number | null;
  /** R² of ln value against t. */
  r2: number;
  /** Coefficient c of value = c·e^(k(t − T0)). */
  coefficient: number;
  /** Models fitted, and the span of their release years. */
  count: number;
  from: number;
  to: number;
  /** Bootstrap interval (`bootstrapTrend`, `TREND_BOOTSTRAP`): factor a year and doubling months, [low, high] at `level`. */
  interval: { level: number; factorPerYear: [number, number]; doublingMonths: [number | null, number | null] };
}

/** Least-squares exponential trend through models' (date, value) pairs; null with fewer than two distinct dates. */
export function growthFit(points: readonly { date: string; value: number }[]): GrowthFit | null {
  if (points.length < 2 || points.every((p) => p.date === points[0].date)) return null;
  const fit = fitPowerLaw(points.map((p) => expYear(p.date)), points.map((p) => p.value));
  if (!Number.isFinite(fit.exponent) || !Number.isFinite(fit.coefficient)) return null;
  const years = points.map((p) => Number(p.date.slice(0, 4)));
  // Same fit as above (mid-month decimal years), resampled; its central rate equals fit.exponent.
  const boot = bootstrapOf(points);
  return {
    rate: fit.exponent,
    factorPerYear: Math.exp(fit.exponent),
    doublingMonths: doublingTimeMonths(fit.exponent),
    r2: fit.r2,
    coefficient: fit.coefficient,
    count: points.length,
    from: Math.min(...years),
    to: Math.max(...years),
    interval: { level: boot.level, factorPerYear: boot.interval.factorPerYear, doublingMonths: boot.interval.doublingMonths },
  };
}

/** One model as plotted. */
export interface TimelinePoint {
  id: string;
  name: string;
  organisation: string;
  country: string;
  openWeights: boolean;
  date: string;
  /** Release month in decimal years. */
  year: number;
  /** Total parameters or training FLOPs. */
  value: number;
  /** Active parameters per token (MoE), when plotting parameters. */
  active: number | null;
  /** Compute estimated as 6ND rather than stated by the authors. */
  estimated: boolean;
  /** URL of the figure's source. */
  source: string;
  /** Colour group: a country code, or "open" / "closed". */
  group: string;
}

export interface TimelineView {
  points: TimelinePoint[];
  /** Models that pass the filters but have no published figure for the metric. */
  missing: string[];
  fit: GrowthFit | null;
  /** The fitted trend, at the ends of the plotted years. */
  trend: { year: number; value: number }[];
  /** The trend's 90% bootstrap band across the plotted years (`trendBand`), or empty. */
  band: { year: number; low: number; high: number }[];
  /** Colour groups in order (all of them, so colours do not shift when filtering). */
  groups: string[];
}

/** Everything the widget shows for a state: the filtered models, the trend and its doubling time. */
export function timelineView(state: TimelineState, models: readonly NotableModel[]): TimelineView {
  const kept = models.filter((m) => (state.org === ALL_ORGANISATIONS || m.organisation === state.org) && (!state.openOnly || m.openWeights));
  const groups = state.color === "country" ? countries(models) : ["open", "closed"];
  const points: TimelinePoint[] = [];
  const missing: string[] = [];
  for (const m of kept) {
    const value = state.metric === "params" ? m.params : m.compute;
    if (value === null || !(value > 0)) {
      missing.push(m.name);
      continue;
    }
    points.push({
      id: m.id,
      name: m.name,
      organisation: m.organisation,
      country: m.country,
      openWeights: m.openWeights,
      date: m.date,
      year: decimalYear(m.date),
      value,
      active: state.metric === "params" ? m.activeParams : null,
      estimated: state.metric === "compute" && m.computeMethod === "6ND",
      source: (state.metric === "params" ? m.sources.params : (m.sources.compute ?? m.sources.tokens)) ?? m.url,
      group: state.color === "country" ? m.country : m.openWeights ? "open" : "closed",
    });
  }
  const { fit, band } = cachedTrend(models, state, points);
  const trend =
    fit === null
      ? []
      : [Math.min(...points.map((p) => p.year)), Math.max(...points.map((p) => p.year))].map((year) => ({
          year,
          value: fit.coefficient * Math.exp(fit.rate * (year - T0)),
        }));
  return { points, missing, fit, trend, band, groups };
}

/**
 * The fit's interval and the band are bootstraps (TREND_BOOTSTRAP resamples: most of a redraw's time in
 * profiles). Both resample the same points with the same seed, so it is drawn once per set of points
 * (`bootstrapOf`); and the result depends only on which models are plotted, not on how they are coloured,
 * so it is kept per metric and filter: returning to a filter, or recolouring, does not refit. At most
 * metrics × organisations × 2 small entries per model list.
 */
const trends = new WeakMap<readonly NotableModel[], Map<string, Pick<TimelineView, "fit" | "band">>>();
function cachedTrend(models: readonly NotableModel[], state: TimelineState, points: readonly TimelinePoint[]): Pick<TimelineView, "fit" | "band"> {
  let byFilter = trends.get(models);
  if (!byFilter) trends.set(models, (byFilter = new Map()));
  const key = `${state.metric}|${state.org}|${state.openOnly}`;
  let trend = byFilter.get(key);
  if (!trend) {
    const fit = growthFit(points);
    byFilter.set(key, (trend = { fit, band: fit === null ? [] : timelineBand(points) }));
  }
  return trend;
}

const bootstraps = new WeakMap<readonly unknown[], ReturnType<typeof bootstrapTrend>>();
function bootstrapOf(points: readonly { date: string; value: number }[]): ReturnType<typeof bootstrapTrend> {
  let boot = bootstraps.get(points);
  if (!boot) bootstraps.set(points, (boot = bootstrapTrend(points, TREND_BOOTSTRAP)));
  return boot;
}

/** Steps of the band across the plotted years: enough for its curved edges to look smooth. */
const BAND_STEPS = 24;

/** The 90% band of the trend through `points`, from the first to the last plotted month. */
function timelineBand(points: readonly TimelinePoint[]): TimelineView["band"] {
  const lo = Math.min(...points.map((p) => p.year));
  const hi = Math.max(...points.map((p) => p.year));
  const years = Array.from({ length: BAND_STEPS + 1 }, (_, i) => lo + ((hi - lo) * i) / BAND_STEPS);
  return trendBand(bootstrapOf(points), years).map(({ year, low, high }) => ({ year, low, high }));
}

/** `https://arxiv.org/abs/2005.14165` → `arxiv.org/abs/2005.14165`, shortened for a tooltip. */
export function shortUrl(url: string, max = 48): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
  return bare.length > max ? `${bare.slice(0, max - 1)}…` : bare;
}

/** The tooltip of a dot: name, organisation and month, value (with MoE active parameters or 6ND), source. */
export function pointTitle(
  p: TimelinePoint,
  metric: TimelineMetric,
  locale: Locale,
  words: { active: string; estimated: string; source: string },
): string {
  let value = metric === "params" ? formatParams(p.value, locale) : formatFlops(p.value, locale);
  if (p.active !== null) value += ` (${words.active.replace("{active}", formatCount(p.active, locale))})`;
  if (p.estimated) value += ` (${words.estimated})`;
  return [p.name, `${p.organisation} · ${p.date}`, value, words.source.replace("{source}", shortUrl(p.source))].join("\n");
}

/** The fit in TeX with the reader's numbers. */
export function timelineTex(view: TimelineView): string {
  const f = view.fit;
  if (f === null) return "\\ln y = \\ln c + k\\,(t - 2018)";
  const t2 = f.doublingMonths === null ? "\\infty" : texNumber(f.doublingMonths);
  return `\\ln y = \\ln c + k\\,(t - ${T0}),\\quad c = ${texNumber(f.coefficient)},\\quad k = ${texNumber(f.rate)},\\quad T_2 = \\frac{12 \\ln 2}{k} = ${t2}`;
}

/** The call to the scaling module that reproduces the fit from the points shown. */
export function timelineCode(view: TimelineView): string {
  const dates = view.points.map((p) => JSON.stringify(p.date)).join(", ");
  const values = view.points.map((p) => String(p.value)).join(", ");
  return `scaling.fitPowerLaw([${dates}].map((d) => Math.exp(+d.slice(0, 4) - ${T0} + (+d.slice(5) - 0.5) / 12)), [${values}])`;
}
