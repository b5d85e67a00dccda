/**
 * The statements of one transaction sent one after another without waiting for each answer, so the
 * database works on one while JavaScript builds the next (a sync batch spends as long building its
 * JSON as the database spends inserting it). postgres.js pipelines them on the transaction's
 * connection, in order; PGlite runs them in order. `done()` waits for them all and throws the first
 * error (the statements after a failed one fail too, and the transaction rolls back).
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
      sent.catch(() => {}); // reported by done(), not as an unhandled rejection meanwhile
      pending.push(sent);
      // A macrotask turn lets the driver write the statement before the caller builds the next one.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    async done() {
      await Promise.all(pending.splice(0));
    },
  };
}
