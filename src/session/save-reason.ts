// A failed save's short reason, for a status line: the store's SaveError carries one ("the disk
// is full"); anything else is said by its message.
export function reasonOf(error: unknown): string {
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (typeof reason === 'string') return reason;
  return error instanceof Error ? error.message : String(error);
}
