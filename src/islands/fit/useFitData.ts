import { useEffect, useRef, useState } from "preact/hooks";
import type { ChinchillaFit } from "../../lib/scaling/index.ts";
import type { DefaultFit, FitModel } from "../../widgets/fit.ts";
import { parseFitData, type FitData } from "../../widgets/fitData.ts";
import { DEFAULT_RUNS } from "../../widgets/fitDefaultRuns.ts";
import { dataErrorMessage, type FitWords } from "../../widgets/fitText.ts";
import type { FitRequest, FitResponse } from "../fitWorker.ts";

export type FitStatus =
  | { status: "done"; fit: ChinchillaFit & { converged?: boolean } }
  | { status: "pending" }
  | { status: "fitting" }
  | { status: "cancelled" }
  | { status: "failed" };

const DEFAULT_DATA: FitData = { kind: "runs", runs: [...DEFAULT_RUNS] };
/** sessionStorage key under which another widget leaves CSV for this one (the lab writes the same literal). */
export const FIT_HANDOFF_KEY = "fit.handoff";

/**
 * The data the widget fits and where their fit stands: the default runs with the build-time fit, or
 * what the reader pasted or opened, fitted under the Chinchilla form in a Web Worker (which a cancel
 * terminates). The pasted text and the message for a CSV that could not be read live here too.
 */
export function useFitData(model: FitModel, defaultFit: DefaultFit, s: FitWords) {
  const [data, setData] = useState<FitData>(DEFAULT_DATA);
  const [pasted, setPasted] = useState(false);
  const [fitStatus, setFitStatus] = useState<FitStatus>({ status: "done", fit: defaultFit });
  const [text, setText] = useState("");
  const [dataError, setDataError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const request = useRef(0);

  // Fit runs under the Chinchilla form in the worker whenever they have no fit yet.
  useEffect(() => {
    if (model !== "chinchilla" || data.kind !== "runs" || fitStatus.status !== "pending") return;
    const id = ++request.current;
    worker.current ??= new Worker(new URL("../fitWorker.ts", import.meta.url), { type: "module" });
    worker.current.onmessage = (event: MessageEvent<FitResponse>) => {
      if (event.data.id !== request.current) return;
      setFitStatus(event.data.ok ? { status: "done", fit: event.data.fit } : { status: "failed" });
    };
    worker.current.onerror = () => {
      if (id === request.current) setFitStatus({ status: "failed" });
    };
    worker.current.postMessage({ id, runs: data.runs } satisfies FitRequest);
    setFitStatus({ status: "fitting" });
  }, [model, data, fitStatus.status]);

  useEffect(() => () => worker.current?.terminate(), []);

  // Runs handed over by another widget (the lab's "Fit these runs"), read once on mount and forgotten:
  // pasted as if the reader had pasted them, so they show in the box and can be edited.
  useEffect(() => {
    let handed: string | null = null;
    try {
      handed = sessionStorage.getItem(FIT_HANDOFF_KEY);
      sessionStorage.removeItem(FIT_HANDOFF_KEY);
    } catch {
      return;
    }
    if (handed) {
      setText(handed);
      apply(handed);
    }
  }, []);

  const cancel = () => {
    request.current++;
    worker.current?.terminate();
    worker.current = null;
    setFitStatus({ status: "cancelled" });
  };

  const apply = (source: string) => {
    const parsed = parseFitData(source);
    if (!parsed.ok) {
      setDataError(dataErrorMessage(parsed.error, s));
      return;
    }
    setDataError(null);
    if (fitStatus.status === "fitting") cancel();
    setData(parsed.data);
    setPasted(true);
    setFitStatus({ status: "pending" });
  };

  const restoreDefault = () => {
    if (fitStatus.status === "fitting") cancel();
    setData(DEFAULT_DATA);
    setPasted(false);
    setDataError(null);
    setFitStatus({ status: "done", fit: defaultFit });
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const content = await file.text();
      setText(content);
      apply(content);
    } catch {
      setDataError(s.errorFile);
    }
  };

  return {
    data,
    pasted,
    status: fitStatus.status,
    /** The constants shown: the build-time fit, the worker's, or `null` while there is none. */
    fit: fitStatus.status === "done" ? fitStatus.fit : null,
    text,
    setText,
    dataError,
    apply,
    cancel,
    refit: () => setFitStatus({ status: "pending" }),
    restoreDefault,
    openFile,
  };
}

export type FitDataState = ReturnType<typeof useFitData>;
