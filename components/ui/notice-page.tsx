// A whole-page message (e.g. "you may not do this"), with the way back.
import Link from "next/link";
import { buttonClass } from "./button";

export function NoticePage({
  title,
  body,
  backHref,
  backLabel,
}: {
  title: string;
  body: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div className="mx-auto max-w-lg py-12 text-center" data-testid="notice-page">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-700">{body}</p>
      <Link href={backHref} className={`${buttonClass("primary")} mt-6`}>
        {backLabel}
      </Link>
    </div>
  );
}
