/**
 * Every number the lab page (src/pages/[lang]/lab.astro) states, computed at build time from the presets,
 * the committed reference run (src/data/labReference.json, through src/lab/labAnalysis.ts) and the
 * scaling module, so the English and Chinese pages say the same thing and no number is typed by hand.
 */
import { computeOptimal, countParams, FITS, KAPLAN_2020 } from "../../lib/scaling/index.ts";
import { isoflopValleys, sizeLaw, type BudgetRun, type SizeRun } from "../../lab/labAnalysis.ts";
import { BYTE_VOCAB, labModelConfig } from "../../lab/labModel.ts";
import { flopParams, LAB_PRESETS, labPlan, labShape, type LabPresetName } from "../../lab/presets.ts";
import { NOTABLE_MODELS } from "../../data/notableModels.ts";
import { CHINCHILLA_TOKENS_PER_PARAM } from "../../widgets/labText.ts";

/** The parts of a reference record the page reads (the file's `LabRunRecord`). */
export interface ReferenceRecord extends SizeRun, BudgetRun {
  id: string;
}

/** The parts of src/data/labReference.json the page reads. */
export interface ReferenceFile {
  preset: string;
  seed: number;
  corpus: string;
  backend: string;
  machine: { cpu: string; cores: number; os: string; node: string };
  date: string;
  seconds: number;
  /** Bytes of the text it trained on when it ran (the essays change after it; its repeats are of this text). */
  corpusBytes?: { train: number; heldOut: number };
  experiments: { size: readonly ReferenceRecord[]; budget: readonly ReferenceRecord[] };
}

/** Bytes of the lab's training text: all of it, and the part trained on (the rest is held out). */
export interface CorpusSize {
  bytes: number;
  trainBytes: number;
}

const share = (shape: ReturnType<typeof labShape>) => {
  const c = countParams(labModelConfig(shape));
  return (c.total - c.nonEmbedding) / c.total;
};

/** The three training texts a reader can pick (the "Training text" setting). */
export type CorpusSizes = Record<"en" | "zh" | "both", CorpusSize>;

