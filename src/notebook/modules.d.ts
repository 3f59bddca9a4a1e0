// Packages that ship without types: d3's modules (Plot bundles them) @observablehq/inputs and @observablehq/runtime.
declare module "d3-array";
declare module "d3-format";
declare module "@observablehq/inputs";
declare module "@observablehq/runtime";
