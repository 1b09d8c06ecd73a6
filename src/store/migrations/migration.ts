/** One numbered step of the schema. Applied in order, once, inside a transaction; never edited after release. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
