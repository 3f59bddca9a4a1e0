/**
 * A violation of a content rule, located like remark-lint reports it: `file:line:column rule-id message`.
 * Lines and columns count from 1; a column counts UTF-16 code units, as editors do.
 */
export interface Violation {
  /** Path of the checked file, relative to the repository root (e.g. `content/essays/en/power-law.mdx`). */
  file: string;
  line: number;
  column: number;
  /** Kebab-case rule id, e.g. `num-precision`. */
  ruleId: string;
  message: string;
  /** Offset in the source; used to apply `check-ignore` markers, not printed. */
  offset: number;
}

/** A rule: a pure function from one MDX source to its violations (without `file`, filled in by the runner). */
export type Rule = (source: string, context?: RuleContext) => Omit<Violation, "file">[];

/** What a rule may need besides the source. */
export interface RuleContext {
  /** Numbers the site holds in its module and data files, for `typed-number`. */
  references?: readonly ReferenceValue[];
  /**
   * Stems of model names (`Llama`, `GPT`, `Chinchilla`), for `typed-number` to read `Llama 3.1 405B` as a
   * name; without it, any capitalised word before a size counts as a name.
   */
  modelNames?: ReadonlySet<string>;
  /**
   * Values an expression may name besides the file's own `export const`s: the scaling module's exports,
   * for `num-precision` to see that `KAPLAN_2020.alphaN` (0.076) reads the same at 2 and 3 digits.
   */
  globals?: Readonly<Record<string, unknown>>;
}

/** A number the module or a data file holds, with where it lives. */
export interface ReferenceValue {
  value: number;
  /** Where a reader finds it, e.g. `PUBLISHED_RUNS.gpt3.energyMwh`. */
  label: string;
  /** A fraction prose writes as a percentage (a reported MFU); only then does `46.2%` match `0.462`. */
  percent?: boolean;
}

/** `content/essays/en/x.mdx:12:5 typed-number message` */
export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}:${v.column} ${v.ruleId} ${v.message}`;
}
