// What a forbidden.tsx shows when a page calls forbidden() (the answer is a
// 403): the page's own reason, and the way back to the register.
import { getTranslations } from "next-intl/server";
import { NoticePage } from "./notice-page";

type Reason =
  | "errors.forbiddenBody"
  | "errors.editForbiddenBody"
  | "import.forbidden"
  | "duplicates.forbidden"
  | "deleted.adminsOnly";

export async function ForbiddenNotice({ reason = "errors.forbiddenBody" }: { reason?: Reason }) {
  const t = await getTranslations();
  return (
    <NoticePage
      title={t("errors.forbiddenTitle")}
      body={t(reason)}
      backHref="/events"
      backLabel={t("errors.toEvents")}
    />
  );
}
