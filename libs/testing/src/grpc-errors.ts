/** What a gRPC call's failure carries that tests read: its code, its message and its metadata (the field violations). */
export interface GrpcFailure {
  code: number;
  details: string;
  metadata?: { get(key: string): unknown[] };
}

/** Call options carrying a caller as the gateway would send it (unsigned `x-caller` JSON, which the services take in tests). */
export const asCaller = (caller: Record<string, unknown>): { metadata: Record<string, string> } => ({
  metadata: { 'x-caller': JSON.stringify(caller) },
});

/** The code of a gRPC failure. */
export const grpcCode = (e: unknown): number => (e as GrpcFailure).code;

/** The message of a gRPC failure. */
export const grpcDetails = (e: unknown): string => String((e as GrpcFailure).details);

/** The field violations a gRPC failure carries (x-field-violations), none when it carries none. */
export const violationsOf = (e: unknown): { field: string; description: string }[] =>
  JSON.parse(String((e as GrpcFailure).metadata?.get('x-field-violations')[0] ?? '[]'));

/** The fields a gRPC failure names, in its order. */
export const violatedFields = (e: unknown): string[] => violationsOf(e).map((v) => v.field);

/** The failure of a call that must be refused: the test fails with 'expected a refusal' when it succeeds. */
export const refusal = <T>(call: Promise<T>): Promise<GrpcFailure> =>
  call.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as GrpcFailure,
  );
