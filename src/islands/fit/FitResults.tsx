import type { Locale } from "../../i18n/locales.ts";
import type { FitView } from "../../widgets/fit.ts";
import { chinchillaReadout, constantRows, optimalSentence, powerLawReadout, powerLawSentence, type FitWords } from "../../widgets/fitText.ts";
import { Readout } from "../shared/Readout.tsx";

interface FitResultsProps {
  view: FitView;
  /** The budget the split is read at, FLOPs. */
  budget: number;
  strings: FitWords;
  locale: Locale;
}

/**
 * What the fit says: under the Chinchilla form the compute-optimal split and the constants beside the
 * published ones; under a power law its exponent, coefficient and R².
 */
export function FitResults({ view, budget, strings: s, locale }: FitResultsProps) {
  const ch = view.chinchilla;
  const pl = view.powerLaw;
  return (
    <>
      {ch && (
        <>
          <Readout items={chinchillaReadout(ch, s, locale)} />
          <p class="readout-sentence">{optimalSentence(ch, budget, s, locale)}</p>
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
                {constantRows(ch.fit, locale).map((row) => (
                  <tr>
                    <th scope="row">{row.name}</th>
                    <td data-testid={`fit-${row.key}`}>{row.value}</td>
                    <td>{row.published}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {pl && (
        <>
          <Readout items={powerLawReadout(pl, s, locale)} />
          <p class="readout-sentence">{powerLawSentence(pl, s)}</p>
        </>
      )}
    </>
  );
}
