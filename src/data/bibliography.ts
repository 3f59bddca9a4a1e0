import { z } from "zod";
import data from "../../content/bibliography.json" with { type: "json" };

const Person = z.object({
  /** Family name, e.g. "Kaplan". */
  family: z.string().min(1),
  /** Given names or initials, e.g. "Jared". */
  given: z.string().optional(),
});

/**
 * One work in `content/bibliography.json`, a CSL-JSON subset. The essays' `<Cite key="…">`, their
 * reference lists and the site's references page all read this one file.
 */
export const WorkSchema = z.object({
  /** Citation key, e.g. `kaplan2020`: lowercase first author + year (+ letter). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** CSL type: `article` (preprint), `paper-conference`, `article-journal`, `report`, `webpage`, `book`. */
  type: z.enum(["article", "paper-conference", "article-journal", "report", "webpage", "book"]),
  /** Title as published. */
  title: z.string().min(1),
  /** Authors in order; an organisation goes in `family`. */
  author: z.array(Person).min(1),
  /** True when `author` lists only the first authors of a longer list ("et al." in references). */
  others: z.boolean().optional(),
  /** Year of publication (or of the version cited). */
  issued: z.number().int().min(1900).max(2030),
  /** Journal, conference or site, e.g. "arXiv preprint arXiv:2001.08361" or "NeurIPS 2022". */
  "container-title": z.string().optional(),
  /** Stable URL, preferably arxiv.org/abs/… or a DOI URL. */
  URL: z.string().url(),
});

export type Work = z.infer<typeof WorkSchema>;

export const BIBLIOGRAPHY: Work[] = z.array(WorkSchema).parse(data);

const byId = new Map(BIBLIOGRAPHY.map((w) => [w.id, w]));

/** The work cited as `key`; throws (failing the build) for a key not in the bibliography. */
export function work(key: string): Work {
  const found = byId.get(key);
  if (!found) throw new Error(`<Cite>: no work "${key}" in content/bibliography.json`);
  return found;
}

/** In-text label: "Kaplan et al., 2020" (en) or "Kaplan 等, 2020" (zh). */
export function citeLabel(w: Work, locale: "en" | "zh"): string {
  const first = w.author[0].family;
  const etAl = w.author.length > 2 || w.others ? (locale === "zh" ? " 等" : " et al.") : w.author.length === 2 ? ` & ${w.author[1].family}` : "";
  return `${first}${etAl}, ${w.issued}`;
}

/** Reference-list entry: APA-like for English, GB/T 7714-like for Chinese. Plain text; the URL is linked by the caller. */
export function referenceText(w: Work, locale: "en" | "zh"): string {
  if (locale === "zh") {
    const names = w.author.slice(0, 3).map((a) => `${a.family.toUpperCase()} ${(a.given ?? "").split(/[\s-]+/).map((g) => g[0]).join(" ")}`.trim());
    const more = w.author.length > 3 || w.others ? ", 等" : "";
    const kind = w.type === "webpage" ? "[EB/OL]" : w.type === "report" ? "[R]" : w.type === "book" ? "[M]" : w.type === "article-journal" ? "[J]" : w.type === "paper-conference" ? "[C]" : "[J/OL]";
    return `${names.join(", ")}${more}. ${w.title}${kind}. ${w["container-title"] ? `${w["container-title"]}, ` : ""}${w.issued}.`;
  }
  const names = w.author.length > 20 ? [...w.author.slice(0, 19), w.author.at(-1)!] : w.author;
  const list = names.map((a) => `${a.family}${a.given ? `, ${a.given.split(/[\s-]+/).map((g) => `${g[0]}.`).join(" ")}` : ""}`);
  const authors = w.others ? `${list.join(", ")}, et al.` : list.length > 1 ? `${list.slice(0, -1).join(", ")}, & ${list.at(-1)}` : list[0];
  return `${authors} (${w.issued}). ${w.title}.${w["container-title"] ? ` ${w["container-title"]}.` : ""}`;
}
