import { DirectoryRecord } from "@/components/directory/directory-record";
import { parseId } from "@/lib/domain/ids";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <DirectoryRecord kind="people" id={parseId((await params).id)} />;
}
