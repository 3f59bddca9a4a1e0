import { describe, expect, it } from "vitest";
import { bytesPerValue, PRECISIONS } from "./bytesPerValue.ts";

describe("bytesPerValue", () => {
  it("bytesPerValue(precision) halves from fp32 to 16-bit to 8-bit to int4", () => {
    expect([bytesPerValue("fp32"), bytesPerValue("bf16"), bytesPerValue("fp16"), bytesPerValue("fp8"), bytesPerValue("int8"), bytesPerValue("int4")]).toEqual([4, 2, 2, 1, 1, 0.5]);
  });
  it("bytesPerValue(precision) throws a RangeError listing the formats, under the given option name", () => {
    expect(() => bytesPerValue("fp4" as never)).toThrow(`invalid precision: "fp4" (expected one of ${PRECISIONS.join(", ")})`);
    expect(() => bytesPerValue("q4" as never, "kvPrecision")).toThrow(/invalid kvPrecision: "q4"/);
  });
});
