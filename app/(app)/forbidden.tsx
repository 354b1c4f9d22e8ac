// Shown with a 403 when a page's user may not use it (the page calls forbidden()); pages with a reason of their own have their own forbidden.tsx.
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";

export default function Forbidden() {
  return <ForbiddenNotice />;
}
