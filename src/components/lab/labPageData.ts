/**
 * The lab page's facts, computed once at build time: the committed reference run, and the three training
 * texts exactly as /lab-corpus/{en,zh,both}.txt serves them to the worker (the endpoint's own GET), split
 * into training and held-out bytes the way the worker splits them (`byteCorpus`).
 */
import type { APIContext } from "astro";
import reference from "../../data/labReference.json";
import { byteCorpus } from "../../lab/corpus.ts";
import { GET } from "../../pages/lab-corpus/[corpus].txt.ts";
import { labFacts, type CorpusSizes, type ReferenceFile } from "./labFacts.ts";

async function corpusSize(corpus: keyof CorpusSizes) {
  const text = await GET({ params: { corpus } } as unknown as APIContext).text();
  const { train, heldOut } = byteCorpus(text);
  return { bytes: train.length + heldOut.length, trainBytes: train.length };
}

export const facts = labFacts(reference as ReferenceFile, {
  en: await corpusSize("en"),
  zh: await corpusSize("zh"),
  both: await corpusSize("both"),
});
