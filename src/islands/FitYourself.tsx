import type { ComponentChildren } from "preact";
import { useEffect, useId, useMemo, useRef, useState } from "preact/hooks";
import type { ChinchillaFit } from "../lib/scaling/index.ts";
import { fitChart } from "../charts/fitChart.ts";
import { residualChart } from "../charts/residualChart.ts";
import { formatCount, formatDecimal, formatFlops, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/schema.ts";
import { BUDGET_RANGE, DEFAULT_DROPPED, FIT_FIELDS, FIT_ID, PUBLISHED_FIT, fitCode, fitTex, fitView, type FitModel } from "../widgets/fit.ts";
import { parseFitData, type FitData, type FitDataError } from "../widgets/fitData.ts";
import { DEFAULT_RUNS, DEFAULT_RUNS_TOTAL } from "../widgets/fitDefaultRuns.ts";
import type { FitRequest, FitResponse } from "./fitWorker.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** The `fit.*` keys of the dictionary, without the prefix. */
export type FitStringKey = MessageKey extends infer K ? (K extends `fit.${infer R}` ? R : never) : never;

/** Translated words the island needs (every `fit.*` key, unprefixed); the Astro wrapper passes them in. */
export type FitStrings = WidgetStrings & Record<FitStringKey, string>;

/** The constants fitted at build time to the default runs, with how the fit went. */
export type DefaultFit = ChinchillaFit & { converged: boolean; runs: number };

export interface FitYourselfProps {
  locale: Locale;
  strings: FitStrings;
  /** The Chinchilla fit of the default runs, computed when the page was built. */
  defaultFit: DefaultFit;
  /** Server-rendered main chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered residual chart (slot `residuals`). */
  residuals?: ComponentChildren;
  /** Server-rendered formula (slot `work`). */
  work?: ComponentChildren;
}

type FitStatus =
  | { status: "done"; fit: ChinchillaFit & { converged?: boolean } }
  | { status: "pending" }
  | { status: "fitting" }
  | { status: "cancelled" }
  | { status: "failed" };

/** Rows listed in the data table: all of the default 240, the first 500 of a long paste (rendering thousands would stall the page). */
const TABLE_ROWS = 500;

const DEFAULT_DATA: FitData = { kind: "runs", runs: [...DEFAULT_RUNS] };

/** The localized message for a CSV that could not be read, naming the line. */
export function dataErrorMessage(error: FitDataError, s: FitStrings): string {
  switch (error.code) {
    case "empty":
      return s.errorEmpty;
    case "header":
      return fill(s.errorHeader, { line: error.line, value: error.value });
    case "columns":
      return fill(s.errorColumns, { line: error.line, found: error.found, expected: error.expected });
    case "value":
      return fill(s.errorValue, { line: error.line, value: error.value });
    case "tooFew":
      return fill(s.errorTooFew, { count: error.count, min: error.min });
    case "tooMany":
      return fill(s.errorTooMany, { count: error.count, max: error.max });
  }
}

export default function FitYourself({ locale, strings: s, defaultFit, children, residuals, work }: FitYourselfProps) {
  const url = useUrlState(FIT_ID, FIT_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const [data, setData] = useState<FitData>(DEFAULT_DATA);
  const [pasted, setPasted] = useState(false);
  const [fitStatus, setFitStatus] = useState<FitStatus>({ status: "done", fit: defaultFit });
  const [text, setText] = useState("");
  const [dataError, setDataError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const request = useRef(0);
  const ids = useId();

  const fit = fitStatus.status === "done" ? fitStatus.fit : null;
  const view = useMemo(() => fitView(data, state, fit), [data, state.model, state.budget, fit]);
  // Once the live chart has replaced the server-rendered one it stays, so a reset redraws it too.
  const everLive = useRef(false);
  if (fromUrl || !isDefault || pasted) everLive.current = true;
  const live = everLive.current;

  // Fit runs under the Chinchilla form in the worker whenever they have no fit yet.
  useEffect(() => {
    if (state.model !== "chinchilla" || data.kind !== "runs" || fitStatus.status !== "pending") return;
    const id = ++request.current;
    worker.current ??= new Worker(new URL("./fitWorker.ts", import.meta.url), { type: "module" });
    worker.current.onmessage = (event: MessageEvent<FitResponse>) => {
      if (event.data.id !== request.current) return;
      setFitStatus(event.data.ok ? { status: "done", fit: event.data.fit } : { status: "failed" });
    };
    worker.current.onerror = () => {
      if (id === request.current) setFitStatus({ status: "failed" });
    };
    worker.current.postMessage({ id, runs: data.runs } satisfies FitRequest);
    setFitStatus({ status: "fitting" });
  }, [state.model, data, fitStatus.status]);

  useEffect(() => () => worker.current?.terminate(), []);

  const cancel = () => {
    request.current++;
    worker.current?.terminate();
    worker.current = null;
    setFitStatus({ status: "cancelled" });
  };

  const apply = (source: string) => {
    const parsed = parseFitData(source);
    if (!parsed.ok) {
      setDataError(dataErrorMessage(parsed.error, s));
      return;
    }
    setDataError(null);
    if (fitStatus.status === "fitting") cancel();
    setData(parsed.data);
    setPasted(true);
    setFitStatus({ status: "pending" });
  };

  const useDefault = () => {
    if (fitStatus.status === "fitting") cancel();
    setData(DEFAULT_DATA);
    setPasted(false);
    setDataError(null);
    setFitStatus({ status: "done", fit: defaultFit });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const content = await file.text();
      setText(content);
      apply(content);
    } catch {
      setDataError(s.errorFile);
    }
  };

  const runs = data.kind === "runs";
  const chartText = {
    title: s.chartTitle,
    description: view.model === "chinchilla" ? s.chartDescription : s.chartDescriptionPowerLaw,
    xLabel: runs ? s.axisFlops : s.axisX,
    yLabel: runs ? s.axisLoss : s.axisY,
    yFormat: runs ? ("loss" as const) : ("count" as const),
    legendTitle: s.legendSizes,
    frontierLabel: s.legendFrontier,
    fitLabel: s.legendFit,
    markerLabel: s.legendBudget,
  };
  const d3 = (x: number) => formatDecimal(x, locale, { digits: 3 });
  const d4 = (x: number) => formatDecimal(x, locale, { digits: 4 });
  const count = (x: number) => formatCount(x, locale);
  const source = !pasted
    ? fill(s.sourceDefault, { runs: DEFAULT_RUNS.length, total: DEFAULT_RUNS_TOTAL, dropped: DEFAULT_DROPPED }) +
      (view.chinchilla && fit === defaultFit ? (locale === "zh" ? "" : " ") + s.sourceBuilt : "")
    : fill(runs ? s.sourcePastedRuns : s.sourcePastedPairs, { count: runs ? data.runs.length : data.points.length });
  const ch = view.chinchilla;
  const pl = view.powerLaw;
  const constants: [string, keyof ChinchillaFit][] = [
    ["E", "E"],
    ["A", "A"],
    ["B", "B"],
    ["α", "alpha"],
    ["β", "beta"],
  ];

  return (
    <WidgetShell
      class="fit-widget"
      id={FIT_ID}
      strings={s}
      url={{ ...url, isDefault: isDefault && !pasted, reset: () => { url.reset(); useDefault(); } }}
      after={view.rows.length > TABLE_ROWS && <p class="fit-hint">{fill(s.tableTruncated, { shown: TABLE_ROWS, count: view.rows.length })}</p>}
      controls={
        <>
      <div class="widget-controls">
        <SelectField<FitModel>
          label={s.model}
          value={state.model}
          options={[
            { value: "chinchilla", label: s.modelChinchilla },
            { value: "powerlaw", label: s.modelPowerLaw },
          ]}
          onChange={(model) => setState({ ...state, model })}
        />
        {runs && (
          <QuantityField
            label={s.budget}
            value={state.budget}
            range={BUDGET_RANGE}
            locale={locale}
            messages={s}
            onChange={(budget) => setState({ ...state, budget })}
          />
        )}
      </div>
        </>
      }
      work={{ tex: fitTex(view, state), code: fitCode(view, state), ssr: work, live }}
      tables={[{ caption: s.tableCaption, columns: runs ? [s.colParams, s.colTokens, s.colFlops, s.colLoss, s.colFitted, s.colResidual] : [s.axisX, s.axisY, s.colFitted, s.colResidual], rows: view.rows.slice(0, TABLE_ROWS).map((r) => {
          const tail = [Number.isFinite(r.predicted) ? d4(r.predicted) : "—", Number.isFinite(r.residual) ? formatPercent(r.residual, locale, { digits: 2 }) : "—"];
          return runs ? [count(r.params!), count(r.tokens!), formatScientific(r.x), d4(r.y), ...tail] : [formatDecimal(r.x, locale, { digits: 4 }), formatDecimal(r.y, locale, { digits: 4 }), ...tail];
        }) }]}
    >
      <div class="fit-status" role="status" aria-live="polite">
        {fitStatus.status === "fitting" && (
          <p class="fit-busy">
            <span class="fit-spinner" aria-hidden="true" />
            {fill(s.fitting, { runs: runs ? data.runs.length : 0 })}
            <button type="button" class="widget-button" onClick={cancel}>
              {s.cancel}
            </button>
          </p>
        )}
        {fitStatus.status === "cancelled" && state.model === "chinchilla" && runs && (
          <p class="widget-note">
            {s.cancelled}{" "}
            <button type="button" class="widget-button" onClick={() => setFitStatus({ status: "pending" })}>
              {s.fitAgain}
            </button>
          </p>
        )}
        {fitStatus.status === "failed" && state.model === "chinchilla" && runs && <p class="widget-note">{s.fitFailed}</p>}
        {view.needsRuns && <p class="widget-note">{s.needsRuns}</p>}
        {view.problem && <p class="widget-note">{s.problem}</p>}
        {ch && fit && (fit as { converged?: boolean }).converged === false && <p class="widget-note">{s.notConverged}</p>}
      </div>
      <ChartSlot live={live} deps={[view, locale]} build={(width) => fitChart(view.chart, { ...chartText, width, locale })}>
        {children}
      </ChartSlot>
      <p class="fit-source">{source}</p>

      {ch && (
        <>
          <dl class="readout" aria-live="polite">
            <div>
              <dt>{s.params}</dt>
              <dd data-testid="fit-params">{count(ch.optimal.params)}</dd>
            </div>
            <div>
              <dt>{s.tokens}</dt>
              <dd data-testid="fit-tokens">{count(ch.optimal.tokens)}</dd>
            </div>
            <div>
              <dt>{s.ratio}</dt>
              <dd data-testid="fit-ratio">{d3(ch.optimal.tokensPerParam)}</dd>
            </div>
            <div>
              <dt>{s.loss}</dt>
              <dd>{d4(ch.optimal.loss)}</dd>
            </div>
          </dl>
          <p class="readout-sentence">
            {fill(s.optimalSentence, {
              budget: formatFlops(state.budget, locale),
              params: count(ch.optimal.params),
              tokens: count(ch.optimal.tokens),
              ratio: d3(ch.optimal.tokensPerParam),
              pubParams: count(ch.publishedOptimal.params),
              pubTokens: count(ch.publishedOptimal.tokens),
            })}
          </p>
          <div class="fit-constants">
            <table>
              <caption>{s.constants}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.constant}</th>
                  <th scope="col">{s.thisFit}</th>
                  <th scope="col">{s.published}</th>
                </tr>
              </thead>
              <tbody>
                {constants.map(([name, key]) => (
                  <tr>
                    <th scope="row">{name}</th>
                    <td data-testid={`fit-${key}`}>{d4(ch.fit[key] as number)}</td>
                    <td>{d4(PUBLISHED_FIT[key] as number)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {pl && (
        <>
          <dl class="readout" aria-live="polite">
            <div>
              <dt>{s.exponent}</dt>
              <dd data-testid="fit-exponent">{d4(pl.fit.exponent)}</dd>
            </div>
            <div>
              <dt>{s.coefficient}</dt>
              <dd>{pl.fit.coefficient >= 1e4 || pl.fit.coefficient < 1e-3 ? formatScientific(pl.fit.coefficient) : d4(pl.fit.coefficient)}</dd>
            </div>
            <div>
              <dt>{s.r2}</dt>
              <dd>{d4(pl.fit.r2)}</dd>
            </div>
            {pl.atBudget !== undefined && Number.isFinite(pl.atBudget) && (
              <div>
                <dt>{s.atBudget}</dt>
                <dd>{d4(pl.atBudget)}</dd>
              </div>
            )}
          </dl>
          <p class="readout-sentence">{fill(pl.on === "frontier" ? s.powerLawFrontier : s.powerLawPairs, { count: pl.count })}</p>
        </>
      )}

      {view.residuals.points.length > 0 && (
        <div class="fit-residuals">
          <p class="fit-subheading">{s.residualsTitle}</p>
          <ChartSlot
            live={live}
            deps={[view, locale]}
            build={(width) =>
              residualChart(view.residuals, {
                width,
                locale,
                title: s.residualsTitle,
                description: s.residualsDescription,
                xLabel: runs ? s.axisFlops : s.axisX,
                yLabel: s.axisResidual,
              })
            }
          >
            {residuals}
          </ChartSlot>
        </div>
      )}

      <fieldset class="fit-data">
        <legend>{s.dataHeading}</legend>
        <label for={`${ids}-csv`}>{s.dataLabel}</label>
        <textarea
          id={`${ids}-csv`}
          rows={5}
          spellcheck={false}
          autoComplete="off"
          placeholder={"N,D,loss\n70B,1.4T,1.94\n1e9,2e10,2.61\n…"}
          value={text}
          aria-invalid={dataError ? "true" : undefined}
          aria-describedby={`${ids}-hint${dataError ? ` ${ids}-error` : ""}`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id={`${ids}-hint`} class="fit-hint">
          {s.dataHint}
        </p>
        {dataError && (
          <p id={`${ids}-error`} class="field-error" role="alert">
            {dataError}
          </p>
        )}
        <div class="widget-actions">
          <button type="button" class="widget-button fit-primary" onClick={() => apply(text)} disabled={fitStatus.status === "fitting"}>
            {s.fitButton}
          </button>
          <label class="widget-button fit-upload">
            {s.upload}
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              class="visually-hidden"
              onChange={(e) => {
                void onFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = "";
              }}
            />
          </label>
          {pasted && (
            <button type="button" class="widget-button" onClick={useDefault}>
              {s.useDefault}
            </button>
          )}
        </div>
      </fieldset>
    </WidgetShell>
  );
}
