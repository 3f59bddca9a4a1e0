import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { moeChart } from "../charts/moeChart.ts";
import type { Locale } from "../i18n/locales.ts";
import { MOE_DEFAULTS, MOE_FIELDS, MOE_ID, MOE_OVERRIDES, moeCode, moeTex, moeView, overrideLimits, withOverrides } from "../widgets/moe.ts";
import { moeChartLabels, moeReadouts, moeSentence, moeTable, type MoeStrings } from "../widgets/moeText.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { NumberField } from "./shared/NumberField.tsx";
import { Readout } from "./shared/Readout.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface MoeExplorerProps {
  locale: Locale;
  strings: MoeStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

export default function MoeExplorer({ locale, strings, children, work }: MoeExplorerProps) {
  const url = useUrlState(MOE_ID, MOE_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = useMemo(() => moeView(state), [state.model, state.experts, state.topK, state.expertWidth, state.shared, state.precision]);
  const live = fromUrl || !isDefault;
  const values = { experts: view.experts, topK: view.topK, expertWidth: view.expertWidth, shared: view.shared };
  const update = (next: Partial<typeof values>) => {
    setState(withOverrides(state.model, state.precision, { ...values, ...next }));
  };
  const field = fieldRenderer(url, strings, locale);
  const limits = overrideLimits(view);

  return (
    <WidgetShell
      id={MOE_ID}
      strings={strings}
      url={url}
      controls={
        <>
          <div class="widget-controls">
            {/* Another model starts from its own shape, as published; the precision stays. */}
            {field("model", {
              optionLabel: (id) => MODEL_CONFIGS[id].label[locale],
              onChange: (model) => setState({ ...MOE_DEFAULTS, model, precision: state.precision }),
            })}
            {field("precision")}
          </div>
          <p class="moe-shape">{fill(strings.shape, { layers: view.layers, moeLayers: view.moeLayers, hidden: view.hiddenSize })}</p>
          <div class="widget-controls moe-fields">
            {/* Drawn by hand: the state may say "preset", the box shows the value in effect. */}
            {MOE_OVERRIDES.map((name) => (
              <NumberField
                label={strings[name]}
                value={view[name]}
                min={limits[name].min}
                max={limits[name].max}
                integer
                locale={locale}
                messages={strings}
                onChange={(x) => update({ [name]: x })}
              />
            ))}
          </div>
        </>
      }
      work={{ tex: moeTex(view), code: moeCode(view), ssr: work, live }}
      tables={[moeTable(view, strings, locale)]}
    >
      {view.error && (
        <p class="field-error" role="alert">
          {fill(strings.badCombo, { model: view.preset.label[locale] })} <code>{view.error}</code>
        </p>
      )}
      <ChartSlot live={live} deps={[view, locale]} build={(width) => moeChart(view.chart, { width, locale, ...moeChartLabels(view, strings) })}>
        {children}
      </ChartSlot>
      <Readout items={moeReadouts(view, strings, locale)} />
      <p class="readout-sentence">{moeSentence(view, strings, locale)}</p>
      <p class="moe-note">{strings.note}</p>
    </WidgetShell>
  );
}
