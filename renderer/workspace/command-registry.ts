/** A command table: each name maps to the function type its handler has. */
export type CommandTable = { readonly [name: string]: (...args: never[]) => unknown }

/**
 * A typed command registry: a pane registers handlers for some commands of `C` (the editor its
 * editing commands, the library its clause insertion); any pane runs a command by name with
 * arguments checked against `C`. A command nobody handles right now runs as a no-op.
 */
export class CommandRegistry<C extends CommandTable> {
  private readonly handlers = new Map<keyof C, C[keyof C]>()

  /** Registers handlers; returns the function that unregisters exactly these again. */
  register(handlers: Partial<C>): () => void {
    const entries = Object.entries(handlers) as [keyof C, C[keyof C]][]
    for (const [name, handler] of entries) {
      this.handlers.set(name, handler)
    }
    return () => {
      for (const [name, handler] of entries) {
        // A later registration (a re-mounted pane) owns the name now: leave it.
        if (this.handlers.get(name) === handler) {
          this.handlers.delete(name)
        }
      }
    }
  }

  /** Whether a handler is registered for `name`. */
  has(name: keyof C): boolean {
    return this.handlers.has(name)
  }

  /** Runs a command; undefined when no pane handles it now. */
  run<K extends keyof C>(name: K, ...args: Parameters<C[K]>): ReturnType<C[K]> | undefined {
    const handler = this.handlers.get(name) as
      ((...a: Parameters<C[K]>) => ReturnType<C[K]>) | undefined
    return handler?.(...args)
  }
}
