import { useId } from "preact/hooks";
import type { Locale } from "../../i18n/locales.ts";
import type { ClaimCheck, DiminishingReturnsState } from "../../widgets/diminishingReturns.ts";
import { claimText, type DiminishingReturnsStrings } from "../../widgets/diminishingReturnsText.ts";
import { Readout } from "../shared/Readout.tsx";

interface ClaimPanelProps {
  state: DiminishingReturnsState;
  claim: ClaimCheck;
  strings: DiminishingReturnsStrings;
  locale: Locale;
}

/** The claim "+5% from 100M→1B, <1% from 10B→1T" checked with the reader's fit and data setting. */
export function ClaimPanel({ state, claim, strings, locale }: ClaimPanelProps) {
  const id = useId();
  const text = claimText(state, claim, strings, locale);
  // Chinese sentences follow each other without a space.
  const gap = locale === "zh" ? "" : " ";
  return (
    <section class="dr-claim" aria-labelledby={id}>
      <p class="dr-claim-heading" id={id}>
        {strings.claimHeading}
      </p>
      {/* Not live itself: the verdict below is announced, with the figures in its sentences. */}
      <Readout
        live={false}
        items={[
          { label: strings.claimSmall, value: <>−{text.small}</>, testid: "diminishing-returns-small" },
          { label: strings.claimLarge, value: <>−{text.large}</>, testid: "diminishing-returns-large" },
        ]}
      />
      <p class="readout-sentence" data-testid="diminishing-returns-verdict" aria-live="polite">
        <strong>{text.verdict}</strong>
        {gap}
        {text.smallSentence}
        {gap}
        {text.largeSentence}
      </p>
      <p class="dr-note">{text.basis}</p>
    </section>
  );
}
