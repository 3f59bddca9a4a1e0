/**
 * Scaling Lab's scaling module: the single source of truth for every number on the site,
 * and what readers call in notebook cells. Pure TypeScript with `.ts` specifiers and
 * erasable syntax only, so plain Node 24 can `import("./src/lib/scaling/index.ts")`.
 */

// Parameter checks (shared).
export { finite, positive, nonNegative, positiveInteger, nonNegativeInteger, inRange, keyword } from "./validate.ts";

// --- part 1: parameters, FLOPs, units, notable models (issue #3) ---
export { PF_DAY_FLOPS, SECONDS_PER_HOUR, SECONDS_PER_DAY, BYTES_PER_GB, BYTES_PER_GIB } from "./units.ts";
export { trainingFlops } from "./trainingFlops.ts";
export type { ModelConfig, ModelConfigInput, ModelConfigRequired, MoeConfig, MlaConfig } from "./ModelConfig.ts";
export { MODEL_CONFIG_DEFAULTS, MOE_CONFIG_DEFAULTS } from "./ModelConfig.ts";
export type { HfConfig } from "./normalizeConfig.ts";
export { normalizeConfig, SUPPORTED_MODEL_TYPES } from "./normalizeConfig.ts";
export { isMoeLayer, moeLayerCount } from "./moeLayerCount.ts";
export type { ParamBreakdown, ParamCount } from "./countParams.ts";
export { countParams } from "./countParams.ts";
export { attentionFlopsPerToken } from "./attentionFlopsPerToken.ts";
export { forwardFlopsPerToken } from "./forwardFlopsPerToken.ts";
export { inferenceFlopsPerToken } from "./inferenceFlopsPerToken.ts";

// --- part 2: laws, allocation, fitting (issue #4) ---
export type { ChinchillaFit, KaplanFit, LossFit } from "./tables/fits.ts";
export { FITS } from "./tables/fits.ts";
export type { AllocationRule, AllocationName } from "./tables/allocations.ts";
export { ALLOCATIONS } from "./tables/allocations.ts";
export { allocationFromFit } from "./allocationFromFit.ts";
export type { AllocationInput, ChinchillaFitName } from "./toAllocation.ts";
export { toAllocation } from "./toAllocation.ts";
export { chinchillaFitParam, lossFitParam } from "./fitParam.ts";
export { chinchillaLoss } from "./chinchillaLoss.ts";
export { predictLoss } from "./predictLoss.ts";
export { KAPLAN_2020 } from "./tables/kaplanConstants.ts";
export type { KaplanLossInput } from "./kaplanLoss.ts";
export { kaplanLoss } from "./kaplanLoss.ts";
export type { KaplanOptimum } from "./kaplanOptimal.ts";
export { kaplanOptimal } from "./kaplanOptimal.ts";
export { criticalBatchSize } from "./criticalBatchSize.ts";
export type { OptimalModel } from "./computeOptimal.ts";
export { computeOptimal } from "./computeOptimal.ts";
export { optimalForParams } from "./optimalForParams.ts";
export { optimalForTokens } from "./optimalForTokens.ts";
export type { IsoFlopPoint, IsoFlopOptions } from "./isoFlopCurve.ts";
export { isoFlopCurve } from "./isoFlopCurve.ts";
export type { LifetimeModel, InferenceAwareOptimum } from "./inferenceAwareOptimal.ts";
export { inferenceAwareOptimal } from "./inferenceAwareOptimal.ts";
export { effectiveData, R_D_STAR } from "./effectiveData.ts";
export { effectiveParams, R_N_STAR } from "./effectiveParams.ts";
export { dataConstrainedLoss } from "./dataConstrainedLoss.ts";
export type { PowerLawFit } from "./fitPowerLaw.ts";
export { fitPowerLaw } from "./fitPowerLaw.ts";
export type { LossRun } from "./parseRunsCsv.ts";
export { parseRunsCsv } from "./parseRunsCsv.ts";
export type { Objective, LbfgsOptions, LbfgsResult } from "./minimizeLbfgs.ts";
export { minimizeLbfgs } from "./minimizeLbfgs.ts";
export type { LineSearchOptions, LineSearchResult } from "./wolfeLineSearch.ts";
export { wolfeLineSearch } from "./wolfeLineSearch.ts";
export { chinchillaObjective } from "./chinchillaObjective.ts";
export { seededRandom } from "./seededRandom.ts";
export type { ChinchillaIntervals } from "./bootstrapChinchilla.ts";
export { bootstrapChinchilla } from "./bootstrapChinchilla.ts";
export type { FitChinchillaOptions, ChinchillaFitResult } from "./fitChinchilla.ts";
export { fitChinchilla } from "./fitChinchilla.ts";

