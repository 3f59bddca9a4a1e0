import { z } from "zod";
import data from "../../content/glossary.json" with { type: "json" };

const Entry = z.object({
  /** The term as written in this language, e.g. "scaling law" / "尺度定律". */
  term: z.string().min(1),
  /** One or two plain sentences. */
  definition: z.string().min(1),
});

/**
 * One glossary term in `content/glossary.json`, both languages side by side. `<Term id="…">` in an
 * essay links to `/{lang}/glossary/#<id>`; the Chinese `term` is the one the essays must use.
 */
export const TermSchema = z.object({
  /** Stable anchor, the same in both languages, e.g. `scaling-law`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  en: Entry,
  zh: Entry,
});

export type GlossaryTerm = z.infer<typeof TermSchema>;

export const GLOSSARY: GlossaryTerm[] = z
  .array(TermSchema)
  .parse(data)
  .sort((a, b) => a.en.term.localeCompare(b.en.term, "en"));

/** The glossary entry `id`; throws (failing the build) for an unknown id. */
export function glossaryTerm(id: string): GlossaryTerm {
  const found = GLOSSARY.find((t) => t.id === id);
  if (!found) throw new Error(`<Term>: no glossary entry "${id}" in content/glossary.json`);
  return found;
}
