import type { Locale } from "../../i18n/locales.ts";
import { printedDigits, publishedComparison, type TrainingCostState } from "../../widgets/trainingCost.ts";
import { publishedFigure, reasonText, type TrainingCostStrings } from "../../widgets/trainingCostText.ts";
import { fill } from "../shared/fill.ts";

/**
 * A preset's published energy, emissions or cost beside the estimate, and what makes them differ (power drawn
 * vs TDP, PUE, grid factor). The estimate keeps the readout's three digits; the published figure is shown as printed.
 */
export function PublishedFigures({ strings, locale, state }: { strings: TrainingCostStrings; locale: Locale; state: TrainingCostState }) {
  const comparison = publishedComparison(state);
  if (!comparison) return null;
  const label = { energy: strings.readEnergy, co2: strings.readCo2, cost: strings.readCost } as const;
  return (
    <div class="published-figures" data-testid="training-cost-published">
      <table class="published-table">
        <caption>{fill(strings.publishedHeading, { model: comparison.preset.run.model })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{strings.columnEstimate}</th>
            <th scope="col">{strings.columnPublished}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => {
            const digits = printedDigits(row.metric === "cost" ? (comparison.preset.run.costUsd ?? row.published) : row.published);
            return (
              <tr key={row.metric} data-metric={row.metric}>
                <th scope="row">{label[row.metric]}</th>
                <td>{publishedFigure(strings, locale, state.currency, row.metric, row.estimate, 3)}</td>
                <td>{publishedFigure(strings, locale, state.currency, row.metric, row.published, digits)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {comparison.reasons.length > 0 ? (
        <>
          <p class="widget-footnote">{strings.publishedWhy}</p>
          <ul class="widget-footnote published-reasons">
            {comparison.reasons.map((r) => (
              <li key={r.kind}>{reasonText(strings, locale, r)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="widget-footnote">{strings.publishedAgree}</p>
      )}
    </div>
  );
}
