// How deeply the interview file nests, read from its schema: a file nested deeper is refused
// before JSON.parse runs (strict-json.ts), and a field added to the schema later moves the
// limit with it.
import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
};

/** Lists and objects inside one another, counting `schema` itself. */
export function schemaDepth(schema: z.ZodType): number {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      return 1 + Math.max(0, ...Object.values(def.shape ?? {}).map(schemaDepth));
    case 'array':
      return 1 + schemaDepth(def.element!);
    case 'union':
      return Math.max(0, ...(def.options ?? []).map(schemaDepth));
    case 'pipe':
      return Math.max(schemaDepth(def.in!), schemaDepth(def.out!));
    default:
      return def.innerType === undefined ? 0 : schemaDepth(def.innerType);
  }
}
