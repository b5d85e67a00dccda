/**
 * The statements of one transaction sent one after another without waiting for each answer, so the
 * database works on one while JavaScript builds the next (a sync batch spends as long building its
 * JSON as the database spends inserting it). postgres.js queues them on the transaction's
 * connection and sends each as the one before completes (an unnamed statement with parameters is
 * described first, so there is no protocol-level pipelining); PGlite runs them in order. `done()`
 * waits for them all and throws the first error (the statements after a failed one fail too, and
 * the transaction rolls back).
 */
export interface Pipeline {
  send(statement: PromiseLike<unknown>): Promise<void>;
  done(): Promise<void>;
}

export function pipeline(): Pipeline {
  const pending: Promise<unknown>[] = [];
  return {
    async send(statement) {
      const sent = Promise.resolve(statement);
      sent.catch(() => {}); // reported by done() (or the next send), not as an unhandled rejection
      pending.push(sent);
      // Wait for the statement before this one: meanwhile the driver sends this one, so the database
      // has its next statement queued while the caller builds the one after (and memory stays bounded).
      if (pending.length > 1) await pending[pending.length - 2];
    },
    async done() {
      await Promise.all(pending.splice(0));
    },
  };
}

/** Statements sent through the caller's pipeline (which the caller awaits), or an own one awaited here. */
export async function through(via: Pipeline | undefined, send: (p: Pipeline) => Promise<void>): Promise<void> {
  const p = via ?? pipeline();
  await send(p);
  if (!via) await p.done();
}
