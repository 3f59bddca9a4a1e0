/**
 * Islands and widget wrappers fill their translated templates with this: `fill(strings.showing, { name })`.
 * The one implementation lives in `src/i18n/fill.ts`, beside the translator that uses it too: it throws
 * on a placeholder with no value and follows the Chinese spacing rule.
 */
export { fill } from "../../i18n/fill.ts";