// --- part 3: hardware, training runs, memory, sparsity, architectures (issue #5) ---
export type { Accelerator, AcceleratorName, Interconnect } from "./tables/accelerators.ts";
export { ACCELERATORS, ACCELERATOR_NAMES, GPUS } from "./tables/accelerators.ts";
export { accelerator } from "./accelerator.ts";
export type { RunCompute } from "./runFlops.ts";
export type { TrainingRun, TrainingRunOptions } from "./trainingRun.ts";
export { trainingRun, DEFAULT_PUE, DEFAULT_PRICE_USD_PER_HOUR, WORLD_GRID_KG_CO2_PER_KWH } from "./trainingRun.ts";
export { runEnergyMwh } from "./runEnergyMwh.ts";
export type { ImpliedMfuOptions, ReportedMfu } from "./impliedMfu.ts";
export { impliedMfu, REPORTED_MFU } from "./impliedMfu.ts";
export type { PublishedRun } from "./tables/publishedRuns.ts";
export { PUBLISHED_RUNS } from "./tables/publishedRuns.ts";
export { usHouseholdYears, US_HOUSEHOLD_KWH_PER_YEAR } from "./usHouseholdYears.ts";
export type { Precision } from "./bytesPerValue.ts";
export { bytesPerValue, PRECISION_BYTES, PRECISIONS } from "./bytesPerValue.ts";
export type { Optimizer, TrainingMemory, TrainingMemoryOptions, TrainingPrecision } from "./trainingMemory.ts";
export { trainingMemory } from "./trainingMemory.ts";
export type { ActivationOptions, Recompute } from "./activationMemory.ts";
export { activationMemory } from "./activationMemory.ts";
export type { KvCacheOptions } from "./kvCacheBytes.ts";
export { kvCacheBytes, kvValuesPerToken } from "./kvCacheBytes.ts";
export type { InferenceMemory, InferenceMemoryOptions } from "./inferenceMemory.ts";
export { inferenceMemory } from "./inferenceMemory.ts";
export type { MoeCost, MoeCostOptions, MoeShape } from "./moeCost.ts";
export { moeCost } from "./moeCost.ts";
export type { Architecture, SequenceCost, SequenceCostOptions } from "./sequenceCost.ts";
export { sequenceCost, MAMBA_SCAN_FLOPS_PER_STATE, RETNET_FLOPS_PER_STATE } from "./sequenceCost.ts";
export type { CrossoverOptions } from "./crossoverContextLength.ts";
export { crossoverContextLength } from "./crossoverContextLength.ts";
export type { TestTimeOptions } from "./testTimeFlops.ts";
export { testTimeFlops } from "./testTimeFlops.ts";

// --- part 4: roofline, parallelism, inference, uncertainty, data (issue #15) ---
export type { AcceleratorInput, PeakByPrecision } from "./peakFlops.ts";
export { peakFlops, peakFlopsOrNull, PEAK_FLOPS_BY_PRECISION } from "./peakFlops.ts";
export type { MatmulCost, MatmulShape } from "./matmulIntensity.ts";
export { matmulCost, matmulIntensity } from "./matmulIntensity.ts";
export { ridgePoint } from "./ridgePoint.ts";
export type { Roofline, RooflineInput } from "./rooflineSeconds.ts";
export { rooflineSeconds } from "./rooflineSeconds.ts";
export type { DecodeStep, DecodeStepOptions } from "./decodeStep.ts";
export { decodeStep } from "./decodeStep.ts";
export { decodeCriticalBatch } from "./decodeCriticalBatch.ts";
export type { CollectiveOptions } from "./ringPassSeconds.ts";
export { ringPassSeconds } from "./ringPassSeconds.ts";
export { allGatherSeconds } from "./allGatherSeconds.ts";
export { reduceScatterSeconds } from "./reduceScatterSeconds.ts";
export { ringAllReduceSeconds } from "./ringAllReduceSeconds.ts";
export type { PipelineOptions } from "./pipelineBubble.ts";
export { pipelineBubble } from "./pipelineBubble.ts";
export type { LayoutTraffic, ParallelLayout, ParallelLayoutOptions } from "./parallelLayout.ts";
export { parallelLayout, DEFAULT_NETWORK_BYTES_PER_SECOND, DEFAULT_GPUS_PER_NODE } from "./parallelLayout.ts";
export { quantileSorted } from "./quantileSorted.ts";
export type { BootstrapTrend, BootstrapTrendOptions, TrendDraw, TrendPoint } from "./bootstrapTrend.ts";
export { bootstrapTrend } from "./bootstrapTrend.ts";
export type { TextStockEstimate } from "./publicTextStock.ts";
export { publicTextStock } from "./publicTextStock.ts";
export type { DataExhaustion, DataExhaustionOptions, ExhaustionTrend } from "./dataExhaustionYear.ts";
export { dataExhaustionYear } from "./dataExhaustionYear.ts";
export type { TrendBandPoint } from "./trendBand.ts";
export { trendBand } from "./trendBand.ts";
