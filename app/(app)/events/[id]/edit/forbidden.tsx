// Shown with a 403 when this page's user may not use it (the page calls forbidden()).
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";

export default function Forbidden() {
  return <ForbiddenNotice reason="errors.editForbiddenBody" />;
}
