/// <reference types="astro/client" />

// tsc (unlike Astro's language server) does not know `.astro` files; registry.ts imports components.
declare module "*.astro" {
  import type { AstroComponentFactory } from "astro/runtime/server/index.js";
  const component: AstroComponentFactory;
  export default component;
}
