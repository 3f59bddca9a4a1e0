import type { ComponentChildren } from "preact";
import { rooflineChart } from "../charts/rooflineChart.ts";
import { formatDecimal, formatFlops, formatPercent } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import {
  formatSeconds, MODEL_IDS, OPERATIONS, precisionsFor, ROOFLINE_DEFAULTS, ROOFLINE_FIELDS, ROOFLINE_ID, rooflineChartLabels, rooflineCode, rooflineTex, rooflineView, withAccelerator,
  type RooflineState,
} from "../widgets/roofline.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Readout } from "./shared/Readout.tsx";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import type { RooflineStrings } from "./rooflineStrings.ts";

export interface RooflineProps {
  locale: Locale;
  strings: RooflineStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

export default function Roofline({ locale, strings, children, work }: RooflineProps) {
  const url = useUrlState(ROOFLINE_ID, ROOFLINE_FIELDS);
  const { state, setState } = url;
  const view = rooflineView(state);
  const shown: RooflineState = view.failed ? ROOFLINE_DEFAULTS : state;
  const live = url.fromUrl || !url.isDefault;
  const field = fieldRenderer(url, strings, locale);
  const d = (x: number) => formatDecimal(x, locale);
  // Intensities in the thousands keep their units digit (1,792, not 1,790): they are compared with the ridge.
  const di = (x: number) => formatDecimal(x, locale, { digits: x >= 1000 ? 5 : 3 });
  const whole = (name: "m" | "k" | "n" | "batch" | "context" | "queries") => field(name, { key: name, onChange: (v) => setState({ ...state, [name]: Math.max(1, Math.round(v)) }) });
  const values = { intensity: di(view.intensity), ridge: d(view.ridge), fraction: formatPercent(view.fractionOfPeak, locale, { digits: 2 }) };
  const labels = rooflineChartLabels(shown, view, strings, locale);

  return (
    <WidgetShell
      id={ROOFLINE_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <>
          <div class="widget-controls">
            {field("op", { optionLabel: (op) => strings.ops[op] })}
            {field("accelerator", { onChange: (hw) => setState(withAccelerator(state, hw)) })}
            {field("precision", { options: precisionsFor(state.accelerator).map((p) => ({ value: p, label: p })) })}
            {state.op !== "matmul" && field("model", { options: MODEL_IDS.map((id) => ({ value: id, label: MODEL_CONFIGS[id].label[locale] })) })}
          </div>
          <p class="roofline-note">{strings.notes[state.op]}</p>
          <div class="widget-controls">
            {state.op === "matmul" && [whole("m"), whole("k"), whole("n")]}
            {state.op === "decode" && [whole("batch"), whole("context")]}
            {state.op === "attention" && [whole("queries"), whole("context")]}
          </div>
        </>
      }
      work={{ tex: rooflineTex(state), code: rooflineCode(state, url.isDefault ? strings.defaultNote : undefined), ssr: work, live }}
      tables={[
        {
          caption: strings.description,
          columns: [strings.quantity, strings.value],
          rows: [
            [strings.flops, formatFlops(view.flops, locale)],
            [strings.bytes, `${formatDecimal(view.bytes / 1e9, locale, { digits: 4 })} GB`],
            [strings.intensity, di(view.intensity)],
            [strings.ridge, d(view.ridge)],
            [strings.computeTime, formatSeconds(view.computeSeconds, locale)],
            [strings.memoryTime, formatSeconds(view.memorySeconds, locale)],
          ],
        },
      ]}
    >
      <ChartSlot
        live={live}
        deps={[JSON.stringify(shown), locale]}
        build={(width) => rooflineChart(view.chart, { width, locale, title: strings.title, description: strings.description, xLabel: strings.axisIntensity, yLabel: strings.axisFlops, ...labels })}
      >
        {children}
      </ChartSlot>
      <Readout
        items={[
          { label: strings.intensity, value: di(view.intensity), testid: "roofline-intensity" },
          { label: strings.ridge, value: d(view.ridge), testid: "roofline-ridge" },
          { label: strings.bound, value: view.bound === "compute" ? strings.boundCompute : strings.boundMemory, testid: "roofline-bound" },
          { label: strings.time, value: formatSeconds(view.seconds, locale), testid: "roofline-time" },
          { label: strings.fraction, value: values.fraction, testid: "roofline-fraction" },
          view.decode && { label: strings.tokensPerSecond, value: d(view.decode.tokensPerSecond), testid: "roofline-tokens" },
        ]}
      />
      <p class="readout-sentence" data-testid="roofline-sentence">
        {fill(view.bound === "compute" ? strings.sentenceCompute : strings.sentenceMemory, values)}
        {view.decode && ` ${fill(strings.sentenceDecode, { critical: d(view.decode.criticalBatch), weights: d(view.decode.weightBytes / 1e9) })}`}
      </p>
    </WidgetShell>
  );
}
