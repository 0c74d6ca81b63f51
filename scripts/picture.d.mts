// Types for scripts/picture.mjs, whose drawing the tests check.
export interface Cell {
  readonly char: string;
  readonly fg: string | null;
  readonly bg: string | null;
  readonly bold: boolean;
  readonly dim: boolean;
  readonly inverse: boolean;
}
export function cellsOf(ansi: string): Cell[][];
export function svgOf(rows: readonly (readonly Cell[])[], columns: number): string;
