import { DirectoryRecord } from "@/components/directory/directory-record";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <DirectoryRecord kind="people" id={Number((await params).id)} />;
}
