import type { Translate } from "../../i18n/index.ts";

/** Words every widget needs, translated once by the Astro wrapper (`widgetStrings(t)`). */
export interface WidgetStrings {
  badNumber: string;
  outOfRange: string;
  urlFallback: string;
  reset: string;
  showWork: string;
  dataTable: string;
  copyLink: string;
  linkCopied: string;
}

export function widgetStrings(t: Translate): WidgetStrings {
  return {
    badNumber: t("widget.badNumber"),
    outOfRange: t("widget.outOfRange"),
    urlFallback: t("widget.urlFallback"),
    reset: t("widget.reset"),
    showWork: t("widget.showWork"),
    dataTable: t("widget.dataTable"),
    copyLink: t("widget.copyLink"),
    linkCopied: t("widget.linkCopied"),
  };
}
