// Loaded into the sandbox's worker the first time a cell reads `Plot`.
import * as Plot from "@observablehq/plot";

(self as unknown as { __nbPlot: unknown }).__nbPlot = Plot;
