import type { Locale } from "../../i18n/locales.ts";
import { labCurvesChart } from "../../charts/labCurvesChart.ts";
import { labIsoflopChart } from "../../charts/labIsoflopChart.ts";
import { labSizeChart } from "../../charts/labSizeChart.ts";
import type { LabExperiment } from "../../lab/protocol.ts";
import { curvesData, isoflopChartData, sizeChartData, type LabFindings, type LabRecord, type PartialCurve } from "../../widgets/labCharts.ts";
import { CHINCHILLA_TOKENS_PER_PARAM } from "../../widgets/labText.ts";
import { ChartSlot } from "../shared/ChartSlot.tsx";
import type { LabStrings } from "./labStrings.ts";

export interface LabFiguresProps {
  experiment: LabExperiment;
  records: LabRecord[];
  partial: PartialCurve[];
  findings: LabFindings;
  /** Besiroglu et al.'s ratio at the plan's budgets (experiment 2). */
  besiroglu: number | null;
  strings: LabStrings;
  locale: Locale;
}

/** The reader's own runs, drawn live: loss curves as they train, then loss against N or the isoFLOP valleys. */
export function LabFigures({ experiment, records, partial, findings, besiroglu, strings: s, locale }: LabFiguresProps) {
  const curves = curvesData(experiment, records, partial);
  const curveKey = curves.curves.map((c) => `${c.id}:${c.points.length}`).join(",");
  const ratios = [{ ratio: CHINCHILLA_TOKENS_PER_PARAM, label: s.chinchillaRatio }];
  if (besiroglu !== null) ratios.push({ ratio: besiroglu, label: s.besirogluRatio });
  return (
    <div class="lab-figures" data-testid="lab-live-charts">
      <ChartSlot
        live
        deps={[curveKey, locale]}
        build={(width) =>
          labCurvesChart(curves, {
            width, locale, title: s.curvesTitle, description: s.curvesDescription, xLabel: s.axisTokens, yLabel: s.axisLoss,
            legendTitle: experiment === "size" ? s.legendSize : s.legendBudget, emptyLabel: s.emptyLabel,
          })
        }
      />
      {experiment === "size" ? (
        <ChartSlot
          live
          deps={[records.length, findings.size?.alpha, locale]}
          build={(width) =>
            labSizeChart(sizeChartData(records, findings.size), {
              width, locale, title: s.sizeTitle, description: s.sizeDescription, xLabel: s.axisParams, yLabel: s.axisLoss,
              runsLabel: s.runsLabel, fitLabel: s.fitLabel, bandLabel: s.bandLabel, referenceLabel: s.kaplanLabel, emptyLabel: s.emptyLabel,
            })
          }
        />
      ) : (
        <ChartSlot
          live
          deps={[records.length, findings.valleys.length, besiroglu, locale]}
          build={(width) =>
            labIsoflopChart(isoflopChartData(findings.valleys, ratios), {
              width, locale, title: s.isoflopTitle, description: s.isoflopDescription, xLabel: s.axisBudgetParams, yLabel: s.axisLoss,
              legendTitle: s.legendBudgetTitle, minimumLabel: s.minimumLabel, edgeLabel: s.edgeLabel, emptyLabel: s.emptyLabel,
            })
          }
        />
      )}
    </div>
  );
}
