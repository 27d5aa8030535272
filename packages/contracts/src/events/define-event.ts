import type { z } from 'zod';

export interface EventContract<TType extends string = string, TSchema extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly type: TType;
  readonly version: number;
  readonly schema: TSchema;
}

export function defineEvent<TType extends string, TSchema extends z.ZodTypeAny>(
  type: TType,
  version: number,
  schema: TSchema,
): EventContract<TType, TSchema> {
  return { type, version, schema };
}

export type EventData<C extends EventContract> = z.infer<C['schema']>;
