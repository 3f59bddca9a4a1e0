import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { lossCurveChart } from "../charts/lossCurveChart.ts";
import { formatDecimal, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { formatLawValue, LAW_FIELD, LAWS, POWER_LAW_FIELDS, POWER_LAW_ID, powerLawCode, powerLawTex, powerLawView, type Law } from "../widgets/powerLaw.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Readout } from "./shared/Readout.tsx";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** The words that change with the law: chart title and description, field and axis labels, readout, note. */
export interface LawStrings {
  /** Switch label: "L(N): parameters". */
  name: string;
  title: string;
  description: string;
  field: string;
  axis: string;
  tenX: string;
  note: string;
}

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface PowerLawStrings extends WidgetStrings {
  law: string;
  loss: string;
  axisLoss: string;
  pfDays: string;
  laws: Record<Law, LawStrings>;
}

export interface PowerLawExplorerProps {
  locale: Locale;
  strings: PowerLawStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

/** A decimal for moderate values, scientific notation for very small or large ones (PF-days span 10⁻⁸…10⁷). */
function readable(x: number, locale: Locale): string {
  return x >= 0.01 && x < 1e5 ? formatDecimal(x, locale, { digits: 3 }) : formatScientific(x);
}

export default function PowerLawExplorer({ locale, strings, children, work }: PowerLawExplorerProps) {
  const url = useUrlState(POWER_LAW_ID, POWER_LAW_FIELDS);
  const { state, setState } = url;
  const view = powerLawView(state);
  const live = url.fromUrl || !url.isDefault;
  const d3 = (x: number) => formatDecimal(x, locale, { digits: 3 });
  const words = strings.laws[state.law];
  const field = fieldRenderer(url, strings, locale);
  const groupId = useId();

  return (
    <WidgetShell
      id={POWER_LAW_ID}
      strings={strings}
      url={url}
      controls={
        <>
          <fieldset class="law-switch">
            <legend id={groupId}>{strings.law}</legend>
            <div class="law-options">
              {LAWS.map((law) => (
                <label class={law === state.law ? "law-option law-option-on" : "law-option"}>
                  <input type="radio" name={`${groupId}-law`} value={law} checked={law === state.law} onChange={() => setState({ ...state, law })} />
                  <span>{strings.laws[law].name}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p class="law-note">{words.note}</p>
          <div class="widget-controls">
            {field(LAW_FIELD[state.law], { key: state.law, label: words.field })}
          </div>
        </>
      }
      work={{ tex: powerLawTex(state), code: powerLawCode(state), ssr: work, live }}
      tables={[
        {
          caption: words.description,
          columns: [words.axis, strings.axisLoss],
          rows: view.chart.curve.filter((_, i) => i % 5 === 0).map((p) => [formatLawValue(state.law, p.x, locale), formatDecimal(p.loss, locale, { digits: 4 })]),
        },
      ]}
    >
      <ChartSlot
        live={live}
        deps={[state.law, view.x, locale]}
        build={(width) =>
          lossCurveChart(view.chart, {
            width,
            locale,
            title: words.title,
            description: words.description,
            xLabel: words.axis,
            yLabel: strings.axisLoss,
            markerLabel: formatLawValue(state.law, view.x, locale),
            xFormat: state.law === "c" ? "scientific" : "count",
          })
        }
      >
        {children}
      </ChartSlot>
      <Readout items={[{ label: strings.loss, value: formatDecimal(view.loss, locale, { digits: 4 }), testid: "power-law-loss" }]} />
      <p class="readout-sentence" data-testid="power-law-ten-x">
        {fill(words.tenX, { factor: d3(view.tenXFactor), from: d3(view.loss), to: d3(view.lossAtTenX) })}
      </p>
      {view.pfDays !== null && <p class="law-note">{fill(strings.pfDays, { flops: formatLawValue("c", view.x, locale), pfDays: readable(view.pfDays, locale) })}</p>}
    </WidgetShell>
  );
}
