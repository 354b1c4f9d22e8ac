// Lookups a transaction repeats, remembered for that transaction only. An
// import writes thousands of events in one transaction, each naming the same
// campaigns, regions, people and organisations; what one row read or created
// is still true for the next (a transaction sees its own writes), so it is
// read once. A form's save passes no memo and reads everything afresh.
export type TxMemo = Map<string, unknown>;

export async function remembered<T>(memo: TxMemo | undefined, key: string, read: () => Promise<T>): Promise<T> {
  if (!memo) return read();
  if (memo.has(key)) return memo.get(key) as T;
  const value = await read();
  memo.set(key, value);
  return value;
}
