import { z } from "zod";

const text = z.string().min(1);

/**
 * Every UI string of the site, as flat dotted keys. Both `en.json` and `zh.json` must match this
 * schema exactly (`.strict()`: no missing and no extra keys), so a string added in one language
 * and forgotten in the other fails the build and the unit tests. `{name}` marks a placeholder.
 */
export const DictionarySchema = z
  .object({
    /** The site's name, e.g. "Scaling Lab" / "尺度定律实验室". */
    "site.title": text,
    /** One line under the name on the home page. */
    "site.tagline": text,
    /** Meta description for the home page. */
    "site.description": text,
    /** Visually hidden link to jump past the header. */
    "nav.skip": text,
    /** Link to the language's home page. */
    "nav.home": text,
    /** Accessible label of the language switch. */
    "nav.language": text,
    /** Accessible label of the essays navigation. */
    "nav.essays": text,
    /** The name of each language, written in that language (shown in the switch). */
    "lang.en": text,
    "lang.zh": text,
    /** Theme toggle: accessible label and its three states. */
    "theme.toggle": text,
    "theme.system": text,
    "theme.light": text,
    "theme.dark": text,
    /** Reading time, with `{minutes}`. */
    "essay.readingTime": text,
    /** Heading of the table of contents. */
    "essay.toc": text,
    /** Labels of the previous/next essay links. */
    "essay.prev": text,
    "essay.next": text,
    /** "Chapter {n}" label above an essay title. */
    "essay.chapter": text,
    /** Label of a section's takeaway box. */
    "essay.takeaway": text,
    /** Label of a predict-then-check exercise. */
    "essay.exercise": text,
    /** Summary of the disclosure that holds an exercise's answer. */
    "essay.answer": text,
    /** Heading of the references list. */
    "essay.references": text,
    /** Label of a claim-check box. */
    "claim.label": text,
    /** Heading before the computation in a claim check. */
    "claim.says": text,
    /** Verdict: the claim holds. */
    "claim.holds": text,
    /** Verdict: the claim partly holds. */
    "claim.partly": text,
    /** Verdict: the claim does not hold. */
    "claim.doesNotHold": text,
    /** Label of the quoted claim. */
    "claim.source": text,
    /** Title of the glossary page. */
    "glossary.title": text,
    /** One line under the glossary title. */
    "glossary.intro": text,
    /** Label of the other language's term in the glossary. */
    "glossary.other": text,
    /** Footer: licence line and how to cite. */
    "footer.license": text,
    "footer.cite": text,
    "footer.source": text,
    /** Home page: heading of the chapter list, and the call to start reading. */
    "home.chapters": text,
    "home.start": text,
    /** The one-paragraph argument of the site, on the home page. */
    "home.argument": text,
    /** Link to the notebook playground. */
    "home.playground": text,
    /** One line about the playground. */
    "home.playgroundText": text,
    /** Heading of the widgets index. */
    "home.widgets": text,
    /** One line above the widgets index. */
    "home.widgetsText": text,
    /** Link to the page for teachers. */
    "home.teachers": text,
    /** Link to the glossary. */
    "home.glossary": text,
    /** Link to the references page. */
    "home.references": text,
    /** Bar label: total parameters. */
    "home.fig.total": text,
    /** Bar label: active parameters. */
    "home.fig.active": text,
    /** Bar label: the brain's neurons. */
    "home.fig.neurons": text,
    /** Bar label: the brain's synapses. */
    "home.fig.synapses": text,
    /** Caption of chapter 1's thumbnail. */
    "home.figure.why-parameters-grow": text,
    /** Caption of chapter 2's thumbnail. */
    "home.figure.power-law": text,
    /** Caption of chapter 3's thumbnail. */
    "home.figure.compute-optimal": text,
    /** Caption of chapter 4's thumbnail. */
    "home.figure.diminishing-returns": text,
    /** Caption of chapter 5's thumbnail. */
    "home.figure.beyond-dense-scaling": text,
    /** Caption of chapter 6's thumbnail. */
    "home.figure.next-variable": text,
    /** Title of the references page. */
    "references.title": text,
    /** One line under the references title. */
    "references.intro": text,
    /** Title of the 404 page. */
    "notFound.title": text,
    /** Text of the 404 page. */
    "notFound.text": text,
    /** Link to a widget's embed page in the widgets index. */
    "home.embed": text,
    /** One line about the teachers page. */
    "home.teachersText": text,
    /** One line about the glossary. */
    "home.glossaryText": text,
    /** One line about the references page. */
    "home.referencesText": text,
    /** Root page (no JavaScript): prompt to pick a language. */
    "root.choose": text,
    /** Widget chrome shared by every widget. */
    "widget.showWork": text,
    "widget.dataTable": text,
    "widget.copyLink": text,
    "widget.linkCopied": text,
    "widget.reset": text,
    /** Shown when a value in the URL was malformed, with `{field}` and `{value}`. */
    "widget.urlFallback": text,
    /** Shown beside a field whose text is not a number, with `{value}`. */
    "widget.badNumber": text,
    /** Shown beside a field whose number is outside the allowed range, with `{min}` and `{max}`. */
    "widget.outOfRange": text,
    /** Title of an embedded widget page (the site name is appended). */
    "embed.title": text,
    /** Link from an embedded widget back to its essay. */
    "embed.openEssay": text,
    /** Power-law widget: title, field label, readouts. */
    "powerLaw.title": text,
    "powerLaw.description": text,
    "powerLaw.params": text,
    "powerLaw.loss": text,
    "powerLaw.tenX": text,
    "powerLaw.axisParams": text,
    "powerLaw.axisLoss": text,
    "powerLaw.current": text,
  })
  .strict();

/** A dictionary of UI strings: one value per key of {@link DictionarySchema}. */
export type Dictionary = z.infer<typeof DictionarySchema>;
export type MessageKey = keyof Dictionary;
