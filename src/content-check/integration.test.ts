import { describe, expect, it } from "vitest";
import { contentCheck } from "./integration.ts";
import { checkEssays } from "./checkEssays.ts";

type Setup = (options: { command: string; logger: { info: (m: string) => void; warn: (m: string) => void } }) => void;

function run(options: Parameters<typeof contentCheck>[0], command = "build") {
  const logged: string[] = [];
  const setup = contentCheck(options).hooks["astro:config:setup"] as unknown as Setup;
  const logger = { info: (m: string) => logged.push(`info ${m}`), warn: (m: string) => logged.push(`warn ${m}`) };
  let error: Error | undefined;
  try {
    setup({ command, logger });
  } catch (e) {
    error = e as Error;
  }
  return { logged, error };
}

describe("contentCheck({ failOnViolation })", () => {
  const count = checkEssays().length;

  it("lists every violation, failing the build only when asked to", () => {
    const warned = run({ failOnViolation: false });
    expect(warned.error).toBeUndefined();
    if (count === 0) return expect(warned.logged).toEqual(["info content check: no violations"]);
    expect(warned.logged[0]).toContain(`${count} violation(s)`);
    expect(warned.logged[0].split("\n")).toHaveLength(count + 1);
    const failed = run({ failOnViolation: true });
    expect(failed.error?.message.split("\n")).toHaveLength(count + 1);
    expect(run({ failOnViolation: true }, "dev").error).toBeUndefined();
  });
});
