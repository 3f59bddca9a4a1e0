import type { Locale } from "../../i18n/locales.ts";
import type { LabExperiment } from "../../lab/protocol.ts";
import type { LabFindings } from "../../widgets/labCharts.ts";
import { sizeFitSentence, valleyCompareSentence, valleySentence } from "../../widgets/labText.ts";
import type { LabStrings } from "./labStrings.ts";

const Cite = ({ cite }: { cite: { label: string; href: string } }) => (
  <a class="cite" href={cite.href}>
    {cite.label}
  </a>
);

/** What the reader's runs found, beside what the papers found: α_N against Kaplan's, valleys against Chinchilla's ~20. */
export function Findings({ experiment, findings, besiroglu, strings: s, locale }: { experiment: LabExperiment; findings: LabFindings; besiroglu: number | null; strings: LabStrings; locale: Locale }) {
  if (experiment === "size") {
    return (
      <p class="readout-sentence lab-finding" data-testid="lab-fit">
        {sizeFitSentence(findings.size, s, locale)} (<Cite cite={s.cites.kaplan} />)
      </p>
    );
  }
  return (
    <div class="lab-finding" data-testid="lab-valleys">
      <ul>
        {findings.valleys.map((v) => (
          <li>{valleySentence(v, s, locale)}</li>
        ))}
      </ul>
      {besiroglu !== null && (
        <p class="readout-sentence">
          {valleyCompareSentence(besiroglu, s, locale)} (<Cite cite={s.cites.hoffmann} />; <Cite cite={s.cites.besiroglu} />)
        </p>
      )}
    </div>
  );
}
