import { DirectoryRecord } from "@/components/directory/directory-record";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <DirectoryRecord kind="organizations" id={Number((await params).id)} />;
}
