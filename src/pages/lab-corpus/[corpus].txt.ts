import type { APIContext } from "astro";
import { corpusText, essayOrder, type CorpusName } from "../../lab/corpusText.ts";

/**
 * /lab-corpus/en.txt, zh.txt, both.txt: the lab's training text, the site's own essays as plain prose
 * (CC BY 4.0), fetched by the lab's worker when a reader presses Start. Built at build time, same origin.
 */
export function getStaticPaths() {
  return (["en", "zh", "both"] satisfies CorpusName[]).map((corpus) => ({ params: { corpus } }));
}

const sources = import.meta.glob<string>("/content/essays/*/*.mdx", { query: "?raw", import: "default", eager: true });

function essays(lang: "en" | "zh"): string[] {
  return Object.entries(sources)
    .filter(([path]) => path.startsWith(`/content/essays/${lang}/`))
    .map(([, source]) => source)
    .sort((a, b) => essayOrder(a) - essayOrder(b));
}

export function GET({ params }: APIContext) {
  const text = corpusText({ en: essays("en"), zh: essays("zh") }, params.corpus as CorpusName);
  return new Response(`${text}\n`, { headers: { "content-type": "text/plain; charset=utf-8" } });
}
