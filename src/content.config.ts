import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** Frontmatter of an essay in `content/essays/{en,zh}/<slug>.mdx`. */
const essays = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/essays" }),
  schema: z.object({
    /** The essay's title as shown in the page heading and the browser tab. */
    title: z.string().min(1),
    /** One or two sentences for the home page, search results and link previews. */
    description: z.string().min(1),
    /** Position in reading order, 1-based; the same in both languages. */
    order: z.number().int().min(1),
    /** Short label for navigation, e.g. "The power law" / "幂律". */
    short: z.string().min(1),
    /**
     * The terms a reader would search for to find this chapter, in the essay's language (glossary terms
     * first). Indexed as Pagefind metadata and ranked above body text, because Pagefind knows no stop
     * words: without them "tokens per parameter" ranked whichever chapter says "per" most.
     */
    keywords: z.array(z.string().min(1)).min(3),
  }),
});

export const collections = { essays };
