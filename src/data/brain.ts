/**
 * Cited facts about the human brain that the essays set against parameter counts. Not computed: measured.
 */
export const BRAIN = Object.freeze({
  /** Neurons in the adult human brain: 86.1 ± 8.1 billion (Azevedo et al. 2009, isotropic fractionator). */
  neurons: 86.1e9,
  /** Synapses: of the order of 10¹⁴ (estimates range 10¹⁴–10¹⁵; about 10⁴ synapses per cortical neuron). Order of magnitude only. */
  synapses: 1e14,
  /** Bibliography keys for the figures above (content/bibliography.json). */
  sources: { neurons: "azevedo2009", synapses: "herculanohouzel2009" },
});
