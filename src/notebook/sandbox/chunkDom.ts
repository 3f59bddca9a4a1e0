// Loaded into the sandbox's worker on first use (importScripts): linkedom, the DOM charts and `md` are built in.
import { parseHTML } from "linkedom/worker";

(self as unknown as { __nbDom: unknown }).__nbDom = { parseHTML };