export function labFacts(reference: ReferenceFile, corpora: CorpusSizes) {
  if (!Object.hasOwn(corpora, reference.corpus)) throw new RangeError(`invalid reference.corpus: ${reference.corpus}`);
  const ran = reference.corpusBytes;
  const corpus = ran ? { bytes: ran.train + ran.heldOut, trainBytes: ran.train } : corpora[reference.corpus as keyof CorpusSizes];
  if (!Object.hasOwn(LAB_PRESETS, reference.preset)) throw new RangeError(`invalid reference.preset: ${reference.preset}`);
  if (!(corpus.trainBytes > 0 && corpus.bytes >= corpus.trainBytes)) throw new RangeError(`invalid corpus: ${corpus.trainBytes} of ${corpus.bytes} bytes`);
  const presetName = reference.preset as LabPresetName;
  const preset = LAB_PRESETS[presetName];
  const settings = { preset: presetName, seed: reference.seed, corpus: "en" as const };

  // Experiment 1 as the reference preset plans it.
  const widths = [...preset.widths].sort((a, b) => a - b);
  const smallest = labShape(widths[0], preset);
  const largest = labShape(widths.at(-1)!, preset);
  const nMin = countParams(labModelConfig(smallest)).nonEmbedding;
  const nMax = countParams(labModelConfig(largest)).nonEmbedding;

  // Experiment 2: the longest run (most tokens) decides how often the text is repeated.
  const budgetPlan = labPlan({ ...settings, experiment: "budget" });
  const budgetTokens = budgetPlan.runs.map((r) => r.spec.tokens);
  const budgetParams = budgetPlan.runs.map((r) => flopParams(r.spec.shape));

  // What the reference run found.
  const law = sizeLaw(reference.experiments.size);
  const valleys = isoflopValleys(reference.experiments.budget);
  const budgets = valleys.map((v) => v.budget);
  const middleBudget = budgets.length ? Math.sqrt(Math.min(...budgets) * Math.max(...budgets)) : Math.sqrt(preset.budgets[0] * preset.budgets.at(-1)!);
  const minimaGrow = valleys.length >= 2 && valleys.every((v, i) => i === 0 || v.minimum.params > valleys[i - 1].minimum.params);

  const model = (id: string) => {
    const m = NOTABLE_MODELS.find((x) => x.id === id);
    if (!m || m.compute === null || m.tokens === null) throw new RangeError(`invalid model: ${id} (not in the dataset with compute and tokens)`);
    return { compute: m.compute, tokens: m.tokens };
  };
  const chinchilla = model("chinchilla");
  const gpt3 = model("gpt-3");

  return {
    kaplanAlpha: KAPLAN_2020.alphaN,
    /** Central probability of the size law's interval (NaN when the reference run has no fit). */
    level: law ? law.level : NaN,
    chinchillaTokensPerParam: CHINCHILLA_TOKENS_PER_PARAM,
    byteVocab: BYTE_VOCAB,
    /** UTF-8 bytes of one Chinese character (a byte model reads three symbols where a reader sees one). */
    bytesPerHanzi: new TextEncoder().encode("字").length,
    scale: {
      /** How many times Chinchilla's training compute exceeds the largest budget here. */
      chinchillaCompute: chinchilla.compute / Math.max(...preset.budgets),
      /** How many times GPT-3's training tokens exceed the training text here. */
      gpt3Tokens: gpt3.tokens / corpus.trainBytes,
    },
    preset: presetName,
    size: {
      count: widths.length,
      widthMin: widths[0],
      widthMax: widths.at(-1)!,
      layers: preset.layers,
      context: preset.context,
      tokens: preset.tokens,
      nMin,
      nMax,
      decades: Math.log10(nMax / nMin),
      /** Training bytes per non-embedding parameter, largest model (fewest) and smallest (most). */
      tokensPerParamMin: preset.tokens / nMax,
      tokensPerParamMax: preset.tokens / nMin,
      /** Embedding (token table and positions) as a share of all parameters. */
      embeddingShareSmallest: share(smallest),
      embeddingShareLargest: share(largest),
      /** Passes over the training text each model makes. */
      epochs: preset.tokens / corpus.trainBytes,
    },
    budget: {
      budgets: [...preset.budgets],
      runs: budgetPlan.runs.length,
      splits: preset.splits,
      paramsMin: Math.min(...budgetParams),
      paramsMax: Math.max(...budgetParams),
      maxTokens: Math.max(...budgetTokens),
      maxEpochs: Math.max(...budgetTokens) / corpus.trainBytes,
      minEpochs: Math.min(...budgetTokens) / corpus.trainBytes,
    },
    /** The text the reference run trained on (its epochs above are of this one), and all three. */
    corpus: { name: reference.corpus, ...corpus, heldOutBytes: corpus.bytes - corpus.trainBytes },
    corpora,
    reference: {
      seed: reference.seed,
      corpus: reference.corpus,
      backend: reference.backend,
      machine: reference.machine,
      date: reference.date.slice(0, 10),
      seconds: reference.seconds,
      sizeRuns: reference.experiments.size.length,
      budgetRuns: reference.experiments.budget.length,
      law,
      valleys: valleys.map((v) => ({ budget: v.budget, params: v.minimum.params, tokensPerParam: v.tokensPerParam, interior: v.interior })),
      interiorCount: valleys.filter((v) => v.interior).length,
      minimaGrow,
    },
    /** Published rules at the reference budgets: an extrapolation over many orders of magnitude below where they were fitted. */
    published: {
      approach2: computeOptimal(middleBudget, "hoffmann2022Approach2").tokensPerParam,
      besiroglu: computeOptimal(middleBudget, FITS.besiroglu2024).tokensPerParam,
      middleBudget,
    },
  };
}

export type LabFacts = ReturnType<typeof labFacts>;
