// What a translation must be: the English messages' shape, key for key. A missing or extra
// key, or a function with other parameters, is a type error in the translation's file.
// biome-ignore lint/suspicious/noExplicitAny: matching any function signature needs `any` here.
type AnyFn = (...args: any[]) => unknown;

export type Shape<T> = T extends string
  ? string
  : T extends AnyFn
    ? (...args: Parameters<T>) => ReturnType<T>
    : T extends readonly (infer U)[]
      ? readonly Shape<U>[]
      : { readonly [K in keyof T]: Shape<T[K]> };
