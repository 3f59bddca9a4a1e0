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
    /** Accessible label of the site navigation (header links, footer map). */
    "nav.site": text,
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
    /** Footer: link to the language's Atom feed of essays. */
    "footer.feed": text,
    /** Footer: heading of the list of pages that are not chapters (playground, glossary, …). */
    "footer.pages": text,
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
    /** Label of the search button. */
    "search.open": text,
    /** Accessible name of the search dialog. */
    "search.title": text,
    /** Label of the button that closes search. */
    "search.close": text,
    /** Shown when the search index cannot be loaded. */
    "search.unavailable": text,
    /** Heading of the cite-this-page box. */
    "cite.title": text,
    /** Checkbox: cite the current section's anchor. */
    "cite.section": text,
    /** Copy button of a citation. */
    "cite.copy": text,
    /** Copy button after copying. */
    "cite.copied": text,
    /** When the page's numbers were last computed, with {date}. */
    "cite.computed": text,
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
    /** Training-cost widget: title. */
    "trainingCost.title": text,
    /** Training-cost widget: one-line description under the title; also the chart's accessible description. */
    "trainingCost.description": text,
    /** Label of the select that fills every field from a published run. */
    "trainingCost.preset": text,
    /** Preset option shown when the fields match no published run. */
    "trainingCost.presetCustom": text,
    /** Field: parameters N (active per token for a mixture of experts). */
    "trainingCost.params": text,
    /** Field: training tokens D. */
    "trainingCost.tokens": text,
    /** Field: accelerator model. */
    "trainingCost.accelerator": text,
    /** Field: accelerators running at once. */
    "trainingCost.count": text,
    /** Field: model FLOPs utilisation, in percent. */
    "trainingCost.mfu": text,
    /** Field: rental price per accelerator-hour. */
    "trainingCost.price": text,
    /** Field: currency of price and cost. */
    "trainingCost.currency": text,
    /** Currency option: US dollars. */
    "trainingCost.currencyUSD": text,
    /** Currency option: Chinese yuan. */
    "trainingCost.currencyCNY": text,
    /** Unit beside the price field when in USD. */
    "trainingCost.unitUSD": text,
    /** Unit beside the price field when in CNY. */
    "trainingCost.unitCNY": text,
    /** An amount in US dollars, with `{value}` already formatted (5.58M / 558万). */
    "trainingCost.moneyUSD": text,
    /** An amount in yuan, with `{value}` already formatted. */
    "trainingCost.moneyCNY": text,
    /** Field: power usage effectiveness. */
    "trainingCost.pue": text,
    /** Field: grid carbon intensity. */
    "trainingCost.carbon": text,
    /** Unit beside the carbon-intensity field. */
    "trainingCost.carbonUnit": text,
    /** Label of the select of what the bars compare. */
    "trainingCost.metric": text,
    /** Chart metric option: cost. */
    "trainingCost.metricCost": text,
    /** Chart metric option: accelerator-hours. */
    "trainingCost.metricHours": text,
    /** Chart metric option: wall-clock days. */
    "trainingCost.metricDays": text,
    /** Chart metric option: energy. */
    "trainingCost.metricEnergy": text,
    /** Chart metric option: emissions. */
    "trainingCost.metricCo2": text,
    /** x-axis label for cost, with `{currency}` (USD or CNY). */
    "trainingCost.axisCost": text,
    /** x-axis label for accelerator-hours. */
    "trainingCost.axisHours": text,
    /** x-axis label for days. */
    "trainingCost.axisDays": text,
    /** x-axis label for energy. */
    "trainingCost.axisEnergy": text,
    /** x-axis label for emissions. */
    "trainingCost.axisCo2": text,
    /** A number of days, with `{value}`. */
    "trainingCost.days": text,
    /** An energy in MWh, with `{value}`. */
    "trainingCost.mwh": text,
    /** Emissions in tonnes of CO₂, with `{value}`. */
    "trainingCost.tonnes": text,
    /** Readout label: wall-clock time. */
    "trainingCost.readDays": text,
    /** Readout label: accelerator-hours. */
    "trainingCost.readHours": text,
    /** Readout label: cost. */
    "trainingCost.readCost": text,
    /** Readout label: electricity. */
    "trainingCost.readEnergy": text,
    /** Readout label: emissions. */
    "trainingCost.readCo2": text,
    /** Sentence on the compute, with `{flops}`. */
    "trainingCost.compute": text,
    /** Plain comparison with `{homes}` and `{kwh}`. */
    "trainingCost.households": text,
    /** Note under a preset, with `{model}`, `{mfu}` and `{hours}`. */
    "trainingCost.presetNote": text,
    /** Note listing the preset's assumed fields, with `{items}`. */
    "trainingCost.assumed": text,
    /** Assumed item: accelerator count, with `{count}`. */
    "trainingCost.assumedCount": text,
    /** Assumed item: the default price, with `{price}`. */
    "trainingCost.assumedPrice": text,
    /** Assumed item: PUE, with `{pue}`. */
    "trainingCost.assumedPue": text,
    /** Assumed item: world-average grid, with `{value}`. */
    "trainingCost.assumedCarbon": text,
    /** Separator between items of a list. */
    "trainingCost.listSeparator": text,
    /** How CNY is converted, with `{rate}` and `{year}`. */
    "trainingCost.rateNote": text,
    /** What the energy estimate counts, with `{watts}` and `{chip}`. */
    "trainingCost.energyNote": text,
    /** Name of the reader's run in the chart and the table. */
    "trainingCost.readerBar": text,
    /** Data-table column: the run. */
    "trainingCost.columnRun": text,
    /** Shown instead of the readout when the module refuses the values, with `{detail}`. */
    "trainingCost.error": text,
    /** Heading over a preset's published energy, emissions or cost beside the estimate, with `{model}`. */
    "trainingCost.publishedHeading": text,
    /** Column of that table: the widget's estimate. */
    "trainingCost.columnEstimate": text,
    /** Column of that table: the figure as the authors published it. */
    "trainingCost.columnPublished": text,
    /** Lead-in to the list of inputs that make the two differ. */
    "trainingCost.publishedWhy": text,
    /** Reason: rated vs measured watts per chip, with `{estimate}` and `{published}`. */
    "trainingCost.whyPower": text,
    /** Reason: different PUE, with `{estimate}` and `{published}`. */
    "trainingCost.whyPue": text,
    /** Reason: the authors apply no separate PUE, with `{estimate}`. */
    "trainingCost.whyPueNone": text,
    /** Reason: different grid factor, with `{estimate}` and `{published}`. */
    "trainingCost.whyCarbon": text,
    /** Reason: the grid factor implied by the authors' total, with `{estimate}` and `{published}`. */
    "trainingCost.whyCarbonImplied": text,
    /** Shown when the estimate uses the same inputs as the published figure. */
    "trainingCost.publishedAgree": text,
    /** Memory widget: title. */
    "memory.title": text,
    /** Memory widget: description; also the chart's accessible description. */
    "memory.description": text,
    /** Field: training or serving. */
    "memory.mode": text,
    /** Mode option: training. */
    "memory.modeTraining": text,
    /** Mode option: serving. */
    "memory.modeInference": text,
    /** Field: model preset. */
    "memory.model": text,
    /** Model option: just a parameter count. */
    "memory.modelCustom": text,
    /** Field: parameters Ψ. */
    "memory.params": text,
    /** Sentence when a preset gives the parameters, with `{params}`. */
    "memory.paramsFromModel": text,
    /** Field: training number format. */
    "memory.precision": text,
    /** Precision option. */
    "memory.precisionBf16": text,
    /** Precision option. */
    "memory.precisionFp16": text,
    /** Precision option. */
    "memory.precisionFp32": text,
    /** Field: optimizer. */
    "memory.optimizer": text,
    /** Optimizer option. */
    "memory.optimizerAdam": text,
    /** Optimizer option. */
    "memory.optimizerSgdMomentum": text,
    /** Optimizer option. */
    "memory.optimizerSgd": text,
    /** Field: the ZeRO stage the readout is for. */
    "memory.stage": text,
    /** ZeRO stage option. */
    "memory.stage0": text,
    /** ZeRO stage option. */
    "memory.stage1": text,
    /** ZeRO stage option. */
    "memory.stage2": text,
    /** ZeRO stage option. */
    "memory.stage3": text,
    /** Bar label for a ZeRO stage, with `{stage}`. */
    "memory.stageShort": text,
    /** Field: data-parallel devices. */
    "memory.devices": text,
    /** Field: training sequence length. */
    "memory.sequence": text,
    /** Field: micro-batch per device. */
    "memory.microBatch": text,
    /** Field: activation recomputation. */
    "memory.recompute": text,
    /** Recomputation option. */
    "memory.recomputeNone": text,
    /** Recomputation option. */
    "memory.recomputeSelective": text,
    /** Recomputation option. */
    "memory.recomputeFull": text,
    /** Field: weight format for serving. */
    "memory.quantization": text,
    /** Field: tokens per sequence when serving. */
    "memory.context": text,
    /** Field: sequences served at once. */
    "memory.batch": text,
    /** Field: accelerator to fit on. */
    "memory.accelerator": text,
    /** Legend: weights. */
    "memory.partWeights": text,
    /** Legend: gradients. */
    "memory.partGradients": text,
    /** Legend: optimizer state. */
    "memory.partOptimizer": text,
    /** Legend: activations. */
    "memory.partActivations": text,
    /** Legend: KV cache. */
    "memory.partKvCache": text,
    /** y-axis label. */
    "memory.axis": text,
    /** A size in GB, with `{value}`. */
    "memory.gb": text,
    /** Label of a capacity line, with `{count}`, `{chip}` and `{gb}`. */
    "memory.capacity": text,
    /** Readout label: bytes per device. */
    "memory.readTotal": text,
    /** Readout label: accelerators needed (serving), with `{chip}`. */
    "memory.readNeeded": text,
    /** Readout label: fewest devices to fit (training), with `{chip}`. */
    "memory.readDevices": text,
    /** Readout value when no device count is enough. */
    "memory.never": text,
    /** Sentence: the stage fits from `{n}` devices, with `{stage}`, `{chip}`, `{gb}`. */
    "memory.trainingFits": text,
    /** Sentence: no device count fits, with `{stage}`, `{chip}`, `{gb}`. */
    "memory.trainingNever": text,
    /** Sentence for serving, with `{n}`, `{chip}`, `{gb}`. */
    "memory.inferenceFits": text,
    /** Note when activations cannot be counted. */
    "memory.activationsNote": text,
    /** Note when the KV cache cannot be counted. */
    "memory.kvNote": text,
    /** Note on the KV cache's format. */
    "memory.kvPrecisionNote": text,
    /** Note on what is not counted. */
    "memory.leftOut": text,
    /** Data-table column: the bar (stage or format). */
    "memory.columnBar": text,
    /** Data-table column: total. */
    "memory.columnTotal": text,
    /** Shown when the module refuses the values, with `{detail}`. */
    "memory.error": text,
    /** Attention-vs-SSM widget: title. */
    "attentionVsSsm.title": text,
    /** Description; also the chart's accessible description. */
    "attentionVsSsm.description": text,
    /** Field: model size. */
    "attentionVsSsm.size": text,
    /** Size option, with `{name}`, `{d}` and `{layers}`. */
    "attentionVsSsm.sizeOption": text,
    /** Field: the Transformer's KV layout. */
    "attentionVsSsm.kv": text,
    /** KV option: multi-head. */
    "attentionVsSsm.kvMha": text,
    /** KV option: GQA with 4 query heads per KV head. */
    "attentionVsSsm.kvGqa4": text,
    /** KV option: GQA with 8 query heads per KV head. */
    "attentionVsSsm.kvGqa8": text,
    /** Field: what the chart shows. */
    "attentionVsSsm.metric": text,
    /** Metric option: memory. */
    "attentionVsSsm.metricMemory": text,
    /** Metric option: FLOPs. */
    "attentionVsSsm.metricFlops": text,
    /** Field: context length for the readout. */
    "attentionVsSsm.context": text,
    /** x-axis label. */
    "attentionVsSsm.axisContext": text,
    /** y-axis label for memory. */
    "attentionVsSsm.axisMemory": text,
    /** y-axis label for FLOPs. */
    "attentionVsSsm.axisFlops": text,
    /** Chart label of a crossover, with `{name}` and `{n}`. */
    "attentionVsSsm.crossoverLabel": text,
    /** Heading of the readout, with `{n}`. */
    "attentionVsSsm.atContext": text,
    /** A size in GB, with `{value}`. */
    "attentionVsSsm.gb": text,
    /** Sentence with `{mamba}` and `{retnet}` ratios. */
    "attentionVsSsm.ratioMemory": text,
    /** Sentence with `{mamba}` and `{retnet}` ratios. */
    "attentionVsSsm.ratioFlops": text,
    /** Crossover sentence for memory, with `{mamba}` and `{retnet}` token counts. */
    "attentionVsSsm.crossoverMemory": text,
    /** Crossover sentence for FLOPs, with `{mamba}` and `{retnet}` token counts. */
    "attentionVsSsm.crossoverFlops": text,
    /** What the three share, with `{params}`, `{d}`, `{layers}`, `{heads}`, `{dv}`. */
    "attentionVsSsm.sameSize": text,
    /** Why the x-axis starts at 10 tokens. */
    "attentionVsSsm.axisNote": text,
    /** Data-table column: context length. */
    "attentionVsSsm.columnContext": text,
    /** Shown when the module refuses the values, with `{detail}`. */
    "attentionVsSsm.error": text,
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
    /** Power-law widget frame title (covers all three laws; `powerLaw.title` names the L(N) chart). */
    "powerLaw.frameTitle": text,
    /** Power-law widget frame description. */
    "powerLaw.frameDescription": text,
    /** Accessible name of the group of law switches. */
    "powerLaw.law": text,
    /** Switch label for Kaplan's L(N). */
    "powerLaw.lawN": text,
    /** Switch label for Kaplan's L(D). */
    "powerLaw.lawD": text,
    /** Switch label for Kaplan's L(C). */
    "powerLaw.lawC": text,
    /** One line on when L(N) applies. */
    "powerLaw.noteN": text,
    /** One line on when L(D) applies. */
    "powerLaw.noteD": text,
    /** One line on when L(C) applies. */
    "powerLaw.noteC": text,
    /** Field label: training tokens D. */
    "powerLaw.tokens": text,
    /** Field label: compute C in FLOPs. */
    "powerLaw.compute": text,
    /** Readout for L(D), with `{factor}`, `{from}`, `{to}`. */
    "powerLaw.tenXTokens": text,
    /** Readout for L(C), with `{factor}`, `{from}`, `{to}`. */
    "powerLaw.tenXCompute": text,
    /** The chosen compute in PF-days, with `{flops}` and `{pfDays}`. */
    "powerLaw.pfDays": text,
    /** Chart title for L(D). */
    "powerLaw.titleD": text,
    /** Chart title for L(C). */
    "powerLaw.titleC": text,
    /** Chart description for L(D). */
    "powerLaw.descriptionD": text,
    /** Chart description for L(C). */
    "powerLaw.descriptionC": text,
    /** x-axis label for L(D). */
    "powerLaw.axisTokens": text,
    /** x-axis label for L(C). */
    "powerLaw.axisCompute": text,
    /** Parameter-counter widget: frame title. */
    "paramCounter.title": text,
    /** Parameter-counter widget: frame description. */
    "paramCounter.description": text,
    /** Label of the preset select. */
    "paramCounter.model": text,
    /** Label of the textarea for a pasted config.json. */
    "paramCounter.pasteLabel": text,
    /** Button that counts the pasted config. */
    "paramCounter.pasteCount": text,
    /** Button that drops the pasted config and shows the preset again. */
    "paramCounter.pasteClear": text,
    /** Note that a pasted config is not put in the link. */
    "paramCounter.pasteNote": text,
    /** Name of a pasted config, with `{family}` (its model_type). */
    "paramCounter.pasted": text,
    /** Which model the readouts show, with `{name}`. */
    "paramCounter.showing": text,
    /** Error: the paste is not JSON (the parser's message follows). */
    "paramCounter.badJson": text,
    /** Error: countParams rejected the config (its message, naming the field, follows). */
    "paramCounter.badConfig": text,
    /** Error: the paste is far too long. */
    "paramCounter.tooLarge": text,
    /** Readout: total parameters. */
    "paramCounter.total": text,
    /** Readout: active parameters per token. */
    "paramCounter.active": text,
    /** Readout: Kaplan's non-embedding N. */
    "paramCounter.nonEmbedding": text,
    /** Comparison with the reported total, with `{reported}` and `{diff}`. */
    "paramCounter.reported": text,
    /** Comparison with the reported active count, with `{reported}` and `{diff}`. */
    "paramCounter.reportedActive": text,
    /** Link text to where the reported figure comes from. */
    "paramCounter.source": text,
    /** DeepSeek-V3's multi-token-prediction module, not in the total, with `{mtp}`. */
    "paramCounter.mtp": text,
    /** A pasted config has no reported figure. */
    "paramCounter.noReported": text,
    /** Chart title, with `{name}`. */
    "paramCounter.chartTitle": text,
    /** Chart description. */
    "paramCounter.chartDescription": text,
    /** Chart x-axis label. */
    "paramCounter.axisParams": text,
    /** Bar label: token (and position) embeddings. */
    "paramCounter.partEmbedding": text,
    /** Bar label: attention projections. */
    "paramCounter.partAttention": text,
    /** Bar label: dense MLPs and routed experts. */
    "paramCounter.partMlp": text,
    /** Bar label: shared experts. */
    "paramCounter.partSharedExperts": text,
    /** Bar label: the MoE router. */
    "paramCounter.partRouter": text,
    /** Bar label: normalisation layers. */
    "paramCounter.partNorms": text,
    /** Bar label: the untied output head. */
    "paramCounter.partOutputHead": text,
    /** Legend: parameters one token uses. */
    "paramCounter.legendActive": text,
    /** Legend: routed experts a token skips. */
    "paramCounter.legendIdle": text,
    /** Data-table column: part of the model. */
    "paramCounter.columnPart": text,
    /** Data-table column: share of the total. */
    "paramCounter.columnShare": text,
    /** Mixture-of-experts widget: frame title. */
    "moe.title": text,
    /** Mixture-of-experts widget: frame description. */
    "moe.description": text,
    /** Label of the preset select. */
    "moe.model": text,
    /** The preset's fixed shape, with `{layers}`, `{moeLayers}`, `{hidden}`. */
    "moe.shape": text,
    /** Field label: routed experts per layer. */
    "moe.experts": text,
    /** Field label: experts per token (top-k). */
    "moe.topK": text,
    /** Field label: FFN width of one expert. */
    "moe.expertWidth": text,
    /** Field label: shared experts. */
    "moe.shared": text,
    /** Label of the precision select. */
    "moe.precision": text,
    /** Readout: total parameters. */
    "moe.total": text,
    /** Readout: active parameters per token. */
    "moe.active": text,
    /** Readout: forward FLOPs per token. */
    "moe.flops": text,
    /** Readout: weight memory, with `{precision}`. */
    "moe.memory": text,
    /** What sparsity buys and does not, with `{fraction}`, `{total}`, `{memory}`. */
    "moe.sentence": text,
    /** Error: the combination was rejected, with `{model}` (the module's message follows). */
    "moe.badCombo": text,
    /** Small print: shared-expert width and what the FLOPs count. */
    "moe.note": text,
    /** Chart title. */
    "moe.chartTitle": text,
    /** Chart description. */
    "moe.chartDescription": text,
    /** Chart group: parameters used per token. */
    "moe.metricParams": text,
    /** Chart group: forward FLOPs per token. */
    "moe.metricFlops": text,
    /** Chart group: weight memory. */
    "moe.metricMemory": text,
    /** Bar: every expert runs (a dense model of the same size). */
    "moe.seriesAll": text,
    /** Bar: top-k routing, with `{k}`. */
    "moe.seriesRouted": text,
    /** Bar: top-k routing plus shared experts, with `{k}` and `{shared}`. */
    "moe.seriesRoutedShared": text,
    /** Chart x-axis label. */
    "moe.axisShare": text,
    /** Data-table column: what is measured. */
    "moe.columnMetric": text,
    /** Data-table column: top-k as a share of all experts. */
    "moe.columnShare": text,
    /** Fit widget: frame title. */
    "fit.title": text,
    /** Fit widget: frame description. */
    "fit.description": text,
    /** Accessible name of the main chart. */
    "fit.chartTitle": text,
    /** Accessible description of the main chart (Chinchilla form). */
    "fit.chartDescription": text,
    /** Accessible description of the main chart (power law). */
    "fit.chartDescriptionPowerLaw": text,
    /** Label of the select of the form to fit. */
    "fit.model": text,
    /** Option: the Chinchilla form. */
    "fit.modelChinchilla": text,
    /** Option: a power law. */
    "fit.modelPowerLaw": text,
    /** Label of the budget field. */
    "fit.budget": text,
    /** Heading of the data section. */
    "fit.dataHeading": text,
    /** Label of the CSV textarea. */
    "fit.dataLabel": text,
    /** Help under the textarea. */
    "fit.dataHint": text,
    /** Button: fit the pasted data. */
    "fit.fitButton": text,
    /** Button: open a CSV file. */
    "fit.upload": text,
    /** Button: go back to the default runs. */
    "fit.useDefault": text,
    /** Status while the worker fits, with `{runs}`. */
    "fit.fitting": text,
    /** Button: stop the running fit. */
    "fit.cancel": text,
    /** Status after cancelling. */
    "fit.cancelled": text,
    /** Button: start the fit again. */
    "fit.fitAgain": text,
    /** The Chinchilla fit refused the runs. */
    "fit.fitFailed": text,
    /** Where the default data come from, with `{runs}`, `{total}`, `{dropped}`. */
    "fit.sourceDefault": text,
    /** Under the Chinchilla form with the default data: the constants were fitted at build time. */
    "fit.sourceBuilt": text,
    /** Where pasted runs come from, with `{count}`. */
    "fit.sourcePastedRuns": text,
    /** Where pasted pairs come from, with `{count}`. */
    "fit.sourcePastedPairs": text,
    /** Chinchilla asked for, but the data are pairs. */
    "fit.needsRuns": text,
    /** The fitted constants give no split (an exponent is zero). */
    "fit.problem": text,
    /** The optimiser stopped before converging. */
    "fit.notConverged": text,
    /** Parse error: nothing pasted. */
    "fit.errorEmpty": text,
    /** Parse error: unknown header, with `{line}`, `{value}`. */
    "fit.errorHeader": text,
    /** Parse error: too few cells, with `{line}`, `{found}`, `{expected}`. */
    "fit.errorColumns": text,
    /** Parse error: not a positive number, with `{line}`, `{value}`. */
    "fit.errorValue": text,
    /** Parse error: too few rows, with `{count}`, `{min}`. */
    "fit.errorTooFew": text,
    /** Parse error: too many rows, with `{count}`, `{max}`. */
    "fit.errorTooMany": text,
    /** The file could not be read. */
    "fit.errorFile": text,
    /** Caption of the constants table. */
    "fit.constants": text,
    /** Column: constant name. */
    "fit.constant": text,
    /** Column: the reader's fit. */
    "fit.thisFit": text,
    /** Column: Besiroglu et al.'s published values. */
    "fit.published": text,
    /** Readout: power-law exponent. */
    "fit.exponent": text,
    /** Readout: power-law coefficient. */
    "fit.coefficient": text,
    /** Readout: R² of the log–log line. */
    "fit.r2": text,
    /** Readout: power-law loss at the budget. */
    "fit.atBudget": text,
    /** How the power law on runs was fitted, with `{count}`. */
    "fit.powerLawFrontier": text,
    /** How the power law on pairs was fitted, with `{count}`. */
    "fit.powerLawPairs": text,
    /** Readout: compute-optimal parameters. */
    "fit.params": text,
    /** Readout: compute-optimal tokens. */
    "fit.tokens": text,
    /** Readout: tokens per parameter. */
    "fit.ratio": text,
    /** Readout: predicted loss at the optimum. */
    "fit.loss": text,
    /** The split in words, with `{budget}`, `{params}`, `{tokens}`, `{ratio}`, `{pubParams}`, `{pubTokens}`. */
    "fit.optimalSentence": text,
    /** x-axis of both charts for runs. */
    "fit.axisFlops": text,
    /** y-axis for runs. */
    "fit.axisLoss": text,
    /** x-axis for pairs. */
    "fit.axisX": text,
    /** y-axis for pairs. */
    "fit.axisY": text,
    /** Legend title of the size classes. */
    "fit.legendSizes": text,
    /** Legend: compute-optimal frontier. */
    "fit.legendFrontier": text,
    /** Legend: fitted power law. */
    "fit.legendFit": text,
    /** Legend: the budget marker. */
    "fit.legendBudget": text,
    /** Residual chart: accessible name and heading. */
    "fit.residualsTitle": text,
    /** Residual chart: description. */
    "fit.residualsDescription": text,
    /** Residual chart: y-axis. */
    "fit.axisResidual": text,
    /** Table column: parameters. */
    "fit.colParams": text,
    /** Table column: tokens. */
    "fit.colTokens": text,
    /** Table column: FLOPs. */
    "fit.colFlops": text,
    /** Table column: observed loss. */
    "fit.colLoss": text,
    /** Table column: fitted value. */
    "fit.colFitted": text,
    /** Table column: residual. */
    "fit.colResidual": text,
    /** Caption of the data table. */
    "fit.tableCaption": text,
    /** Note under a long data table, with `{shown}` and `{count}`. */
    "fit.tableTruncated": text,
    /** Model-timeline widget: frame title. */
    "modelTimeline.title": text,
    /** Model-timeline widget: frame description. */
    "modelTimeline.description": text,
    /** Accessible name of the chart, with `{metric}`. */
    "modelTimeline.chartTitle": text,
    /** Accessible description of the chart. */
    "modelTimeline.chartDescription": text,
    /** Label of the metric switch. */
    "modelTimeline.metric": text,
    /** Metric: parameters. */
    "modelTimeline.metricParams": text,
    /** Metric: training compute. */
    "modelTimeline.metricCompute": text,
    /** Label of the colour switch. */
    "modelTimeline.colorBy": text,
    /** Colour option: country. */
    "modelTimeline.colorCountry": text,
    /** Colour option: open weights. */
    "modelTimeline.colorOpen": text,
    /** Label of the organisation select. */
    "modelTimeline.organisation": text,
    /** Option: no organisation filter. */
    "modelTimeline.allOrganisations": text,
    /** Checkbox: only open-weight models. */
    "modelTimeline.openOnly": text,
    /** Legend/table: open weights. */
    "modelTimeline.open": text,
    /** Legend/table: closed weights. */
    "modelTimeline.closed": text,
    /** Readout: doubling time. */
    "modelTimeline.doubling": text,
    /** Doubling time value, with `{months}`. */
    "modelTimeline.months": text,
    /** Readout: growth factor per year. */
    "modelTimeline.perYear": text,
    /** Growth factor value, with `{factor}`. */
    "modelTimeline.times": text,
    /** Readout: models in the fit. */
    "modelTimeline.count": text,
    /** The trend in words, with `{count}`, `{from}`, `{to}`, `{metric}`, `{factor}`, `{months}`. */
    "modelTimeline.trendSentence": text,
    /** Metric inside a sentence: parameters. */
    "modelTimeline.metricParamsLower": text,
    /** Metric inside a sentence: training compute. */
    "modelTimeline.metricComputeLower": text,
    /** Comparison for compute: doubling every two years. */
    "modelTimeline.twoYears": text,
    /** Too few models, or no growth, for a trend. */
    "modelTimeline.noTrend": text,
    /** No model passes the filters. */
    "modelTimeline.empty": text,
    /** Models not plotted for lack of a figure, with `{names}`. */
    "modelTimeline.missing": text,
    /** x-axis label. */
    "modelTimeline.axisDate": text,
    /** y-axis label for parameters. */
    "modelTimeline.axisParams": text,
    /** y-axis label for compute. */
    "modelTimeline.axisCompute": text,
    /** Legend: the fitted trend line. */
    "modelTimeline.legendTrend": text,
    /** Tooltip: active parameters of an MoE, with `{active}`. */
    "modelTimeline.active": text,
    /** Tooltip/table: compute estimated as 6ND. */
    "modelTimeline.estimated": text,
    /** Tooltip: source, with `{source}`. */
    "modelTimeline.source": text,
    /** Table column: model. */
    "modelTimeline.colModel": text,
    /** Table column: organisation. */
    "modelTimeline.colOrganisation": text,
    /** Table column: release month. */
    "modelTimeline.colDate": text,
    /** Table column: country. */
    "modelTimeline.colCountry": text,
    /** Table column: source. */
    "modelTimeline.colSource": text,
    /** Table: yes. */
    "modelTimeline.yes": text,
    /** Table: no. */
    "modelTimeline.no": text,
    /** Readout: R² of the trend (how well one exponential explains the spread). */
    "modelTimeline.r2": text,
    /** Compute-optimal widget: title and description. */
    "computeOptimal.title": text,
    "computeOptimal.description": text,
    /** Compute-optimal widget: field labels (budget in FLOPs, the allocation rule select). */
    "computeOptimal.budget": text,
    "computeOptimal.rule": text,
    /** Compute-optimal widget: names of the allocation rules in the select. */
    "computeOptimal.ruleKaplan2020": text,
    "computeOptimal.ruleApproach1": text,
    "computeOptimal.ruleApproach2": text,
    "computeOptimal.ruleApproach3": text,
    "computeOptimal.ruleBesiroglu2024": text,
    /** Compute-optimal widget: readout labels. */
    "computeOptimal.params": text,
    "computeOptimal.tokens": text,
    "computeOptimal.tokensPerParam": text,
    "computeOptimal.loss": text,
    /** Compute-optimal widget: sentence under the readouts, with `{budget}`, `{rule}`, `{params}`, `{tokens}`, `{ratio}`. */
    "computeOptimal.sentence": text,
    /** Compute-optimal widget: note when the loss formula's own minimum is not the rule's optimum, with `{params}` (the formula's minimum) and `{optimum}` (the rule's). */
    "computeOptimal.fitNote": text,
    /** Compute-optimal widget: isoFLOP chart's accessible name and description (`{budget}`). */
    "computeOptimal.isoTitle": text,
    "computeOptimal.isoDescription": text,
    /** Compute-optimal widget: companion chart's accessible name and description. */
    "computeOptimal.modelsTitle": text,
    "computeOptimal.modelsDescription": text,
    /** Compute-optimal widget: axis labels. */
    "computeOptimal.axisParams": text,
    "computeOptimal.axisLoss": text,
    "computeOptimal.axisTokens": text,
    /** Compute-optimal widget: legend entries of the two charts. */
    "computeOptimal.legendRuleOptimum": text,
    "computeOptimal.legendFitMinimum": text,
    "computeOptimal.legendOptimal": text,
    "computeOptimal.legendBudget": text,
    "computeOptimal.legendTwenty": text,
    "computeOptimal.legendOver": text,
    "computeOptimal.legendNear": text,
    "computeOptimal.legendUnder": text,
    "computeOptimal.legendMoe": text,
    /** Compute-optimal widget: count of models by verdict, with `{total}`, `{over}`, `{under}`. */
    "computeOptimal.counts": text,
    /** Compute-optimal widget: data-table headings and verdicts. */
    "computeOptimal.colModel": text,
    "computeOptimal.colBudget": text,
    "computeOptimal.colOptimalTokens": text,
    "computeOptimal.colVerdict": text,
    "computeOptimal.verdictOver": text,
    "computeOptimal.verdictNear": text,
    "computeOptimal.verdictUnder": text,
    /** Compute-optimal widget: shown when the state cannot be computed. */
    "computeOptimal.error": text,
    /** Diminishing-returns widget: title and description. */
    "diminishingReturns.title": text,
    "diminishingReturns.description": text,
    /** Diminishing-returns widget: the axis select and its options. */
    "diminishingReturns.axis": text,
    "diminishingReturns.axisParams": text,
    "diminishingReturns.axisTokens": text,
    "diminishingReturns.axisCompute": text,
    /** Diminishing-returns widget: starting-size fields, one per axis. */
    "diminishingReturns.startParams": text,
    "diminishingReturns.startTokens": text,
    "diminishingReturns.startCompute": text,
    /** Diminishing-returns widget: the loss-fit select and its options. */
    "diminishingReturns.fit": text,
    "diminishingReturns.fitHoffmann": text,
    "diminishingReturns.fitBesiroglu": text,
    /** Diminishing-returns widget: what happens to the other quantity (select label per axis, options, fixed-value fields, note for the compute axis). */
    "diminishingReturns.holdTokens": text,
    "diminishingReturns.holdParams": text,
    "diminishingReturns.holdOptimal": text,
    "diminishingReturns.holdFixed": text,
    "diminishingReturns.fixedTokens": text,
    "diminishingReturns.fixedParams": text,
    "diminishingReturns.computeNote": text,
    /** Diminishing-returns widget: chart's accessible name and description. */
    "diminishingReturns.chartTitle": text,
    "diminishingReturns.chartDescription": text,
    /** Diminishing-returns widget: axis labels (loss; the size axis for parameters, tokens, compute). */
    "diminishingReturns.axisLoss": text,
    "diminishingReturns.axisSizeParams": text,
    "diminishingReturns.axisSizeTokens": text,
    "diminishingReturns.axisSizeCompute": text,
    /** Diminishing-returns widget: label of the irreducible band, with `{value}`. */
    "diminishingReturns.irreducible": text,
    /** Diminishing-returns widget: legend entries. */
    "diminishingReturns.legendIrreducible": text,
    "diminishingReturns.legendReducible": text,
    "diminishingReturns.legendDrop": text,
    /** Diminishing-returns widget: readout labels (`{size}`: the first or last size). */
    "diminishingReturns.lossStart": text,
    "diminishingReturns.lossEnd": text,
    "diminishingReturns.removed": text,
    /** Diminishing-returns widget: the claim check — heading, the two comparisons, each part's yes/no sentence with `{value}`, the verdict, and how it was measured (`{tokens}`). */
    "diminishingReturns.claimHeading": text,
    "diminishingReturns.claimSmall": text,
    "diminishingReturns.claimLarge": text,
    "diminishingReturns.smallYes": text,
    "diminishingReturns.smallNo": text,
    "diminishingReturns.largeYes": text,
    "diminishingReturns.largeNo": text,
    "diminishingReturns.verdictHolds": text,
    "diminishingReturns.verdictPartly": text,
    "diminishingReturns.verdictFails": text,
    "diminishingReturns.claimBasisOptimal": text,
    "diminishingReturns.claimBasisFixed": text,
    /** Diminishing-returns widget: data-table headings. */
    "diminishingReturns.colParams": text,
    "diminishingReturns.colTokens": text,
    "diminishingReturns.colLoss": text,
    "diminishingReturns.colDrop": text,
    "diminishingReturns.colRelDrop": text,
    /** Diminishing-returns widget: shown when the state cannot be computed. */
    "diminishingReturns.error": text,
    /** Data-constrained widget: title and description. */
    "dataConstrained.title": text,
    "dataConstrained.description": text,
    /** Data-constrained widget: field labels. */
    "dataConstrained.unique": text,
    "dataConstrained.epochs": text,
    "dataConstrained.params": text,
    /** Data-constrained widget: readout labels. */
    "dataConstrained.tokens": text,
    "dataConstrained.effective": text,
    "dataConstrained.worth": text,
    "dataConstrained.marginal": text,
    "dataConstrained.loss": text,
    "dataConstrained.lossFresh": text,
    /** Data-constrained widget: sentence with `{tokens}`, `{epochs}`, `{unique}`, `{effective}`, `{worth}`, `{marginal}`. */
    "dataConstrained.sentence": text,
    /** Data-constrained widget: the paper's rule of thumb, and a note on the loss scale. */
    "dataConstrained.ruleOfThumb": text,
    "dataConstrained.lossNote": text,
    /** Data-constrained widget: the effective-data chart's accessible name and description (`{unique}`). */
    "dataConstrained.effectiveTitle": text,
    "dataConstrained.effectiveDescription": text,
    /** Data-constrained widget: the loss chart's accessible name and description (`{params}`, `{unique}`). */
    "dataConstrained.lossTitle": text,
    "dataConstrained.lossDescription": text,
    /** Data-constrained widget: axis labels. */
    "dataConstrained.axisEpochs": text,
    "dataConstrained.axisEffective": text,
    "dataConstrained.axisLoss": text,
    /** Data-constrained widget: legend entries. */
    "dataConstrained.legendRepeated": text,
    "dataConstrained.legendFresh": text,
    "dataConstrained.legendCeiling": text,
    /** Data-constrained widget: shown when the state cannot be computed. */
    "dataConstrained.error": text,
    /** Notebooks: accessible name of a notebook without a title. */
    "nb.label": text,
    /** Notebooks: toolbar buttons (Edit turns into Done while editing) and the download menu. */
    "nb.edit": text,
    "nb.done": text,
    "nb.run": text,
    "nb.reset": text,
    "nb.share": text,
    "nb.download": text,
    "nb.downloadHtml": text,
    "nb.downloadJs": text,
    /** Notebooks, editing: add a cell; per-cell buttons and labels, with `{n}` the cell's number. */
    "nb.addCell": text,
    "nb.deleteCell": text,
    "nb.runCell": text,
    "nb.cellLabel": text,
    "nb.outputLabel": text,
    /** Notebooks: the banner shown before a notebook from a link or a file may run, and its second button. */
    "nb.fromLink": text,
    "nb.fromFile": text,
    "nb.discard": text,
    /** Notebooks: a link or file that cannot be read, with `{error}`. */
    "nb.badLink": text,
    "nb.badFile": text,
    /** Notebooks, sharing: after the link is copied; the label of the link shown to copy by hand. */
    "nb.linkCopied": text,
    "nb.linkLabel": text,
    /** Notebooks: the sandbox failed (`{error}`), or stopped work that no cell owned (`{seconds}`). */
    "nb.crashed": text,
    "nb.stoppedUnknown": text,
    /** Notebooks: a cell not run yet (from a link or file), and one not computed yet. */
    "nb.notRun": text,
    "nb.pending": text,
    /** Notebooks: input options that could not leave the sandbox, with `{names}`. */
    "nb.dropped": text,
    /** Notebooks: a cell's error line (`{line}`); a cell that reads a failed one (`{name}`); a stopped cell (`{seconds}`); more entries in the inspector (`{n}`). */
    "nb.line": text,
    "nb.blocked": text,
    "nb.timeout": text,
    "nb.more": text,
    /** Notebook sandbox page: its title (also the hidden runner frame's), and what it says when opened on its own. */
    "nb.runnerTitle": text,
    "nb.sandboxTitle": text,
    "nb.sandboxNote": text,
    /** Playground page: title, meta description, introduction and the three facts under it. */
    "playground.title": text,
    "playground.description": text,
    "playground.intro": text,
    "playground.builtins": text,
    "playground.syntax": text,
    "playground.safety": text,
    /** Playground: the file picker's label and hint, and the heading of the starter notebooks. */
    "playground.open": text,
    "playground.openHint": text,
    "playground.starters": text,
    /** Playground: title and one-line description of each notebook. */
    "playground.scratch.title": text,
    "playground.scratch.description": text,
    "playground.planRun.title": text,
    "playground.planRun.description": text,
    "playground.fitRuns.title": text,
    "playground.fitRuns.description": text,
    "playground.countParams.title": text,
    "playground.countParams.description": text,
    "playground.kaplanChinchilla.title": text,
    "playground.kaplanChinchilla.description": text,
  })
  .strict();

/** A dictionary of UI strings: one value per key of {@link DictionarySchema}. */
export type Dictionary = z.infer<typeof DictionarySchema>;
export type MessageKey = keyof Dictionary;
