/** A date in the merchant's own time zone; the server's rendering may differ, so React is told not to mind. */
export function When({ iso }: { iso: string | null }) {
  if (!iso) return <>never</>;
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {new Date(iso).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}
